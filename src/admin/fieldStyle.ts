import type { CSSProperties } from 'react'

/** How Payload sizes a field within a row (its `mergeFieldStyles`, which it does not export). */
export const fieldStyle = (field: {
  admin?: { style?: CSSProperties; width?: string | number }
}): CSSProperties => ({
  ...field.admin?.style,
  ...(field.admin?.width ? { '--field-width': field.admin.width } : { flex: '1 1 auto' }),
  ...(field.admin?.style?.flex ? { flex: field.admin.style.flex } : {}),
})
