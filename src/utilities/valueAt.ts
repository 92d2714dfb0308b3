/** The value at a dotted path ("winner.price", "rows.0.group"), or undefined. */
export const valueAt = (data: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]),
      data,
    )
