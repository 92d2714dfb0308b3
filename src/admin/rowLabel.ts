/** `admin.components.RowLabel` for an array labelled by the given row fields. */
export const rowLabel = (...paths: string[]) => ({
  components: { RowLabel: { path: 'police-oit/client#RowLabel', clientProps: { paths } } },
})
