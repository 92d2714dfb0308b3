import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { tenantIDOf } from '../../access/unitContent'
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
export const fillCrimeGroups: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const tenant = tenantIDOf(data.tenant ?? originalDoc?.tenant)
  const fiscalYear = data.fiscalYear ?? originalDoc?.fiscalYear
  if (tenant == null || fiscalYear == null) return data
  const groups = groupsOf(await frameworkFor(req, tenant, fiscalYear))
  if (!groups.length) return data
  const rows = (data.rows ?? originalDoc?.rows ?? []) as Row[]
  if (!rows.length) return { ...data, rows: groups.map(({ key, label }) => ({ group: key, label })) }

  // Rows imported from a sheet name their group by its words: find its key.
  const plain = (text: string) => text.replace(/\s+/g, '')
  for (const row of rows) {
    if (!row.group && row.label) row.group = groups.find(({ label }) => plain(label) === plain(row.label!))?.key ?? row.label
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
      : { th: `ไม่มีกลุ่มคดี "${row.group ?? ''}" ในเกณฑ์ปีงบประมาณนี้ (มี: ${groups.map((g) => g.label).join(', ')})`, en: `"${row.group ?? ''}" is not an offence group of this year's framework` }
    return [{ path: `rows.${index}.group`, message: `กลุ่มคดี แถวที่ ${index + 1}: ${problem.th} / Offence group row ${index + 1}: ${problem.en}` }]
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return { ...data, rows }
}

/** Every offence group of the framework has a row. */
export const coversEveryGroup: Check = (doc, { framework }) => {
  const present = new Set(((doc.rows ?? []) as Row[]).map((row) => row.group))
  return groupsOf(framework)
    .filter(({ key }) => !present.has(key))
    .map(({ label }) => ({ path: 'rows', field: { th: `แถวของกลุ่ม "${label}"`, en: `a row for "${label}"` } }))
}
