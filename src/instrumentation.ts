/**
 * Initialise Payload when the server starts rather than on the first request, so a fresh
 * development database is seeded (and the demo logins announced) before anyone opens a page.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config })
}
