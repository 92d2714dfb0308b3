/**
 * The bundled theme's server parts a host's own Next routes use (the routes themselves live in
 * `src/app`).
 */
export { refreshSitesOnChange, refreshAllSites, refreshUnitSites } from '../theme/revalidate'
export { findPublic, loadSite, siteOf, type Site } from '../theme/site'
