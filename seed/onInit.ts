import type { Payload } from 'payload'

import { seedDemo } from './demo'
import { ensureFrameworks } from './frameworks'
import { ensureLawCategories } from './lawCategories'

/**
 * Start-up: the official OIT frameworks and the shared law categories are ensured everywhere (they are product data); in
 * development an empty database also gets the demo units, users and content.
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  const frameworks = await ensureFrameworks(payload)
  if (frameworks) payload.logger.info(`Added ${frameworks} official OIT frameworks.`)
  const categories = await ensureLawCategories(payload)
  if (categories) payload.logger.info(`Added ${categories} shared law categories.`)
  if (process.env.NODE_ENV === 'production') return
  const { totalDocs } = await payload.count({ collection: 'units' })
  if (totalDocs) return
  const { created } = await seedDemo(payload)
  payload.logger.info(`Empty database: seeded ${created} demo records. Log in as admin@demo.local / demo-password.`)
}
