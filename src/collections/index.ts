import type { CollectionConfig } from 'payload'

import { Authorities } from './Authorities'
import { BudgetReports } from './BudgetReports'
import { CheckpointStatistics } from './CheckpointStatistics'
import { CommitteeMembers } from './CommitteeMembers'
import { CommitteeReports } from './CommitteeReports'
import { ComplaintStatistics } from './ComplaintStatistics'
import { CorruptionComplaints } from './CorruptionComplaints'
import { CrimeStatistics } from './CrimeStatistics'
import { Disclosures } from './Disclosures'
import { Documents } from './Documents'
import { EServices } from './EServices'
import { Executives } from './Executives'
import { Feedback } from './Feedback'
import { InvestigationFundReports } from './InvestigationFundReports'
import { ItaActionPlans } from './ItaActionPlans'
import { LawCategories } from './LawCategories'
import { Laws } from './Laws'
import { Manuals } from './Manuals'
import { MeasureReports } from './MeasureReports'
import { Media } from './Media'
import { MonthlyReports } from './MonthlyReports'
import { News } from './News'
import { OitAssignments } from './OitAssignments'
import { OitFrameworks } from './OitFrameworks'
import { OrgStructures } from './OrgStructures'
import { Policies } from './Policies'
import { ProcurementAnnouncements } from './ProcurementAnnouncements'
import { ProcurementSummaries } from './ProcurementSummaries'
import { ReviewFindings } from './ReviewFindings'
import { RiskAssessments } from './RiskAssessments'
import { Pages } from './Pages'
import { RiskReports } from './RiskReports'
import { Units } from './Units'
import { CompanionFiles } from './CompanionFiles'
import { CompanionStatuses } from './CompanionStatuses'
import { PublicationDates } from './PublicationDates'
import { Users } from './Users'
import { isUnitScoped, usesTenantPlugin } from './unitScoped'

/** In checklist order, which is also the order of the admin navigation. */
export const checklistCollections: CollectionConfig[] = [
  Users,
  Units,
  OitFrameworks,
  Executives,
  OrgStructures,
  Authorities,
  LawCategories,
  Laws,
  CommitteeMembers,
  CommitteeReports,
  News,
  MonthlyReports,
  Manuals,
  EServices,
  CrimeStatistics,
  CheckpointStatistics,
  BudgetReports,
  InvestigationFundReports,
  ProcurementAnnouncements,
  ProcurementSummaries,
  ComplaintStatistics,
  Policies,
  RiskAssessments,
  RiskReports,
  MeasureReports,
  Disclosures,
  ReviewFindings,
  OitAssignments,
  ItaActionPlans,
  Pages,
  Feedback,
  CorruptionComplaints,
  Media,
  Documents,
]

export const allCollections: CollectionConfig[] = [
  ...checklistCollections,
  CompanionFiles,
  CompanionStatuses,
  PublicationDates,
]

/** Collections whose documents belong to a unit through a `tenant` field. */
export const unitScopedCollections = allCollections.filter(isUnitScoped).map(({ slug }) => slug)
/** Those that get the `tenant` field and admin tenant selector from the multi-tenant plugin. */
export const tenantPluginCollections = allCollections
  .filter(usesTenantPlugin)
  .map(({ slug }) => slug)
