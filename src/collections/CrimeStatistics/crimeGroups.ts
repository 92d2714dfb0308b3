import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import type { CollectionBeforeValidateHook, DefaultValue } from 'payload'
import { ValidationError } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
import { calendarMonthStart, fiscalYearOf } from '../../fiscal'
import type { KeyedLabel } from '../../frameworks/types'
import type { Check } from '../../requirements/checks'
import { frameworkFor, itemsFedBy, type UnitFramework } from '../../requirements/frameworkFor'

type Row = { group?: string; label?: string; [field: string]: unknown }

const groupsOf = (framework: UnitFramework): KeyedLabel[] =>
  itemsFedBy(framework, 'crime-statistics').flatMap((item) => item.crimeGroups ?? [])

/**
 * The offence groups come from the unit's framework for the report's fiscal year: a new report gets
 * one empty row per group; a row may name its group by key or by its words; rows for groups the
 * framework does not have, or twice, are refused.
 */
export const fillCrimeGroups: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const tenant = tenantIDOf(data.tenant ?? originalDoc?.tenant)
  const fiscalYear = data.fiscalYear ?? originalDoc?.fiscalYear
  if (tenant == null || fiscalYear == null) return data
  const groups = groupsOf(await frameworkFor(req, tenant, fiscalYear))
  if (!groups.length) return data
  const rows = (data.rows ?? originalDoc?.rows ?? []) as Row[]
  // No numbers yet (a new report, or the form's default rows of another unit's framework): this
  // framework's groups.
  const untouched = rows.every((row) =>
    ['reported', 'arrested', 'suspects'].every((field) => row[field] == null),
  )
  if (
    untouched &&
    (!rows.length ||
      rows.some((row) => !groups.some(({ key }) => key === row.group)) ||
      rows.length !== groups.length)
  ) {
    return { ...data, rows: groups.map(({ key, label }) => ({ group: key, label })) }
  }

  // Rows imported from a sheet name their group by its words: find its key.
  const plain = (text: string) => text.replace(/\s+/g, '')
  for (const row of rows) {
    if (!row.group && row.label)
      row.group = groups.find(({ label }) => plain(label) === plain(row.label!))?.key ?? row.label
  }
  const seen = new Set<string>()
  const errors = rows.flatMap((row, index) => {
    const known = groups.find(({ key }) => key === row.group)
    const duplicate = row.group != null && seen.has(row.group)
    if (row.group) seen.add(row.group)
    if (known && !duplicate) {
      row.label = known.label
      return []
    }
    const problem = duplicate
      ? { th: 'กลุ่มคดีซ้ำกับแถวก่อนหน้า', en: 'the same offence group appears twice' }
      : {
          th: `ไม่มีกลุ่มคดี "${row.group ?? ''}" ในเกณฑ์ปีงบประมาณนี้ (มี: ${groups.map((g) => g.label).join(', ')})`,
          en: `"${row.group ?? ''}" is not an offence group of this year's framework`,
        }
    return [
      {
        path: `rows.${index}.group`,
        message: `กลุ่มคดี แถวที่ ${index + 1}: ${problem.th} / Offence group row ${index + 1}: ${problem.en}`,
      },
    ]
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return { ...data, rows }
}

/**
 * A new report's form opens with one row per offence group, so the clerk types numbers at once: the
 * unit chosen in the admin (else the user's first), the fiscal year of the month the form defaults
 * to.
 */
export const defaultCrimeRows: DefaultValue = async ({ req, user }) => {
  const assigned = (user as { tenants?: { tenant?: unknown }[] } | null)?.tenants?.[0]?.tenant
  const tenant = getTenantFromCookie(req.headers, 'number') ?? tenantIDOf(assigned)
  if (tenant == null) return []
  const groups = groupsOf(
    await frameworkFor(req, tenant, fiscalYearOf(calendarMonthStart(new Date()))),
  )
  return groups.map(({ key, label }) => ({ group: key, label }))
}

/** Every offence group of the framework has a row. */
export const coversEveryGroup: Check = (doc, { framework }) => {
  const present = new Set(((doc.rows ?? []) as Row[]).map((row) => row.group))
  return groupsOf(framework)
    .filter(({ key }) => !present.has(key))
    .map(({ label }) => ({
      path: 'rows',
      field: { th: `แถวของกลุ่ม "${label}"`, en: `a row for "${label}"` },
    }))
}
