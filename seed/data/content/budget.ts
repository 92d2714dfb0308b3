/**
 * O12 spending plan and six-month report by source of allocation; O13 investigation and inquiry
 * fund.
 */
import type { InvestigationFundReport } from '../../../src/payload-types'
import { doc } from '../../lib/spec'
import { headName, type UnitProfile } from './profile'

export type BudgetSource = {
  source: string
  allocated: number
  plan: [number, number, number, number]
  spent: [number, number]
}

export const budgetReportDoc = (
  unit: UnitProfile,
  sources: BudgetSource[],
  problems: string,
  reportedOn: string,
  status?: 'draft',
) =>
  doc({
    collection: 'budget-reports',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    status,
    build: () => ({
      fiscalYear: unit.fiscalYear,
      sources: sources.map(({ source, allocated, plan, spent }) => ({
        source,
        allocated,
        planQ1: plan[0],
        planQ2: plan[1],
        planQ3: plan[2],
        planQ4: plan[3],
        spentQ1: spent[0],
        spentQ2: spent[1],
      })),
      problems,
      reportedToHeadOn: reportedOn,
      reportedTo: `${headName(unit).th} ${unit.head.position.th}`,
    }),
  })

type Period = NonNullable<InvestigationFundReport['spending']>[number]['period']

export type FundRow = { period: Period; cases: number; amount: number }

export const investigationFundDoc = (
  unit: UnitProfile,
  allocated: number,
  spending: FundRow[],
  notes: string,
) =>
  doc({
    collection: 'investigation-fund-reports',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    build: () => ({
      fiscalYear: unit.fiscalYear,
      allocated,
      spending: spending.map((row) => ({ ...row })),
      notes,
    }),
  })
