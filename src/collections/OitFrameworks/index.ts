import type { CollectionConfig } from 'payload'

import { superAdminOnly } from '../../access/superAdmin'
import { dayField, endDateField } from '../../fields/dates'
import { fiscalYearField, fiscalYearLabel } from '../../fields/fiscalYear'
import { unitTypes, unitTypeLabels } from '../../frameworks/types'
import { invalid } from '../../validation/messages'
import { cloneEndpoint } from './cloneEndpoint'
import { itemFields } from './fields'

const phaseLabels = {
  phase: { th: 'ขั้นตอน', en: 'Phase' },
  start: { th: 'เริ่ม', en: 'Starts' },
  end: { th: 'สิ้นสุด', en: 'Ends' },
}

/**
 * The OIT checklist per fiscal year and unit type. Public reference data; only super-admins edit
 * it.
 */
export const OitFrameworks: CollectionConfig = {
  slug: 'oit-frameworks',
  labels: {
    singular: { th: 'กรอบการประเมิน OIT', en: 'OIT framework' },
    plural: { th: 'กรอบการประเมิน OIT', en: 'OIT frameworks' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'fiscalYear', 'unitType'],
    group: { th: 'การตั้งค่า ITA', en: 'ITA settings' },
    components: { edit: { beforeDocumentControls: ['police-oit/client#CloneButton'] } },
  },
  access: {
    read: () => true,
    create: superAdminOnly,
    update: superAdminOnly,
    delete: superAdminOnly,
  },
  endpoints: [cloneEndpoint],
  indexes: [{ fields: ['fiscalYear', 'unitType'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        fiscalYearField({
          // One framework per fiscal year and unit type (also a unique index).
          validate: async (value, { data, id, req }) => {
            const unitType = (data as { unitType?: string }).unitType
            if (!unitType) return true
            const { totalDocs } = await req.payload.count({
              collection: 'oit-frameworks',
              req,
              where: {
                fiscalYear: { equals: value },
                unitType: { equals: unitType },
                ...(id ? { id: { not_equals: id } } : {}),
              },
            })
            return totalDocs
              ? invalid(fiscalYearLabel, {
                  th: 'มีกรอบของปีนี้สำหรับประเภทหน่วยงานนี้อยู่แล้ว',
                  en: 'a framework for this year and unit type already exists',
                })
              : true
          },
        }),
        {
          name: 'unitType',
          type: 'select',
          required: true,
          label: { th: 'ประเภทหน่วยงาน', en: 'Unit type' },
          options: unitTypes.map((value) => ({ value, label: unitTypeLabels[value] })),
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { th: 'ชื่อกรอบการประเมิน', en: 'Title' },
    },
    {
      name: 'calendar',
      type: 'array',
      label: { th: 'ปฏิทินการประเมิน ITA', en: 'ITA calendar' },
      labels: { singular: { th: 'ขั้นตอน', en: 'Phase' }, plural: { th: 'ขั้นตอน', en: 'Phases' } },
      admin: {
        initCollapsed: true,
        description: {
          th: 'ขั้นตอนและช่วงเวลาของการประเมินในปีงบประมาณนี้ แดชบอร์ดของหน่วยงานแสดงขั้นตอนที่กำลังจะถึง',
          en: 'The assessment phases of the year; unit dashboards show what comes next',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'phase',
              type: 'text',
              required: true,
              label: phaseLabels.phase,
              admin: { width: '50%' },
            },
            {
              ...dayField('start', phaseLabels.start, { required: true }),
              admin: { ...dayField('start', phaseLabels.start).admin, width: '25%' },
            },
            {
              ...endDateField('end', phaseLabels.end, 'start', phaseLabels.start),
              admin: { ...dayField('end', phaseLabels.end).admin, width: '25%' },
            },
          ],
        },
      ],
    },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      label: { th: 'รายการข้อ OIT', en: 'OIT items' },
      labels: { singular: { th: 'ข้อ', en: 'Item' }, plural: { th: 'ข้อ', en: 'Items' } },
      admin: { initCollapsed: true, components: { RowLabel: 'police-oit/client#ItemRowLabel' } },
      fields: itemFields,
      validate: (rows: unknown) => {
        const codes = ((rows as { code?: string }[] | null) ?? []).map((row) =>
          row.code?.trim().toUpperCase(),
        )
        const dupe = codes.find((code, index) => codes.indexOf(code) !== index)
        return dupe
          ? invalid(
              { th: 'รายการข้อ OIT', en: 'OIT items' },
              { th: `รหัสข้อ ${dupe} ซ้ำกัน`, en: `code ${dupe} appears twice` },
            )
          : true
      },
    },
  ],
}
