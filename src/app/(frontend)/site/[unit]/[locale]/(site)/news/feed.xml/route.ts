import { newsFeed, siteRouteHandler } from '@/theme/feeds'

export const GET = siteRouteHandler(newsFeed)
