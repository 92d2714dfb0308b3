/**
 * O11 crime and checkpoint statistics, O17 complaint statistics: one document per month, figures
 * generated.
 */
import { crimeGroups } from '../../../src/catalogue/frameworks/catalogue'
import { doc } from '../../lib/spec'
import { type DemoMonth, vary } from './calendar'
import type { UnitProfile } from './profile'

/**
 * Reported cases per month for each CRIMES group: [min, max]; arrests follow at a realistic rate.
 */
const crimeRanges: Record<string, [number, number]> = {
  'life-body-sex': [4, 12],
  property: [8, 22],
  'special-offences': [5, 16],
  'state-victim': [18, 45],
}

export const crimeStatisticDocs = (unit: UnitProfile, months: DemoMonth[], scale = 1) =>
  months.map((month) =>
    doc({
      collection: 'crime-statistics',
      key: { month: { equals: month.iso } },
      build: () => ({
        month: month.iso,
        fiscalYear: unit.fiscalYear,
        rows: crimeGroups.map(({ key, label }, g) => {
          const [min, max] = crimeRanges[key] ?? [1, 10]
          const seed = month.year * 100 + month.month + g * 7 + unit.slug.length
          const reported = Math.round(vary(seed, min, max) * scale)
          // The state is the victim of what police find themselves: every reported case is an
          // arrest.
          const arrested =
            key === 'state-victim'
              ? reported
              : Math.round((reported * vary(seed + 1, 55, 90)) / 100)
          return {
            group: key,
            label,
            reported,
            arrested,
            suspects: arrested + vary(seed + 2, 0, Math.ceil(arrested / 3)),
          }
        }),
      }),
    }),
  )

const offences = [
  { th: 'ขับรถขณะเมาสุรา', range: [3, 12] },
  { th: 'ไม่สวมหมวกนิรภัย', range: [30, 90] },
  { th: 'ไม่มีใบอนุญาตขับขี่', range: [10, 35] },
  { th: 'ยาเสพติด', range: [1, 6] },
  { th: 'อาวุธปืน', range: [0, 2] },
] as const

/** December carries the New Year "7 dangerous days" campaign: more checkpoints and officers. */
export const checkpointStatisticDocs = (unit: UnitProfile, months: DemoMonth[]) =>
  months.map((month) =>
    doc({
      collection: 'checkpoint-statistics',
      key: { month: { equals: month.iso } },
      build: () => {
        const peak = month.month === 12 || month.month === 4 ? 1.6 : 1
        const seed = month.year * 100 + month.month
        const checkpoints = Math.round(vary(seed, 22, 34) * peak)
        const vehicles = checkpoints * vary(seed + 3, 60, 95)
        return {
          month: month.iso,
          fiscalYear: unit.fiscalYear,
          checkpoints,
          officers: checkpoints * vary(seed + 1, 5, 8),
          vehiclesChecked: vehicles,
          personsChecked: Math.round(vehicles * 1.35),
          arrests: offences.map((offence, i) => ({
            offence: offence.th,
            count: Math.round(vary(seed + 10 + i, offence.range[0], offence.range[1]) * peak),
          })),
          notes:
            peak > 1
              ? 'รวมจุดตรวจตามมาตรการลดอุบัติเหตุช่วงเทศกาลปีใหม่ (7 วันอันตราย)'
              : undefined,
        }
      },
    }),
  )

/** A month's complaint figures, or `'none'` for the "ไม่มีเรื่องร้องเรียน" declaration. */
export type ComplaintMonth = {
  month: DemoMonth
  figures: 'none' | { received: number; completed: number; inProgress: number }
  notes?: string
}

export const complaintStatisticDocs = (unit: UnitProfile, months: ComplaintMonth[]) =>
  months.map(({ month, figures, notes }) =>
    doc({
      collection: 'complaint-statistics',
      key: { month: { equals: month.iso } },
      build: () => ({
        month: month.iso,
        fiscalYear: unit.fiscalYear,
        ...(figures === 'none' ? { noneDeclared: true } : { noneDeclared: false, ...figures }),
        notes,
      }),
    }),
  )
