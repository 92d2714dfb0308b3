/** Admin navigation groups, in the order the OIT checklist runs. */
export const adminGroups = {
  basics: { th: '9.1 ข้อมูลพื้นฐาน', en: '9.1 Basic information' },
  administration: { th: '9.2 การบริหารงาน', en: '9.2 Administration' },
  budget: { th: '9.3 งบประมาณและจัดซื้อจัดจ้าง', en: '9.3 Budget and procurement' },
  transparency: {
    th: '9.4–10 บุคลากร ความโปร่งใส และการป้องกันการทุจริต',
    en: '9.4–10 HR, transparency, anti-corruption',
  },
  submissions: { th: 'เรื่องจากประชาชน', en: 'From the public' },
  website: { th: 'เว็บไซต์หน่วยงาน', en: 'Unit website' },
  files: { th: 'ไฟล์และรูปภาพ', en: 'Files and images' },
  content: { th: 'ข้อมูล OIT อื่น ๆ', en: 'Other OIT content' },
  system: { th: 'ไฟล์ที่ระบบสร้าง', en: 'Generated files' },
  review: { th: 'การตรวจติดตาม ITA', en: 'ITA review' },
} as const
