/** `npm run seed`: adds whatever part of the frameworks and demo data is missing (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seedDemo } from './demo'
import { ensureFrameworks } from './frameworks'

const payload = await getPayload({ config })
const frameworks = await ensureFrameworks(payload)
const { created } = await seedDemo(payload)
payload.logger.info(`Seed: ${frameworks} frameworks and ${created} demo records created.`)
await payload.destroy()
process.exit(0)
