import type { CollectionConfig } from 'payload'

import { amountField } from '../../fields/amount'
import { monthlyPeriodFields } from '../../fields/monthly'
import { declares } from '../../fields/noneDeclared'
import { invalid } from '../../validation/messages'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const NO_COMPLAINTS = 'ไม่มีเรื่องร้องเรียน'

const labels = {
  received: { th: 'จำนวนเรื่องที่ได้รับ', en: 'Received' },
  completed: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' },
  inProgress: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
}

/** O17: corruption-complaint statistics per month, or the month's "no complaints" declaration. */
export const ComplaintStatistics: CollectionConfig = unitScoped(
  {
    slug: 'complaint-statistics',
    labels: {
      singular: { th: 'สถิติเรื่องร้องเรียน', en: 'Complaint statistics' },
      plural: { th: 'สถิติเรื่องร้องเรียนการทุจริต', en: 'Complaint statistics' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['month', 'fiscalYear', 'received', 'noneDeclared', 'tenant', '_status'],
      group: adminGroups.transparency,
    },
    defaultSort: '-month',
    fields: [
      monthlyPeriodFields({ th: 'สถิติเรื่องร้องเรียน', en: 'complaint statistics' }),
      {
        name: 'noneDeclared',
        type: 'checkbox',
        defaultValue: false,
        custom: declares(NO_COMPLAINTS),
        label: { th: `เดือนนี้${NO_COMPLAINTS}`, en: 'Declare: no complaints this month' },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          value === true &&
          [siblingData.received, siblingData.completed, siblingData.inProgress].some(
            (n) => typeof n === 'number' && n > 0,
          )
            ? invalid(
                { th: 'การระบุว่าไม่มีเรื่องร้องเรียน', en: 'No-complaints declaration' },
                {
                  th: `ระบุว่า "${NO_COMPLAINTS}" แต่มีจำนวนเรื่องมากกว่า 0`,
                  en: 'declared none but counts are above 0',
                },
              )
            : true,
      },
      {
        type: 'row',
        admin: { condition: (data) => !data?.noneDeclared },
        fields: [
          amountField('received', labels.received, { integer: true }),
          amountField('completed', labels.completed, { integer: true }),
          amountField('inProgress', labels.inProgress, { integer: true }),
        ],
      },
      { name: 'notes', type: 'textarea', localized: true, label: { th: 'หมายเหตุ', en: 'Notes' } },
    ],
  },
  {
    publicRead: 'published',
  },
)
