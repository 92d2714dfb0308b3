import { columnTotal } from '../cells'
import { NOT_PUBLISHED, type CompanionSource } from './types'

type CrimeRow = {
  group?: string
  label?: string
  reported?: number
  arrested?: number
  suspects?: number
}

/** O11 (1): cases reported and arrested per offence group of the framework. */
export const crimeStatistics: CompanionSource = {
  collection: 'crime-statistics',
  monthly: true,
  blocks: (docs, { item }) => {
    const stored = (docs[0]?.rows ?? []) as CrimeRow[]
    // The framework's groups in order, so every month's table has the same rows.
    const groups = item.crimeGroups?.length
      ? item.crimeGroups
      : stored.map((row) => ({ key: row.group ?? '', label: row.label ?? '' }))
    const rows = docs[0]
      ? groups.map((group, index) => {
          const row = stored.find((candidate) => candidate.group === group.key)
          return {
            order: index + 1,
            group: group.label,
            reported: row?.reported ?? null,
            arrested: row?.arrested ?? null,
            suspects: row?.suspects ?? null,
          }
        })
      : []
    return [
      { kind: 'heading', text: 'สถิติคดีอาญา' },
      {
        kind: 'table',
        table: {
          id: 'crimes',
          sheet: 'สถิติคดีอาญา',
          empty: NOT_PUBLISHED,
          columns: [
            { key: 'order', header: 'ลำดับ', kind: 'integer', width: 5 },
            { key: 'group', header: 'กลุ่มคดี', kind: 'text', width: 30 },
            { key: 'reported', header: 'รับแจ้ง (คดี)', kind: 'integer', width: 10 },
            { key: 'arrested', header: 'จับ (คดี)', kind: 'integer', width: 10 },
            { key: 'suspects', header: 'ผู้ต้องหา (คน)', kind: 'integer', width: 10 },
          ],
          rows,
          totals: {
            label: 'รวม',
            values: {
              reported: columnTotal(rows, 'reported'),
              arrested: columnTotal(rows, 'arrested'),
              suspects: columnTotal(rows, 'suspects'),
            },
          },
        },
      },
    ]
  },
}
