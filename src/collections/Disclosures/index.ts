import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
import { fiscalYearField } from '../../fields/fiscalYear'
import { anyFilled } from '../../requirements/checks'
import { frameworkFor } from '../../requirements/frameworkFor'
import { invalid, required } from '../../validation/messages'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const itemCodeLabel = { th: 'ข้อ OIT', en: 'OIT item' }

/** The code must be an item of the unit's framework for the document's fiscal year. */
const validateItemCode: TextFieldSingleValidation = async (value, { data, req }) => {
  if (!value) return invalid(itemCodeLabel, required)
  const tenant = tenantIDOf((data as { tenant?: unknown }).tenant)
  const fiscalYear = (data as { fiscalYear?: number }).fiscalYear
  if (tenant == null) return true
  const { items } = await frameworkFor(req, tenant, fiscalYear)
  if (!items.length || items.some((item) => item.code === value)) return true
  return invalid(itemCodeLabel, {
    th: `ไม่มีข้อ ${value} ในเกณฑ์ของหน่วยงานปีนี้ (มี ${items[0]!.code}–${items.at(-1)!.code})`,
    en: `${value} is not an item of this unit's framework for the year`,
  })
}

const content = { th: 'เนื้อหาหรือไฟล์แนบ', en: 'Body or attachments' }

/** A generic published page attached to a framework item, for items that are mostly documents. */
export const Disclosures: CollectionConfig = unitScoped(
  {
    slug: 'disclosures',
    labels: {
      singular: { th: 'เอกสารเผยแพร่', en: 'Disclosure' },
      plural: { th: 'เอกสารเผยแพร่', en: 'Disclosures' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'itemCode', 'fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.content,
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        label: { th: 'หัวเรื่อง', en: 'Title' },
      },
      {
        type: 'row',
        fields: [
          fiscalYearField({ defaultToCurrent: true }),
          {
            name: 'itemCode',
            type: 'text',
            required: true,
            index: true,
            label: { th: 'ข้อ OIT', en: 'OIT item' },
            admin: { description: { th: 'เช่น O16', en: 'e.g. O16' } },
            validate: validateItemCode,
          },
        ],
      },
      { name: 'body', type: 'richText', localized: true, label: { th: 'เนื้อหา', en: 'Body' } },
      {
        name: 'attachments',
        type: 'upload',
        relationTo: 'documents',
        hasMany: true,
        label: { th: 'ไฟล์แนบ', en: 'Attachments' },
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [{ label: content, check: anyFilled(content, 'body', 'attachments') }],
  },
)
