/**
 * The host app's Payload config, as Payload's Next setup aliases it (`@payload-config`): what the
 * theme reads through.
 */
declare module '@payload-config' {
  import type { SanitizedConfig } from 'payload'

  const config: Promise<SanitizedConfig>
  export default config
}
