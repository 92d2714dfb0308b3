import type { CollectionConfig, Config } from 'payload'

import { CompanionFiles } from '../collections/CompanionFiles'
import { CompanionStatuses } from '../collections/CompanionStatuses'
import { withSiteRevalidation } from '../theme/revalidate'
import { COMPANIONS_QUEUE, generateCompanionsTask, generateSignsTask, releaseStaleJobs } from './jobs'
import { queueCompanionsOnChange, queueCompanionsOnDelete, queueOnUnitChange } from './queue'
import { companionSources } from './sources'
import { companionStatusEndpoint } from './statusEndpoint'

/** A source collection queues generation on every change and shows its files' state in the admin; units queue their signs. */
const withCompanions = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'units'
    ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueOnUnitChange] } }
    : companionSources[collection.slug]
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), queueCompanionsOnChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), queueCompanionsOnDelete],
        },
        fields: [...collection.fields, { name: 'companionFiles', type: 'ui', admin: { position: 'sidebar', components: { Field: '/companions/admin/CompanionStatus#CompanionStatus' } } }],
      }
    : collection

/**
 * Companion files: the collections they are stored in (a stored file refreshes its unit's pages),
 * the hooks that queue their generation, the generation task, and the in-app runner (every 5 s; `OIT_JOBS_IN_APP=false` leaves the queue to
 * `npm run jobs` workers).
 */
export const companions = (config: Config, collections: CollectionConfig[]): Config => ({
  ...config,
  collections: [...(config.collections ?? []), ...collections.map(withCompanions), withSiteRevalidation(CompanionFiles), CompanionStatuses],
  endpoints: [...(config.endpoints ?? []), companionStatusEndpoint],
  jobs: {
    ...config.jobs,
    enableConcurrencyControl: true,
    tasks: [...(config.jobs?.tasks ?? []), generateCompanionsTask, generateSignsTask],
    autoRun: () => (process.env.OIT_JOBS_IN_APP === 'false' ? [] : [{ cron: '*/5 * * * * *', queue: COMPANIONS_QUEUE, limit: 4 }]),
    shouldAutoRun: async (payload) => {
      await releaseStaleJobs(payload)
      return true
    },
  },
})
