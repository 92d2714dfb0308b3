import { publicPayload } from '@/theme/payload'
import { publicOrigin } from '@/theme/site'

/** The main host: every unit's site is crawlable, each with its own sitemap. */
export async function GET(): Promise<Response> {
  const payload = await publicPayload()
  const { docs } = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, overrideAccess: false, where: { unitType: { not_equals: 'hq' } } })
  const sitemaps = docs.map((unit) => `Sitemap: ${publicOrigin()}/u/${unit.slug}/sitemap.xml`).join('\n')
  return new Response(`User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api\n\n${sitemaps}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
