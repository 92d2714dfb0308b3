import { siteRouteHandler, sitemap } from '@/theme/feeds'

export const GET = siteRouteHandler(sitemap)
