/**
 * The origins the admin and its API are used from: the public address (`OIT_PUBLIC_URL`, else the
 * development address) and the main host names (`OIT_MAIN_HOSTS`). Payload accepts its login cookie
 * only on requests from these (its `csrf` list): a page elsewhere cannot act as a signed-in
 * officer.
 */
export function adminOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = new Set<string>([new URL(env.OIT_PUBLIC_URL ?? 'http://localhost:3000').origin])
  if (!env.OIT_PUBLIC_URL || env.NODE_ENV !== 'production')
    for (const host of ['localhost', '127.0.0.1']) origins.add(`http://${host}:${env.PORT ?? 3000}`)
  for (const host of (env.OIT_MAIN_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean))
    origins.add(`https://${host}`)
  return [...origins]
}
