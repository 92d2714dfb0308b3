/**
 * `npm run migrate`: applies the committed migrations (src/migrations) to DATABASE_URL.
 * Used instead of `payload migrate`, whose CLI exits silently without migrating now and then.
 */
import { getPayload } from 'payload'

import config from '../payload.config'

process.env.PAYLOAD_MIGRATING = 'true' // no dev schema push while migrating
const payload = await getPayload({ config, disableOnInit: true })
await payload.db.migrate()
await payload.destroy()
console.log('[migrate] done')
process.exit(0)
