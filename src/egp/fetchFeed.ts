import { decodeFeed, FeedError, parseFeed, type FeedItem } from './feed'

/** The Comptroller General's announcement feed; `OIT_EGP_FEED_URL` may point elsewhere (a mirror, a proxy). */
export const EGP_FEED_URL = 'http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml?deptsubId={deptsubId}&anounceType={type}'

/** The announcement types fetched (`OIT_EGP_TYPES`): plan, draft TOR, invitation, reference price, winner. */
export const egpFeedTypes = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.OIT_EGP_TYPES || 'P0,B0,D0,15,W0').split(',').map((type) => type.trim()).filter(Boolean)

export const egpFeedURL = (deptsubId: string, type: string, env: NodeJS.ProcessEnv = process.env): string =>
  (env.OIT_EGP_FEED_URL || EGP_FEED_URL).replaceAll('{deptsubId}', encodeURIComponent(deptsubId)).replaceAll('{type}', encodeURIComponent(type))

/** Far above a department's feed (tens of items); a larger answer is not a feed. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024
const TIMEOUT_MS = 30_000

async function fetchFeed(url: string, type: string): Promise<FeedItem[]> {
  let reply: Response
  try {
    reply = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { Accept: 'application/rss+xml, text/xml' } })
  } catch (err) {
    throw new FeedError(`ติดต่อระบบ e-GP ไม่ได้ (${(err as Error).name === 'TimeoutError' ? 'หมดเวลา' : (err as Error).message})`, `e-GP did not answer (${(err as Error).message})`)
  }
  if (!reply.ok) throw new FeedError(`ระบบ e-GP ตอบกลับ ${reply.status}`, `e-GP answered ${reply.status}`)
  const bytes = new Uint8Array(await reply.arrayBuffer())
  if (bytes.byteLength > MAX_FEED_BYTES) throw new FeedError('คำตอบจากระบบ e-GP ใหญ่ผิดปกติ', 'the e-GP answer is too large')
  return parseFeed(decodeFeed(bytes, reply.headers.get('content-type')), type)
}

/**
 * A unit's announcements of every type fetched. A type whose feed fails is reported and the others
 * kept; when all fail, the error is thrown (the job is retried later).
 */
export async function fetchUnitFeeds(deptsubId: string, env: NodeJS.ProcessEnv = process.env): Promise<{ items: FeedItem[]; failures: string[] }> {
  const types = egpFeedTypes(env)
  const results = await Promise.allSettled(types.map((type) => fetchFeed(egpFeedURL(deptsubId, type, env), type)))
  const failures = results.flatMap((result, index) => (result.status === 'rejected' ? [`${types[index]}: ${result.reason instanceof FeedError ? result.reason.th : String(result.reason)}`] : []))
  if (failures.length === types.length) {
    const first = results[0] as PromiseRejectedResult
    throw first.reason instanceof FeedError ? first.reason : new FeedError(String(first.reason), String(first.reason))
  }
  return { items: results.flatMap((result) => (result.status === 'fulfilled' ? result.value : [])), failures }
}
