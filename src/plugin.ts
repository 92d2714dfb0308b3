import type { Config } from 'payload'

import { Authorities } from './collections/Authorities'
import { BudgetReports } from './collections/BudgetReports'
import { CheckpointStatistics } from './collections/CheckpointStatistics'
import { CommitteeMembers } from './collections/CommitteeMembers'
import { CommitteeReports } from './collections/CommitteeReports'
import { ComplaintStatistics } from './collections/ComplaintStatistics'
import { CorruptionComplaints } from './collections/CorruptionComplaints'
import { CrimeStatistics } from './collections/CrimeStatistics'
import { Disclosures } from './collections/Disclosures'
import { Documents } from './collections/Documents'
import { EServices } from './collections/EServices'
import { Executives } from './collections/Executives'
import { Feedback } from './collections/Feedback'
import { InvestigationFundReports } from './collections/InvestigationFundReports'
import { ItaActionPlans } from './collections/ItaActionPlans'
import { LawCategories } from './collections/LawCategories'
import { Laws } from './collections/Laws'
import { Manuals } from './collections/Manuals'
import { MeasureReports } from './collections/MeasureReports'
import { Media } from './collections/Media'
import { MonthlyReports } from './collections/MonthlyReports'
import { News } from './collections/News'
import { OitAssignments } from './collections/OitAssignments'
import { OitFrameworks } from './collections/OitFrameworks'
import { OrgStructures } from './collections/OrgStructures'
import { Policies } from './collections/Policies'
import { ProcurementAnnouncements } from './collections/ProcurementAnnouncements'
import { ProcurementSummaries } from './collections/ProcurementSummaries'
import { ReviewFindings } from './collections/ReviewFindings'
import { RiskAssessments } from './collections/RiskAssessments'
import { Pages } from './collections/Pages'
import { RiskReports } from './collections/RiskReports'
import { Units } from './collections/Units'
import { isPrivate, isUnitScoped, usesTenantPlugin } from './collections/unitScoped'
import { CompanionFiles } from './collections/CompanionFiles'
import { CompanionStatuses } from './collections/CompanionStatuses'
import { PublicationDates } from './collections/PublicationDates'
import { withPublicationDates } from './compliance/publicationDates'
import { thaiAdmin } from './admin/thaiAdmin'
import { companions } from './companions/plugin'
import { egpFeeds } from './egp/plugin'
import { compliance } from './compliance/plugin'
import { Users } from './collections/Users'
import { reliableDatabase } from './database/plugin'
import { scopeDocumentLocks } from './access/lockedDocuments'
import { withSiteRevalidation } from './theme/revalidate'

export type OitPluginOptions = {
  /** Payload plugin convention: `false` leaves the config untouched. @default true */
  enabled?: boolean
}

/** In checklist order, which is also the order of the admin navigation. */
const collections = [
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

const allCollections = [...collections, CompanionFiles, CompanionStatuses, PublicationDates]

/** Collections whose documents belong to a unit through a `tenant` field. */
export const unitScopedCollections = allCollections.filter(isUnitScoped).map(({ slug }) => slug)
/** Those that get the `tenant` field and admin tenant selector from the multi-tenant plugin. */
export const tenantPluginCollections = allCollections.filter(usesTenantPlugin).map(({ slug }) => slug)

/**
 * The police-oit plugin: units (the tenants), staff with roles, the OIT frameworks as data and the
 * unit-scoped content collections, with their access rules and hooks.
 */
export const oitPlugin =
  (options: OitPluginOptions = {}) =>
  (incoming: Config): Config => {
    if (options.enabled === false) return incoming
    const clash = allCollections.find((collection) => incoming.collections?.some(({ slug }) => slug === collection.slug))
    if (clash) throw new Error(`oitPlugin: the host config already defines a "${clash.slug}" collection`)
    const shown = [...collections.map((collection) => (isPrivate(collection) ? collection : withSiteRevalidation(withPublicationDates(collection)))), PublicationDates]
    const config = thaiAdmin(reliableDatabase(egpFeeds(compliance(companions({ ...incoming, admin: { ...incoming.admin, user: incoming.admin?.user ?? Users.slug } }, shown)))))
    return {
      ...config,
      onInit: async (payload) => {
        scopeDocumentLocks(payload)
        await config.onInit?.(payload)
      },
    }
  }
