import { APIError, type Payload } from 'payload'

export const busyMessage =
  'ระบบมีผู้บันทึกข้อมูลพร้อมกันมากเกินไป ยังไม่ได้บันทึก กรุณาลองอีกครั้งในอีกสักครู่ / ' +
  'The server is busy with other saves; nothing was saved. Please try again in a moment.'

/** Answered 503 with `Retry-After`: the request can be sent again as it is. */
export const busyError = () => new APIError(busyMessage, 503, null, true)

type Adapter = {
  beginTransaction: (options?: unknown) => Promise<number | string | null>
  commitTransaction: (id: number | string | Promise<number | string | null>) => Promise<void>
  rollbackTransaction: (id: number | string | Promise<number | string | null>) => Promise<void>
}

/**
 * Caps how many transactions may hold a pooled connection at once, leaving the rest of the pool for
 * queries made outside any transaction. Payload makes some while a save holds its transaction (the
 * document-lock check in `checkDocumentLockStatus` passes no `req`): with every connection held by
 * a
 * save waiting for one more, the pool would wait for ever. A transaction waits at most
 * `acquireTimeoutMs` for a slot, then the request is answered 503.
 */
export function limitTransactions(
  payload: Payload,
  { slots, acquireTimeoutMs }: { slots: number; acquireTimeoutMs: number },
): void {
  const db = payload.db as unknown as Adapter
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const open = new Set<string>()
  const waiting: (() => void)[] = []
  let taken = 0

  const take = () =>
    new Promise<void>((resolve, reject) => {
      if (taken < slots) {
        taken += 1
        return resolve()
      }
      const grant = () => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1)
        reject(busyError())
      }, acquireTimeoutMs)
      waiting.push(grant)
    })
  // A freed slot passes straight to the first waiter.
  const give = () => {
    const next = waiting.shift()
    if (next) next()
    else taken -= 1
  }

  db.beginTransaction = async (options) => {
    await take()
    try {
      const id = await begin(options)
      if (id == null) give()
      else open.add(String(id))
      return id
    } catch (err) {
      give()
      throw err
    }
  }
  const ending =
    (end: Adapter['commitTransaction']) =>
    async (incoming: Parameters<Adapter['commitTransaction']>[0]) => {
      const id = String(await incoming)
      try {
        await end(id)
      } finally {
        if (open.delete(id)) give()
      }
    }
  db.commitTransaction = ending(commit)
  db.rollbackTransaction = ending(rollback)
}
