/**
 * Initialise Payload when the server starts rather than on the first request, so a fresh
 * development database is seeded (and the demo logins announced) before anyone opens a page, and
 * the jobs runner starts with the server: Payload starts it only for a `cron` caller (its API
 * routes), so queued files would otherwise wait for the first API request after a restart.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
