import type { MigrateDownArgs, MigrateUpArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

import { frameworks } from '../catalogue/frameworks'

/**
 * Publishing now checks what the element rules ask, so the rules ask what publishing asked before:
 * O25's photos have their caption and date, the head's news its body and cover picture. The fields
 * each rule asked until now:
 */
const askedBefore: Record<string, string[] | undefined> = {
  ...Object.fromEntries(['pr-point', 'service-signs', 'pledge-sign', 'no-gift-sign', 'manual-download-sign', 'facilities', 'oit-assignment', 'head-follow-up'].map((slot) => [`photo-${slot}`, ['photos']])),
  'head-activities': undefined,
}

const tightened = () =>
  frameworks.flatMap((framework) =>
    framework.items.flatMap((item) =>
      item.requiredElements
        .filter((element) => element.key in askedBefore && element.check?.type === 'records')
        .map((element) => {
          const { fields: _now, ...rest } = element.check as { fields?: string[] }
          const fields = askedBefore[element.key]
          return { framework, item, element, before: fields ? { ...rest, fields } : rest, after: element.check! }
        }),
    ),
  )

async function replace({ db }: MigrateUpArgs | MigrateDownArgs, up: boolean): Promise<void> {
  for (const { framework, item, element, before, after } of tightened()) {
    const [from, to] = up ? [before, after] : [after, before]
    // An installed rule someone edited is theirs: only the shipped one is replaced.
    await db.execute(sql`
      update oit_frameworks_items_required_elements e set "check" = ${JSON.stringify(to)}::jsonb
      from oit_frameworks_items i join oit_frameworks f on f.id = i._parent_id
      where e._parent_id = i.id and e.key = ${element.key} and e."check" = ${JSON.stringify(from)}::jsonb
        and i.code = ${item.code} and f.fiscal_year = ${framework.fiscalYear} and f.unit_type::text = ${framework.unitType}`)
  }
}

export const up = (args: MigrateUpArgs) => replace(args, true)
export const down = (args: MigrateDownArgs) => replace(args, false)
