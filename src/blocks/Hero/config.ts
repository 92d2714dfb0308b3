import type { Block } from 'payload'

export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: {
    singular: { th: 'ภาพและข้อความต้อนรับ', en: 'Hero' },
    plural: { th: 'ภาพและข้อความต้อนรับ', en: 'Heroes' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
      maxLength: 150,
      label: { th: 'ข้อความหลัก', en: 'Heading' },
      admin: {
        description: { th: 'เว้นว่างเพื่อแสดงชื่อหน่วยงาน', en: 'Empty shows the unit’s name' },
      },
    },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: { th: 'ข้อความรอง', en: 'Text' },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { th: 'ภาพพื้นหลัง', en: 'Background image' },
    },
  ],
}
