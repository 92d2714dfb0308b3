/**
 * The ten ITA indicators an action plan is organised by (IIT 1–5, EIT 6–8, OIT 9–10; DOMAIN §8).
 */
export const itaIndicators = {
  '1': { th: 'การปฏิบัติหน้าที่', en: 'Performance of duties' },
  '2': { th: 'การใช้งบประมาณ', en: 'Use of the budget' },
  '3': { th: 'การใช้อำนาจ', en: 'Use of authority' },
  '4': { th: 'การใช้ทรัพย์สินของราชการ', en: 'Use of government property' },
  '5': { th: 'การแก้ไขปัญหาการทุจริต', en: 'Addressing corruption' },
  '6': { th: 'คุณภาพการดำเนินงาน', en: 'Quality of operations' },
  '7': { th: 'ประสิทธิภาพการสื่อสาร', en: 'Effectiveness of communication' },
  '8': { th: 'การปรับปรุงระบบการทำงาน', en: 'Improvement of work systems' },
  '9': { th: 'การเปิดเผยข้อมูล', en: 'Disclosure of information' },
  '10': { th: 'การป้องกันการทุจริต', en: 'Prevention of corruption' },
} as const
