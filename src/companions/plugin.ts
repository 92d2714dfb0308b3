import type { CollectionConfig, Config, Field } from 'payload'

import { queueCompanionsOnChange, queueCompanionsOnDelete, queueOnUnitChange } from './queue'
import { companionSources } from './sources'
import { companionStatusEndpoint } from './statusEndpoint'

/**
 * The unit's own official files of the same period (a สขร.1 exported from e-GP, a signed report): a
 * PDF, Word or Excel file here counts for its format as the generated one does, and is shown beside
 * it.
 */
const officialFilesField: Field = {
  name: 'officialFiles',
  type: 'upload',
  relationTo: 'documents',
  hasMany: true,
  label: { th: 'ไฟล์ทางการของช่วงเวลานี้ (ถ้ามี)', en: 'Official files of this period (if any)' },
  admin: {
    description: {
      th: 'เช่น สขร.1 ที่ส่งออกจากระบบ e-GP หรือรายงานที่ลงนามแล้ว เป็น PDF, Word หรือ Excel ไฟล์รูปแบบใดที่แนบไว้จะนับแทนไฟล์ที่ระบบสร้างในรูปแบบเดียวกัน และแสดงคู่กันบนหน้าข้อ OIT',
      en: 'E.g. the สขร.1 exported from e-GP or a signed report, as PDF, Word or Excel: each format attached counts as the generated file of that format does, and is shown beside it on the OIT item page.',
    },
  },
}

/**
 * A source collection queues generation on every change and shows its files' state in the admin;
 * units queue their signs.
 */
export const withCompanions = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'units'
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), queueOnUnitChange],
        },
      }
    : companionSources[collection.slug]
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), queueCompanionsOnChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), queueCompanionsOnDelete],
          },
          fields: [
            ...collection.fields,
            officialFilesField,
            {
              name: 'companionFiles',
              type: 'ui',
              admin: {
                position: 'sidebar',
                components: { Field: 'police-oit/client#CompanionStatus' },
              },
            },
          ],
        }
      : collection

/**
 * The admin's view of companion files' state (the hooks are added by `withCompanions`, the tasks in
 * src/jobs).
 */
export const companions = (config: Config): Config => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), companionStatusEndpoint],
})
