import type { Field } from 'payload'

import { siteRoutes } from '../routing/siteRoutes'
import { validateFormat } from '../validation/formats'
import { invalid, required } from '../validation/messages'

export type LinkKind = 'none' | 'route' | 'page' | 'url'

const kindLabels = {
  none: { th: 'ไม่มีลิงก์ (หัวข้อเมนูย่อย)', en: 'No link (sub-menu heading)' },
  route: { th: 'หน้ามาตรฐานของเว็บไซต์', en: 'A standard page' },
  page: { th: 'หน้าที่หน่วยงานสร้างเอง', en: 'One of the unit’s own pages' },
  url: { th: 'ลิงก์ภายนอก', en: 'External link' },
}

const labels = {
  route: { th: 'หน้ามาตรฐาน', en: 'Standard page' },
  page: { th: 'หน้าของหน่วยงาน', en: 'Unit page' },
  url: { th: 'ลิงก์', en: 'Link' },
}

/**
 * What a link points at, chosen from the site's pages so that it never breaks when a slug or domain
 * changes.
 */
export const linkFields = ({ allowNone = false }: { allowNone?: boolean } = {}): Field[] => {
  const when = (kind: LinkKind) => (_: unknown, siblingData: { kind?: LinkKind }) =>
    siblingData?.kind === kind
  const needed =
    (kind: LinkKind, field: { th: string; en: string }) =>
    (value: unknown, { siblingData }: { siblingData: { kind?: LinkKind } }) =>
      siblingData?.kind === kind && (value == null || value === '')
        ? invalid(field, required)
        : true
  const kinds = (Object.keys(kindLabels) as LinkKind[]).filter(
    (kind) => allowNone || kind !== 'none',
  )
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'route',
          options: kinds.map((value) => ({ value, label: kindLabels[value] })),
          label: { th: 'ลิงก์ไปที่', en: 'Links to' },
          admin: { width: '40%' },
        },
        {
          name: 'route',
          type: 'select',
          options: Object.entries(siteRoutes).map(([value, { label }]) => ({ value, label })),
          label: labels.route,
          admin: { width: '60%', condition: when('route') },
          validate: needed('route', labels.route),
        },
        {
          name: 'page',
          type: 'relationship',
          relationTo: 'pages',
          label: labels.page,
          admin: { width: '60%', condition: when('page') },
          validate: needed('page', labels.page),
        },
        {
          name: 'url',
          type: 'text',
          label: labels.url,
          admin: { width: '60%', condition: when('url') },
          validate: (value: unknown, options: { siblingData: { kind?: LinkKind } }) => {
            const missing = needed('url', labels.url)(value, options)
            return missing === true ? validateFormat('url', labels.url)(value) : missing
          },
        },
      ],
    },
  ] as Field[]
}
