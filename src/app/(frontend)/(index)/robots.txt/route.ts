import { robotsTxt } from '@/theme/feeds'
import { publicPayload } from '@/theme/payload'
import { oitSettings } from '@/options'
import { originOf } from '@/routing/publicAddresses'

// Read per request: at build time there may be no database yet, and units come and go.
export const dynamic = 'force-dynamic'

/** The main host: every unit's site is crawlable, each with its own sitemap. */
export async function GET(): Promise<Response> {
  const payload = await publicPayload()
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    where: { unitType: { not_equals: 'hq' } },
  })
  const origin = originOf(oitSettings(payload).publicURL)
  return robotsTxt(docs.map((unit) => `${origin}/u/${unit.slug}/sitemap.xml`))
}
