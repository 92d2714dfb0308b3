/** Announcements under the Public Procurement Act 2560, in the order a procurement makes them. */
export const announcementKinds = {
  plan: { th: 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง', en: 'Procurement plan' },
  'draft-tor': {
    th: 'ร่างประกาศและร่างเอกสารประกวดราคา (ร่าง TOR)',
    en: 'Draft invitation and TOR',
  },
  invitation: { th: 'ประกาศเชิญชวน', en: 'Invitation' },
  'reference-price': { th: 'ประกาศราคากลาง', en: 'Reference price' },
  result: { th: 'ประกาศผู้ชนะการเสนอราคา', en: 'Award announcement' },
  cancellation: { th: 'ประกาศยกเลิก', en: 'Cancellation' },
  other: { th: 'ประกาศอื่น ๆ', en: 'Other announcement' },
}

/**
 * Why a second copy of an e-GP announcement is refused; the feed import counts it as already there.
 */
export const egpLinkTaken = {
  th: 'ประกาศนี้มีอยู่แล้วในหน่วยงาน',
  en: 'this announcement is already in the unit',
}
