import { budgetReports } from './budgetReports'
import { checkpointStatistics } from './checkpointStatistics'
import { complaintStatistics } from './complaintStatistics'
import { crimeStatistics } from './crimeStatistics'
import { investigationFundReports } from './investigationFundReports'
import { monthlyReports } from './monthlyReports'
import { procurementSummaries } from './procurementSummaries'
import { riskAssessments } from './riskAssessments'
import type { CompanionSource } from './types'

/** Collections whose data the companion files are built from, by slug. */
export const companionSources: Record<string, CompanionSource> = Object.fromEntries(
  [
    monthlyReports,
    crimeStatistics,
    checkpointStatistics,
    budgetReports,
    investigationFundReports,
    procurementSummaries,
    complaintStatistics,
    riskAssessments,
  ].map((source) => [source.collection, source]),
)
