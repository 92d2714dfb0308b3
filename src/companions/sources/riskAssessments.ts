import { linesOfWork, type LineOfWork } from '../../fields/options'
import { NOT_PUBLISHED, type CompanionSource } from './types'

/** O20: the bribery-risk register and management plan, one row per process. */
export const riskAssessments: CompanionSource = {
  collection: 'risk-assessments',
  monthly: false,
  orientation: 'landscape',
  blocks: (docs, { item }) => {
    const doc = docs[0]
    const rows = ((doc?.rows ?? []) as Record<string, any>[]).map((row, index) => ({
      order: index + 1,
      line: row.lineOfWork ? (linesOfWork[row.lineOfWork as LineOfWork]?.th ?? row.lineOfWork) : '',
      process: row.process ?? '',
      riskIssue: row.riskIssue ?? '',
      existingControls: row.existingControls ?? '',
      likelihood: row.likelihood ?? null,
      impact: row.impact ?? null,
      score: row.score ?? null,
      level: row.level ?? '',
      mitigation: row.mitigation ?? '',
      indicator: row.indicator ?? '',
      owner: row.owner ?? '',
      timeline: row.timeline ?? '',
    }))
    const bands = (item.riskBands ?? [])
      .map((band) => `${band.label} ${band.min}–${band.max}`)
      .join(', ')
    return [
      ...(doc
        ? [
            {
              kind: 'facts' as const,
              facts: [
                ['เกณฑ์การประเมิน', doc.criteria ?? '-'],
                ['ระดับความเสี่ยง (โอกาส × ผลกระทบ)', bands || '-'],
              ] as [string, string][],
            },
          ]
        : []),
      {
        kind: 'table',
        table: {
          id: 'risks',
          sheet: 'ทะเบียนความเสี่ยง',
          empty: NOT_PUBLISHED,
          columns: [
            { key: 'order', header: 'ลำดับ', kind: 'integer', width: 4 },
            { key: 'line', header: 'สายงาน', kind: 'text', width: 9 },
            { key: 'process', header: 'กระบวนงาน/งาน/โครงการ', kind: 'text', width: 11 },
            {
              key: 'riskIssue',
              header: 'ประเด็นความเสี่ยงต่อการรับสินบน',
              kind: 'text',
              width: 14,
            },
            { key: 'existingControls', header: 'การควบคุมที่มีอยู่', kind: 'text', width: 11 },
            { key: 'likelihood', header: 'โอกาส', kind: 'integer', width: 5, group: 'การประเมิน' },
            { key: 'impact', header: 'ผลกระทบ', kind: 'integer', width: 6, group: 'การประเมิน' },
            { key: 'score', header: 'คะแนน', kind: 'integer', width: 5, group: 'การประเมิน' },
            { key: 'level', header: 'ระดับ', kind: 'text', width: 6, group: 'การประเมิน' },
            { key: 'mitigation', header: 'มาตรการจัดการความเสี่ยง', kind: 'text', width: 14 },
            { key: 'indicator', header: 'ตัวชี้วัด/เป้าหมาย', kind: 'text', width: 9 },
            { key: 'owner', header: 'ผู้รับผิดชอบ', kind: 'text', width: 8 },
            { key: 'timeline', header: 'ระยะเวลา', kind: 'text', width: 7 },
          ],
          rows,
        },
      },
    ]
  },
}
