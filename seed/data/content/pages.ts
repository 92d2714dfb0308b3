/** A unit's own web pages, built from blocks (the "about" page the standard menu links to). */
import { doc, type AnyDocSpec } from '../../lib/spec'
import type { UnitProfile } from './profile'

export const aboutPageDoc = (
  unit: UnitProfile,
  history: { th: string[]; en: string[] },
  vision: { th: string; en: string },
): AnyDocSpec =>
  doc({
    collection: 'pages',
    key: { slug: { equals: 'about' } },
    english: true,
    build: ({ t, rich }) => ({
      title: t({ th: 'ประวัติและวิสัยทัศน์', en: 'History and vision' }),
      slug: 'about',
      description: t({
        th: `ประวัติความเป็นมาและวิสัยทัศน์ของ${unit.name.th}`,
        en: `History and vision of ${unit.name.en}`,
      }),
      layout: [
        {
          blockType: 'richText' as const,
          heading: t({ th: 'ประวัติความเป็นมา', en: 'History' }),
          content: rich(history),
        },
        {
          blockType: 'richText' as const,
          heading: t({ th: 'วิสัยทัศน์', en: 'Vision' }),
          content: rich({ th: [vision.th], en: [vision.en] }),
        },
        {
          blockType: 'callToAction' as const,
          heading: t({ th: 'มีคำถามหรือข้อเสนอแนะ', en: 'Questions or suggestions?' }),
          text: t({
            th: 'ส่งถึงเราได้ทุกเวลา หน่วยงานจะตอบกลับโดยเร็ว',
            en: 'Write to us at any time; we reply quickly.',
          }),
          buttonLabel: t({ th: 'ติดต่อเรา', en: 'Contact us' }),
          link: { kind: 'route' as const, route: 'contact' as const },
        },
      ],
    }),
  })
