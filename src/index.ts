export { oitPlugin, unitScopedCollections, type OitPluginOptions } from './plugin'
export { oitMultiTenantOptions } from './multiTenant'
export type { FrameworkData, FrameworkItem } from './frameworks/types'
