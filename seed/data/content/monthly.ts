/**
 * O7: the monthly performance report, one per month, each activity with its period, section and
 * photos.
 */
import type { LineOfWork } from '../../../src/fields/options'
import { doc } from '../../lib/spec'
import { type DemoMonth, dayIn } from './calendar'
import { lineName, linePhoto, type UnitProfile } from './profile'

export type ActivityData = {
  title: string
  details: string
  days: [start: number, end: number]
  line: LineOfWork
}

export type MonthlyData = {
  month: DemoMonth
  summary: string
  activities: ActivityData[]
  status?: 'draft'
}

export const monthlyReportDocs = (unit: UnitProfile, reports: MonthlyData[]) =>
  reports.map(({ month, summary, activities, status }) =>
    doc({
      collection: 'monthly-reports',
      key: { month: { equals: month.iso } },
      status,
      build: async ({ rich, image }) => ({
        month: month.iso,
        fiscalYear: unit.fiscalYear,
        summary: rich([
          `รายงานการปฏิบัติราชการประจำเดือน${month.th} ${unit.name.th}`,
          summary,
          { ul: activities.map((activity) => `${activity.title} (${lineName(activity.line).th})`) },
        ]),
        activities: await Promise.all(
          activities.map(async (activity) => ({
            title: activity.title,
            details: activity.details,
            startDate: dayIn(month, activity.days[0]),
            endDate: dayIn(month, activity.days[1]),
            section: lineName(activity.line).th,
            photos: [await image(linePhoto(unit, activity.line))],
          })),
        ),
      }),
    }),
  )
