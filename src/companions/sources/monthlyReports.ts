import { plainParagraphs } from '../../content/plainText'
import { formatThaiDate } from '../../fiscal'
import { loadPhoto } from '../photos'
import type { Block } from '../report'
import { dateOf, NOT_PUBLISHED, type CompanionSource } from './types'

type Activity = {
  title?: string
  details?: string
  startDate?: string
  endDate?: string
  section?: string
  photos?: unknown[]
}

const duration = (activity: Activity): string => {
  const [start, end] = [dateOf(activity.startDate), dateOf(activity.endDate)]
  if (!start) return ''
  return end && end.getTime() !== start.getTime()
    ? `${formatThaiDate(start)} – ${formatThaiDate(end)}`
    : formatThaiDate(start)
}

/** O7: the month's work, then each project or activity with its period, section and photos. */
export const monthlyReports: CompanionSource = {
  collection: 'monthly-reports',
  monthly: true,
  blocks: async (docs, { req, photos: withPhotos }) => {
    const doc = docs[0]
    if (!doc) return [{ kind: 'paragraph', text: NOT_PUBLISHED }]
    const blocks: Block[] = [
      { kind: 'heading', text: 'สรุปการปฏิบัติงานประจำเดือน' },
      ...plainParagraphs(doc.summary).map((text): Block => ({ kind: 'paragraph', text })),
    ]
    const activities = (doc.activities ?? []) as Activity[]
    blocks.push({
      kind: 'table',
      table: {
        id: 'activities',
        sheet: 'โครงการ กิจกรรม',
        empty: 'ไม่มีโครงการ/กิจกรรม',
        columns: [
          { key: 'order', header: 'ลำดับ', kind: 'integer', width: 5 },
          { key: 'title', header: 'โครงการ/กิจกรรม', kind: 'text', width: 30 },
          { key: 'duration', header: 'ระยะเวลา', kind: 'text', width: 18 },
          { key: 'section', header: 'หน่วยงาน/งานที่รับผิดชอบ', kind: 'text', width: 18 },
        ],
        rows: activities.map((activity, index) => ({
          order: index + 1,
          title: activity.title ?? '',
          duration: duration(activity),
          section: activity.section ?? '',
        })),
      },
    })
    for (const [index, activity] of activities.entries()) {
      blocks.push({ kind: 'heading', text: `${index + 1}. ${activity.title ?? ''}` })
      blocks.push({
        kind: 'facts',
        facts: [
          ['ระยะเวลา', duration(activity)],
          ['ผู้รับผิดชอบ', activity.section ?? ''],
        ],
      })
      if (activity.details) blocks.push({ kind: 'paragraph', text: activity.details })
      const photos = withPhotos
        ? (
            await Promise.all(
              (activity.photos ?? []).map((media) => loadPhoto(req, media as never)),
            )
          ).filter((photo) => photo !== null)
        : []
      if (photos.length) blocks.push({ kind: 'photos', photos })
    }
    return blocks
  },
}
