import type { CollectionConfig } from 'payload'

import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { itemCodeField, itemCodeLabel } from '../../fields/itemCode'
import { limitedText } from '../../fields/text'
import { uniquePerUnit } from '../../fields/uniquePerUnit'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

/**
 * Who answers for each OIT item in a fiscal year (DOMAIN §8): internal, one per unit, year and
 * item.
 */
export const OitAssignments: CollectionConfig = unitScoped(
  {
    slug: 'oit-assignments',
    labels: {
      singular: { th: 'ผู้รับผิดชอบข้อ OIT', en: 'OIT item assignment' },
      plural: { th: 'ผู้รับผิดชอบรายข้อ OIT', en: 'OIT item assignments' },
    },
    admin: {
      useAsTitle: 'item',
      defaultColumns: ['item', 'fiscalYear', 'doer', 'deadline', 'tenant'],
      group: adminGroups.review,
    },
    defaultSort: 'item',
    fields: [
      {
        type: 'row',
        fields: [
          fiscalYearField({ defaultToCurrent: true }),
          uniquePerUnit(
            itemCodeField,
            itemCodeLabel,
            (item, { fiscalYear }) => ({
              th: `หน่วยงานนี้กำหนดผู้รับผิดชอบข้อ ${item} ของปีงบประมาณ ${fiscalYear} แล้ว ให้แก้ไขรายการเดิม`,
              en: `this unit already has an assignment for ${item} in fiscal year ${fiscalYear}; edit that one`,
            }),
            ['fiscalYear'],
          ),
        ],
      },
      {
        type: 'row',
        fields: [
          limitedText('doer', { th: 'ผู้ดำเนินการ', en: 'Doer' }, { max: 200, required: true }),
          limitedText('controller', { th: 'ผู้ควบคุม', en: 'Controller' }, { max: 200 }),
          limitedText(
            'checker',
            { th: 'ผู้ตรวจสอบ (หัวหน้าหน่วยงาน)', en: 'Checker (unit head)' },
            { max: 200 },
          ),
        ],
      },
      dayField('deadline', { th: 'กำหนดแล้วเสร็จ', en: 'Deadline' }),
      limitedText('notes', { th: 'หมายเหตุ', en: 'Notes' }, { max: 2000, textarea: true }),
    ],
  },
  { publicRead: 'none', drafts: false },
)
