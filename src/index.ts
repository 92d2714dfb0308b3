export { oitPlugin } from './plugin'
export { oitMultiTenantOptions } from './multiTenant'
export { unitScopedCollections } from './collections'
export { installCatalogue } from './catalogue/install'
export { frameworks as officialFrameworks } from './catalogue/frameworks'
export { lawCategories as officialLawCategories } from './catalogue/lawCategories'
export type { LawCategoryData } from './catalogue/types'
export { runOitJobs, OIT_QUEUES } from './jobs/queues'
export {
  oitSettings,
  type OitCollectionOverride,
  type OitContentChange,
  type OitPluginOptions,
  type OitSettings,
} from './options'
export type { FrameworkData, FrameworkItem } from './frameworks/types'
