import { robotsTxt } from '@/theme/feeds'
import { publicPayload } from '@/theme/payload'
import { publicOrigin } from '@/theme/routing'

// Read per request: at build time there may be no database yet, and units come and go.
export const dynamic = 'force-dynamic'

/** The main host: every unit's site is crawlable, each with its own sitemap. */
export async function GET(): Promise<Response> {
  const payload = await publicPayload()
  const { docs } = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, overrideAccess: false, where: { unitType: { not_equals: 'hq' } } })
  return robotsTxt(docs.map((unit) => `${publicOrigin()}/u/${unit.slug}/sitemap.xml`))
}
