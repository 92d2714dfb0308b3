import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
import { rowLabel } from '../../admin/rowLabel'
import { scaleField } from '../../fields/amount'
import { lineOfWorkOptions } from '../../fields/options'
import { uniqueFiscalYearField } from '../../fields/uniqueFiscalYear'
import { everyRow } from '../../requirements/checks'
import { frameworkFor, itemsFedBy } from '../../requirements/frameworkFor'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

const rows = { th: 'ทะเบียนความเสี่ยง', en: 'Risk register' }
const labels = {
  criteria: { th: 'เกณฑ์การประเมินความเสี่ยง', en: 'Assessment criteria' },
  line: { th: 'สายงาน', en: 'Line of work' },
  process: { th: 'กระบวนงาน/งาน/โครงการ', en: 'Process' },
  issue: { th: 'ประเด็นความเสี่ยงต่อการรับสินบน', en: 'Bribery risk' },
  likelihood: { th: 'โอกาส (1–5)', en: 'Likelihood (1–5)' },
  impact: { th: 'ผลกระทบ (1–5)', en: 'Impact (1–5)' },
  mitigation: { th: 'มาตรการจัดการความเสี่ยง', en: 'Mitigation' },
}

type Row = {
  lineOfWork?: string
  likelihood?: number
  impact?: number
  score?: number | null
  level?: string | null
}

/**
 * Score = likelihood × impact; the level comes from the bands of the unit's framework for that
 * year.
 */
const scoreRisks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.rows)) return data
  const tenant = tenantIDOf(data.tenant ?? originalDoc?.tenant)
  const framework =
    tenant == null
      ? null
      : await frameworkFor(req, tenant, data.fiscalYear ?? originalDoc?.fiscalYear)
  const bands = framework
    ? itemsFedBy(framework, 'risk-assessments').flatMap((item) => item.riskBands ?? [])
    : []
  return {
    ...data,
    rows: (data.rows as Row[]).map((row) => {
      const score = row.likelihood && row.impact ? row.likelihood * row.impact : null
      return {
        ...row,
        score,
        level:
          score == null
            ? null
            : (bands.find((band) => score >= band.min && score <= band.max)?.label ?? null),
      }
    }),
  }
}

/**
 * O20: the bribery-risk register and management plan of the fiscal year, covering every line of
 * work.
 */
export const RiskAssessments: CollectionConfig = unitScoped(
  {
    slug: 'risk-assessments',
    labels: {
      singular: { th: 'การประเมินความเสี่ยงการรับสินบน', en: 'Bribery risk assessment' },
      plural: { th: 'การประเมินความเสี่ยงการรับสินบน', en: 'Bribery risk assessments' },
    },
    admin: {
      useAsTitle: 'fiscalYear',
      defaultColumns: ['fiscalYear', 'tenant', '_status', 'updatedAt'],
      group: adminGroups.transparency,
    },
    hooks: { beforeChange: [scoreRisks] },
    fields: [
      uniqueFiscalYearField({ th: 'การประเมินความเสี่ยง', en: 'risk assessment' }),
      {
        name: 'criteria',
        type: 'textarea',
        localized: true,
        label: labels.criteria,
        admin: {
          description: {
            th: 'อธิบายเกณฑ์โอกาสและผลกระทบ 1–5 ที่ใช้',
            en: 'How likelihood and impact 1–5 are judged',
          },
        },
      },
      {
        name: 'rows',
        type: 'array',
        label: rows,
        labels: {
          singular: { th: 'ความเสี่ยง', en: 'Risk' },
          plural: { th: 'ความเสี่ยง', en: 'Risks' },
        },
        admin: rowLabel('process', 'level'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'lineOfWork',
                type: 'select',
                options: lineOfWorkOptions,
                label: labels.line,
                admin: { width: '40%' },
              },
              {
                name: 'process',
                type: 'text',
                localized: true,
                label: labels.process,
                admin: { width: '60%' },
              },
            ],
          },
          { name: 'riskIssue', type: 'textarea', localized: true, label: labels.issue },
          {
            name: 'existingControls',
            type: 'textarea',
            localized: true,
            label: { th: 'การควบคุมที่มีอยู่', en: 'Existing controls' },
          },
          {
            type: 'row',
            fields: [
              scaleField('likelihood', labels.likelihood),
              scaleField('impact', labels.impact),
              {
                name: 'score',
                type: 'number',
                label: { th: 'คะแนน', en: 'Score' },
                admin: { readOnly: true, width: '25%' },
              },
              {
                name: 'level',
                type: 'text',
                label: { th: 'ระดับความเสี่ยง', en: 'Level' },
                admin: { readOnly: true, width: '25%' },
              },
            ],
          },
          { name: 'mitigation', type: 'textarea', localized: true, label: labels.mitigation },
          {
            type: 'row',
            fields: [
              {
                name: 'indicator',
                type: 'text',
                localized: true,
                label: { th: 'ตัวชี้วัด/เป้าหมาย', en: 'Indicator and target' },
              },
              {
                name: 'owner',
                type: 'text',
                localized: true,
                label: { th: 'ผู้รับผิดชอบ', en: 'Owner' },
              },
              {
                name: 'timeline',
                type: 'text',
                localized: true,
                label: { th: 'ระยะเวลาดำเนินการ', en: 'Timeline' },
              },
            ],
          },
        ],
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [{ label: rows, check: everyRow('rows', rows, ['lineOfWork', labels.line]) }],
  },
)
