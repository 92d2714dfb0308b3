import { NOT_PUBLISHED, type CompanionSource } from './types'

/** O11 (2): checkpoints held, officers, vehicles and persons checked, arrests by offence. */
export const checkpointStatistics: CompanionSource = {
  collection: 'checkpoint-statistics',
  monthly: true,
  blocks: (docs) => {
    const doc = docs[0]
    const counts = doc
      ? [
          {
            measure: 'จำนวนครั้งที่ตั้งจุดตรวจ/จุดสกัด',
            value: doc.checkpoints ?? null,
            unit: 'ครั้ง',
          },
          { measure: 'จำนวนเจ้าหน้าที่', value: doc.officers ?? null, unit: 'นาย' },
          { measure: 'ยานพาหนะที่ตรวจ', value: doc.vehiclesChecked ?? null, unit: 'คัน' },
          { measure: 'บุคคลที่ตรวจ', value: doc.personsChecked ?? null, unit: 'คน' },
        ]
      : []
    const arrests = ((doc?.arrests ?? []) as { offence?: string; count?: number }[]).map(
      (row, index) => ({ order: index + 1, offence: row.offence ?? '', count: row.count ?? null }),
    )
    return [
      { kind: 'heading', text: 'สถิติการตั้งจุดตรวจ จุดสกัด' },
      {
        kind: 'table',
        table: {
          id: 'checkpoints',
          sheet: 'จุดตรวจ จุดสกัด',
          empty: NOT_PUBLISHED,
          columns: [
            { key: 'measure', header: 'รายการ', kind: 'text', width: 30 },
            { key: 'value', header: 'จำนวน', kind: 'integer', width: 10 },
            { key: 'unit', header: 'หน่วยนับ', kind: 'text', width: 8 },
          ],
          rows: counts,
        },
      },
      {
        kind: 'table',
        table: {
          id: 'checkpoint-arrests',
          sheet: 'ผลการจับกุม',
          empty: doc ? 'ไม่มีการจับกุม' : NOT_PUBLISHED,
          columns: [
            { key: 'order', header: 'ลำดับ', kind: 'integer', width: 5 },
            { key: 'offence', header: 'ข้อหา', kind: 'text', width: 30 },
            { key: 'count', header: 'จำนวน (ราย)', kind: 'integer', width: 10 },
          ],
          rows: arrests,
        },
      },
      ...(doc?.notes ? [{ kind: 'paragraph' as const, text: `หมายเหตุ: ${doc.notes}` }] : []),
    ]
  },
}
