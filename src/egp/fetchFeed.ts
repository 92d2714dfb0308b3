import type { OitSettings } from '../options'
import { decodeFeed, FeedError, parseFeed, type FeedItem } from './feed'

/**
 * Where e-GP's feed of one announcement type for one department is (`{deptsubId}`, `{type}` in the
 * template).
 */
export const egpFeedURL = (template: string, deptsubId: string, type: string): string =>
  template
    .replaceAll('{deptsubId}', encodeURIComponent(deptsubId))
    .replaceAll('{type}', encodeURIComponent(type))

/** Far above a department's feed (tens of items); a larger answer is not a feed. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024
const TIMEOUT_MS = 30_000

async function fetchFeed(url: string, type: string): Promise<FeedItem[]> {
  let reply: Response
  try {
    reply = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { Accept: 'application/rss+xml, text/xml' },
    })
  } catch (err) {
    throw new FeedError(
      `ติดต่อระบบ e-GP ไม่ได้ (${(err as Error).name === 'TimeoutError' ? 'หมดเวลา' : (err as Error).message})`,
      `e-GP did not answer (${(err as Error).message})`,
    )
  }
  if (!reply.ok)
    throw new FeedError(`ระบบ e-GP ตอบกลับ ${reply.status}`, `e-GP answered ${reply.status}`)
  const bytes = new Uint8Array(await reply.arrayBuffer())
  if (bytes.byteLength > MAX_FEED_BYTES)
    throw new FeedError('คำตอบจากระบบ e-GP ใหญ่ผิดปกติ', 'the e-GP answer is too large')
  return parseFeed(decodeFeed(bytes, reply.headers.get('content-type')), type)
}

/**
 * A unit's announcements of every type fetched. A type whose feed fails is reported and the others
 * kept; when all fail, the error is thrown (the job is retried later).
 */
export async function fetchUnitFeeds(
  deptsubId: string,
  { feedURL, types }: OitSettings['egp'],
): Promise<{ items: FeedItem[]; failures: string[] }> {
  const results = await Promise.allSettled(
    types.map((type) => fetchFeed(egpFeedURL(feedURL, deptsubId, type), type)),
  )
  const failures = results.flatMap((result, index) =>
    result.status === 'rejected'
      ? [
          `${types[index]}: ${result.reason instanceof FeedError ? result.reason.th : String(result.reason)}`,
        ]
      : [],
  )
  if (failures.length === types.length) {
    const first = results[0] as PromiseRejectedResult
    throw first.reason instanceof FeedError
      ? first.reason
      : new FeedError(String(first.reason), String(first.reason))
  }
  return {
    items: results.flatMap((result) => (result.status === 'fulfilled' ? result.value : [])),
    failures,
  }
}
