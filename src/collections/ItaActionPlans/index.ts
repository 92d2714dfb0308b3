import type { CollectionConfig, DateField } from 'payload'

import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { optionsOf } from '../../fields/options'
import { limitedText } from '../../fields/text'
import { itaIndicators } from '../../frameworks/itaIndicators'
import { invalid, required } from '../../validation/messages'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const labels = {
  indicator: { th: 'ตัวชี้วัด', en: 'Indicator' },
  completedOn: { th: 'วันที่ดำเนินการแล้วเสร็จ', en: 'Completed on' },
}

const followUps = {
  weekly: { th: 'ทุกสัปดาห์', en: 'Weekly' },
  monthly: { th: 'ทุกเดือน', en: 'Monthly' },
  quarterly: { th: 'ทุกไตรมาส', en: 'Quarterly' },
  once: { th: 'ครั้งเดียว', en: 'Once' },
}

const statuses = {
  planned: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  'in-progress': { th: 'กำลังดำเนินการ', en: 'In progress' },
  done: { th: 'ดำเนินการแล้ว', en: 'Done' },
}

const completedOn = dayField('completedOn', labels.completedOn, {
  description: {
    th: 'ต้องระบุเมื่อสถานะเป็น "ดำเนินการแล้ว"',
    en: 'Required once the status is done',
  },
})

/** Required once the row is done, so the follow-up reports when each activity was finished. */
const completedOnField: DateField = {
  ...completedOn,
  validate: (value, options) =>
    (options.siblingData as { status?: string }).status === 'done' && !value
      ? invalid(labels.completedOn, required)
      : completedOn.validate!(value, options),
}

/**
 * One row of the unit's ITA preparation plan (DOMAIN §8, the FY2568 action-plan table [001]).
 * Drafts stay
 * internal; published rows are O24's evidence on the item page.
 */
export const ItaActionPlans: CollectionConfig = unitScoped(
  {
    slug: 'ita-action-plans',
    labels: {
      singular: { th: 'แผนปฏิบัติการเตรียมรับการประเมิน ITA', en: 'ITA action plan row' },
      plural: { th: 'แผนปฏิบัติการ ITA', en: 'ITA action plan' },
    },
    admin: {
      useAsTitle: 'issue',
      defaultColumns: ['indicator', 'issue', 'deadline', 'status', 'tenant'],
      group: adminGroups.review,
    },
    defaultSort: 'deadline',
    fields: [
      {
        type: 'row',
        fields: [
          fiscalYearField({ defaultToCurrent: true }),
          {
            name: 'indicator',
            type: 'select',
            required: true,
            label: labels.indicator,
            options: Object.entries(itaIndicators).map(([value, { th, en }]) => ({
              value,
              label: { th: `${value}. ${th}`, en: `${value}. ${en}` },
            })),
          },
        ],
      },
      limitedText(
        'issue',
        { th: 'ประเด็นที่ต้องเตรียมการ/พัฒนา', en: 'Issue to prepare or improve' },
        { max: 2000, required: true, textarea: true },
      ),
      limitedText(
        'activity',
        { th: 'แนวทาง/กิจกรรมที่จะดำเนินการ', en: 'Activity' },
        { max: 2000, required: true, textarea: true },
      ),
      limitedText('output', { th: 'ผลผลิต', en: 'Output' }, { max: 2000, textarea: true }),
      limitedText(
        'communication',
        { th: 'การสื่อสาร/ถ่ายทอด', en: 'How it is communicated' },
        { max: 2000, textarea: true },
      ),
      {
        type: 'row',
        fields: [
          dayField('deadline', { th: 'ระยะเวลาแล้วเสร็จ', en: 'Deadline' }, { required: true }),
          {
            name: 'followUp',
            type: 'select',
            options: optionsOf(followUps),
            label: { th: 'ระยะเวลากำกับติดตาม', en: 'Follow-up' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          limitedText('controller', { th: 'ผู้ควบคุม', en: 'Controller' }, { max: 200 }),
          limitedText(
            'doer',
            { th: 'ผู้รับผิดชอบ/ผู้ดำเนินการ', en: 'Responsible (doer)' },
            { max: 200 },
          ),
        ],
      },
      {
        type: 'row',
        fields: [
          // Its own enum name: the default one is the drafts' `_status` enum's.
          {
            name: 'status',
            type: 'select',
            enumName: 'enum_ita_action_plans_progress',
            required: true,
            defaultValue: 'planned',
            options: optionsOf(statuses),
            label: { th: 'สถานะ', en: 'Status' },
          },
          completedOnField,
        ],
      },
      limitedText(
        'progress',
        { th: 'ผลการดำเนินการ', en: 'Progress' },
        { max: 5000, textarea: true },
      ),
    ],
  },
  { publicRead: 'published' },
)
