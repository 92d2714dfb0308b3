/**
 * Methods under the Public Procurement Act 2560, and older ones still seen in records (DOMAIN §4).
 */
export const procurementMethods = {
  specific: { th: 'เฉพาะเจาะจง', en: 'Specific method' },
  selection: { th: 'คัดเลือก', en: 'Selection' },
  'e-bidding': { th: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', en: 'e-bidding' },
  'e-market': { th: 'ตลาดอิเล็กทรอนิกส์ (e-market)', en: 'e-market' },
  'price-agreement': { th: 'ตกลงราคา', en: 'Price agreement' },
  'price-inquiry': { th: 'สอบราคา', en: 'Price inquiry' },
  tender: { th: 'ประกวดราคา', en: 'Tender' },
  special: { th: 'วิธีพิเศษ', en: 'Special method' },
}

/** The nine columns of the สขร.1 form, worded exactly as the form prints them. */
export const procurementColumns = {
  order: { th: 'ลำดับที่', en: 'No.' },
  item: { th: 'งานจัดซื้อหรือจัดจ้าง', en: 'Procurement' },
  budget: { th: 'วงเงินที่จะซื้อหรือจ้าง (บาท)', en: 'Budget (baht)' },
  referencePrice: { th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' },
  method: { th: 'วิธีซื้อหรือจ้าง', en: 'Method' },
  bidders: { th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'Bidders and prices offered' },
  winner: {
    th: 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
    en: 'Selected supplier and agreed price',
  },
  reason: { th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'Reason for selection' },
  contract: {
    th: 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
    en: 'Contract number and date',
  },
} as const
