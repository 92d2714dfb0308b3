import type { MigrateDownArgs, MigrateUpArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

import { frameworks } from '../catalogue/frameworks'

/** The official items that gained the published ITA action plan as evidence (station FY2568 O24 [001]). */
const gained = () =>
  frameworks.flatMap((framework) =>
    framework.items.flatMap((item) =>
      item.requiredElements.filter((element) => element.check?.type === 'records' && element.check.collection === 'ita-action-plans').map((element) => ({ framework, item, element })),
    ),
  )

const installedItem = (fiscalYear: number, unitType: string, code: string) => sql`
  select i.id from oit_frameworks_items i join oit_frameworks f on f.id = i._parent_id
  where i.code = ${code} and f.fiscal_year = ${fiscalYear} and f.unit_type::text = ${unitType}`

/** Installed frameworks get the element and the feed; frameworks installed later already have them. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { framework, item, element } of gained()) {
    const items = installedItem(framework.fiscalYear, framework.unitType, item.code)
    await db.execute(sql`
      insert into oit_frameworks_items_required_elements (_order, _parent_id, id, key, label, "check")
      select coalesce((select max(_order) from oit_frameworks_items_required_elements where _parent_id = i.id), 0) + 1, i.id,
             substr(md5(random()::text || i.id), 1, 24), ${element.key}, ${element.label}, ${JSON.stringify(element.check)}::jsonb
      from (${items}) i
      where not exists (select 1 from oit_frameworks_items_required_elements e where e._parent_id = i.id and e.key = ${element.key})`)
    await db.execute(sql`
      insert into oit_frameworks_items_feeds ("order", parent_id, value)
      select coalesce((select max("order") from oit_frameworks_items_feeds where parent_id = i.id), 0) + 1, i.id, 'ita-action-plans'
      from (${items}) i
      where not exists (select 1 from oit_frameworks_items_feeds x where x.parent_id = i.id and x.value = 'ita-action-plans')`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { framework, item, element } of gained()) {
    const items = installedItem(framework.fiscalYear, framework.unitType, item.code)
    await db.execute(sql`delete from oit_frameworks_items_required_elements where key = ${element.key} and _parent_id in (${items})`)
    await db.execute(sql`delete from oit_frameworks_items_feeds where value = 'ita-action-plans' and parent_id in (${items})`)
  }
}
