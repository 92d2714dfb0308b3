import { amountColumn, textColumn, type RowImportSpec } from '../../imports/rowImport'
import { crimeLabels } from './labels'

/**
 * Crime statistics rows from a sheet: one line per offence group (its key or its words), three
 * counts.
 */
export const crimeImport: RowImportSpec = {
  rows: 'rows',
  label: crimeLabels.rows,
  columns: [
    textColumn(
      'group',
      crimeLabels.group,
      [crimeLabels.group.th, crimeLabels.group.en],
      (row, value) => (row.group = value),
    ),
    textColumn(
      'label',
      crimeLabels.label,
      [crimeLabels.label.th, 'ประเภทคดี', 'กลุ่มความผิด', crimeLabels.label.en],
      (row, value) => (row.label = value),
      true,
    ),
    amountColumn(
      'reported',
      crimeLabels.reported,
      [crimeLabels.reported.th, 'รับแจ้ง', crimeLabels.reported.en],
      (row, value) => (row.reported = value),
      true,
    ),
    amountColumn(
      'arrested',
      crimeLabels.arrested,
      [crimeLabels.arrested.th, 'จับ', crimeLabels.arrested.en],
      (row, value) => (row.arrested = value),
      true,
    ),
    amountColumn(
      'suspects',
      crimeLabels.suspects,
      [crimeLabels.suspects.th, 'ผู้ต้องหา', crimeLabels.suspects.en],
      (row, value) => (row.suspects = value),
      true,
    ),
  ],
}
