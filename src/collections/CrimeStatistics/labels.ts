export const crimeLabels = {
  rows: { th: 'สถิติคดีแยกตามกลุ่ม', en: 'Cases by offence group' },
  group: { th: 'รหัสกลุ่มคดี', en: 'Group key' },
  label: { th: 'กลุ่มคดี', en: 'Offence group' },
  reported: { th: 'รับแจ้ง (คดี)', en: 'Reported (cases)' },
  arrested: { th: 'จับ (คดี)', en: 'Arrested (cases)' },
  suspects: { th: 'ผู้ต้องหา (คน)', en: 'Suspects (persons)' },
}
