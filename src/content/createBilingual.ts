import type { Payload, PayloadRequest } from 'payload'

import { keepRequestLocale } from '../utilities/keepRequestLocale'

type Stored = { id: number | string; [field: string]: unknown }

/**
 * The local API without per-collection generics: callers pass data built for the collection they
 * name.
 */
type LooseLocalAPI = {
  create(options: Record<string, unknown>): Promise<Stored>
  update(options: Record<string, unknown>): Promise<Stored>
}

/** Drops `undefined` values, so English left out falls back to Thai instead of erasing it. */
const defined = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(defined)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, defined(v)]),
    )
  }
  return value
}

/**
 * Localized values of array rows live on the row: the English rows take the IDs of the rows just
 * stored.
 */
const onStoredRows = (value: unknown, stored: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map((row, index) => {
      const storedRow = Array.isArray(stored)
        ? (stored[index] as Record<string, unknown> | undefined)
        : undefined
      const aligned = onStoredRows(row, storedRow)
      return aligned &&
        typeof aligned === 'object' &&
        !Array.isArray(aligned) &&
        storedRow?.id != null
        ? { ...aligned, id: storedRow.id }
        : aligned
    })
  }
  if (value && typeof value === 'object' && stored && typeof stored === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        onStoredRows(v, (stored as Record<string, unknown>)[k]),
      ]),
    )
  }
  return value
}

type Bilingual = {
  collection: string
  th: object
  en?: object
  status?: 'draft' | 'published'
  req?: PayloadRequest
}

/** One write per locale: Thai first, then English onto the stored document (and its array rows). */
async function writeBilingual(
  payload: Payload,
  { collection, th, en, status, req }: Bilingual,
  writeThai: (local: LooseLocalAPI, common: object, data: object) => Promise<Stored>,
): Promise<Stored> {
  const local = payload as unknown as LooseLocalAPI
  const withStatus = (data: object) => (status ? { ...data, _status: status } : data)
  const write = <T>(call: () => Promise<T>) => (req ? keepRequestLocale(req, call) : call())
  const common = { collection, depth: 0, ...(req ? { req, overrideAccess: true } : {}) }
  const stored = await write(() => writeThai(local, common, withStatus(defined(th) as object)))
  if (en)
    await write(() =>
      local.update({
        ...common,
        id: stored.id,
        locale: 'en',
        data: withStatus(onStoredRows(defined(en), stored) as object),
      }),
    )
  return stored
}

/**
 * Creates a document in Thai, then stores its English values on the same document (and the same
 * array rows). With `req` the writes join its transaction and leave its locale as it was.
 */
export const createBilingual = (
  payload: Payload,
  { file, ...options }: Bilingual & { file?: object },
): Promise<Stored> =>
  writeBilingual(payload, options, (local, common, data) =>
    local.create({ ...common, locale: 'th', data, ...(file ? { file } : {}) }),
  )

/**
 * Updates an existing document the same way (e.g. a unit's new array rows with their English
 * labels).
 */
export const updateBilingual = (
  payload: Payload,
  { id, ...options }: Bilingual & { id: number | string },
): Promise<Stored> =>
  writeBilingual(payload, options, (local, common, data) =>
    local.update({ ...common, id, locale: 'th', data }),
  )
