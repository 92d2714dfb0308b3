import { robots, siteRouteHandler } from '@/theme/feeds'

export const GET = siteRouteHandler(robots)
