import type { ArrayField, Config, DateField, Field } from 'payload'

import { ADMIN_DATE_FORMAT, DAY_FORMAT, MONTH_FORMAT } from './buddhistEra'

const FIELD = 'police-oit/client#ThaiDateField'
const CHECKBOX_CELL = 'police-oit/client#CheckboxCell'

/**
 * A date field shown the Thai way: typed days and month lists to edit, Buddhist-era years in lists
 * and views.
 */
function thaiDate(field: DateField): DateField {
  const appearance = field.admin?.date?.pickerAppearance ?? 'dayOnly'
  const displayFormat =
    field.admin?.date?.displayFormat ??
    (appearance === 'monthOnly'
      ? MONTH_FORMAT
      : appearance === 'dayOnly' || appearance === 'default'
        ? DAY_FORMAT
        : ADMIN_DATE_FORMAT)
  const typed = appearance === 'dayOnly' || appearance === 'default' || appearance === 'monthOnly'
  return {
    ...field,
    admin: {
      ...field.admin,
      date: {
        ...field.admin?.date,
        pickerAppearance: appearance === 'default' ? 'dayOnly' : appearance,
        displayFormat,
      },
      components:
        typed && !field.admin?.components?.Field
          ? { ...field.admin?.components, Field: FIELD }
          : field.admin?.components,
    },
  }
}

/**
 * The field at a dotted path among sibling fields, looking through rows, collapsibles and named
 * groups.
 */
function fieldAt(fields: Field[], path: string): Field | undefined {
  const [name, ...rest] = path.split('.')
  for (const field of fields) {
    if (!('name' in field) && 'fields' in field && Array.isArray(field.fields)) {
      const found = fieldAt(field.fields, path)
      if (found) return found
    }
    if ('name' in field && field.name === name)
      return rest.length
        ? 'fields' in field
          ? fieldAt(field.fields, rest.join('.'))
          : undefined
        : field
  }
  return undefined
}

type RowLabelProps = { paths?: string[]; options?: Record<string, Record<string, unknown>> }

/**
 * Hands `RowLabel` the labels of the select values it names, so a row reads "งานสืบสวนปราบปราม",
 * not its key.
 */
function labelledRows(field: ArrayField): ArrayField {
  const rowLabel = field.admin?.components?.RowLabel
  const clientProps = (
    rowLabel && typeof rowLabel === 'object' && 'clientProps' in rowLabel
      ? rowLabel.clientProps
      : undefined
  ) as RowLabelProps | undefined
  if (!clientProps?.paths) return field
  const options = Object.fromEntries(
    clientProps.paths.flatMap((path) => {
      const found = fieldAt(field.fields, path)
      if (!found || (found.type !== 'select' && found.type !== 'radio')) return []
      return [
        [
          path,
          Object.fromEntries(
            found.options.map((option) =>
              typeof option === 'string' ? [option, option] : [option.value, option.label],
            ),
          ),
        ],
      ]
    }),
  )
  if (!Object.keys(options).length) return field
  return {
    ...field,
    admin: {
      ...field.admin,
      components: {
        ...field.admin!.components,
        RowLabel: { ...(rowLabel as object), clientProps: { ...clientProps, options } } as never,
      },
    },
  }
}

function walk(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return thaiDate(field)
    // Without `labels`, Payload names rows after the field's key ("เพิ่ม Feed Filter"): use its
    // label.
    if (field.type === 'array')
      return labelledRows({
        ...field,
        labels:
          field.labels ??
          (field.label ? { singular: field.label, plural: field.label } : undefined),
        fields: walk(field.fields),
      } as ArrayField)
    if (field.type === 'checkbox')
      return {
        ...field,
        admin: { ...field.admin, components: { Cell: CHECKBOX_CELL, ...field.admin?.components } },
      }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: walk(block.fields) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: walk(field.fields) } as Field
    return field
  })
}

/**
 * The admin as Thai officers read and write it: every date field of the given collections
 * is typed or picked by Thai month and BE year (`ThaiDateField`); every date the admin prints
 * (lists, document header, versions) carries its Buddhist-era year (`buddhistEra.ts`); checkboxes
 * read ใช่/ไม่ in lists; array rows are labelled with the words of their select values.
 */
export const thaiAdmin = (config: Config, slugs: ReadonlySet<string>): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    slugs.has(collection.slug) ? { ...collection, fields: walk(collection.fields) } : collection,
  ),
  admin: {
    ...config.admin,
    dateFormat: config.admin?.dateFormat ?? ADMIN_DATE_FORMAT,
    components: {
      ...config.admin?.components,
      providers: [
        ...(config.admin?.components?.providers ?? []),
        'police-oit/client#ThaiAdminProvider',
      ],
    },
  },
})
