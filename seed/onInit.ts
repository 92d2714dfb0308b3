import type { Payload } from 'payload'

import { seedDemo } from './demo'

/**
 * Development start-up: an empty database gets the demo units, users and content (the plugin has
 * installed the frameworks).
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV === 'production') return
  const { totalDocs } = await payload.count({ collection: 'units' })
  if (totalDocs) return
  const { created } = await seedDemo(payload)
  payload.logger.info(
    `Empty database: seeded ${created} demo records. Log in as admin@demo.local / demo-password.`,
  )
}
