import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { frameworks } from '../catalogue/frameworks'

/**
 * Official frameworks stored before companion files existed get their items' generated formats.
 * Plain SQL on the tables as they were then: the local API would read columns later migrations add.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const framework of frameworks) {
    for (const item of framework.items) {
      if (!item.companions?.length) continue
      const formats = sql.join(item.companions.map((format, index) => sql`(${index + 1}, ${format})`), sql`, `)
      await db.execute(sql`
        insert into oit_frameworks_items_companions ("order", parent_id, value)
        select c.position::int, i.id, c.format::enum_oit_frameworks_items_companions
        from oit_frameworks_items i join oit_frameworks f on f.id = i._parent_id, (values ${formats}) as c(position, format)
        where f.fiscal_year = ${framework.fiscalYear} and f.unit_type::text = ${framework.unitType} and i.code = ${item.code}
          and not exists (select 1 from oit_frameworks_items_companions existing where existing.parent_id = i.id)`)
    }
  }
}

/** Data only: the formats stay (an empty list would stop generation, not restore a schema). */
export async function down(_args: MigrateDownArgs): Promise<void> {}
