import { NO_COMPLAINTS } from '../../collections/ComplaintStatistics'
import { NOT_PUBLISHED, type CompanionSource } from './types'

/**
 * O17: complaints received, completed and in progress; a declared month prints
 * "ไม่มีเรื่องร้องเรียน".
 */
export const complaintStatistics: CompanionSource = {
  collection: 'complaint-statistics',
  monthly: true,
  blocks: (docs) => {
    const doc = docs[0]
    const rows =
      doc && !doc.noneDeclared
        ? [
            {
              received: doc.received ?? null,
              completed: doc.completed ?? null,
              inProgress: doc.inProgress ?? null,
              notes: doc.notes ?? '',
            },
          ]
        : []
    return [
      {
        kind: 'table',
        table: {
          id: 'complaints',
          sheet: 'เรื่องร้องเรียน',
          empty: doc ? NO_COMPLAINTS : NOT_PUBLISHED,
          columns: [
            { key: 'received', header: 'จำนวนเรื่องที่ได้รับ', kind: 'integer', width: 10 },
            { key: 'completed', header: 'ดำเนินการแล้วเสร็จ', kind: 'integer', width: 10 },
            { key: 'inProgress', header: 'อยู่ระหว่างดำเนินการ', kind: 'integer', width: 10 },
            { key: 'notes', header: 'หมายเหตุ', kind: 'text', width: 20 },
          ],
          rows,
        },
      },
    ]
  },
}
