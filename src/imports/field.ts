import type { Condition, UIField } from 'payload'

import type { RowImportSpec } from './rowImport'

/**
 * The edit view's "import from Excel/CSV" box (`ImportRows`) for a collection's rows
 * (`importRowsEndpoint`).
 */
export const importRowsField = (
  spec: RowImportSpec,
  { condition }: { condition?: Condition } = {},
): UIField => ({
  name: `${spec.rows}Import`,
  type: 'ui',
  admin: {
    condition,
    components: {
      Field: {
        path: 'police-oit/client#ImportRows',
        clientProps: {
          rows: spec.rows,
          label: spec.label,
          alsoFrom: spec.sources?.map((source) => source.label) ?? [],
          columns: spec.columns.map((column) => ({
            key: column.key,
            label: column.label,
            header: column.headers[0],
          })),
        },
      },
    },
  },
})
