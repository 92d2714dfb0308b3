import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { frameworks } from '../../seed/data/frameworks'

/** Official frameworks stored before companion files existed get their items' generated formats. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const { docs } = await payload.find({ collection: 'oit-frameworks', limit: 1000, depth: 0, req })
  for (const doc of docs) {
    const official = frameworks.find((framework) => framework.unitType === doc.unitType && framework.fiscalYear === doc.fiscalYear)
    if (!official || doc.items?.some((item) => item.companions?.length)) continue
    const items = (doc.items ?? []).map((item) => ({ ...item, companions: official.items.find((candidate) => candidate.code === item.code)?.companions ?? [] }))
    await payload.update({ collection: 'oit-frameworks', id: doc.id, data: { items }, req })
  }
}

/** Data only: the formats stay (an empty list would stop generation, not restore a schema). */
export async function down(_args: MigrateDownArgs): Promise<void> {}
