/** `npm run seed`: adds whatever part of the frameworks and demo data is missing (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seedDemo } from './demo'
import { ensureFrameworks } from '../src/catalogue/ensureFrameworks'
import { frameworks as officialFrameworks } from '../src/catalogue/frameworks'

// onInit would seed an empty database too; here the seed runs once, explicitly.
const payload = await getPayload({ config, disableOnInit: true })
const frameworks = await ensureFrameworks(payload, officialFrameworks)
const { created } = await seedDemo(payload)
payload.logger.info(`Seed: ${frameworks} frameworks and ${created} demo records created.`)
await payload.destroy()
process.exit(0)
