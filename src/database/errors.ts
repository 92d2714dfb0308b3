import type { AfterErrorHook } from 'payload'

import { busyMessage } from './transactionSlots'

type Answer = { status: number; message: string; retryAfter?: number }

const invalidValueMessage = 'ค่าในคำขอไม่ถูกต้อง (เช่น ตัวเลขหรือวันที่ผิดรูปแบบ หรือมีอักขระต้องห้าม) / The request contains an invalid value (e.g. a malformed number or date, or a forbidden character).'

const conflictMessage =
  'มีผู้บันทึกเอกสารนี้พร้อมกันกับท่าน ยังไม่ได้บันทึกการแก้ไขของท่าน กรุณาเปิดเอกสารใหม่แล้วบันทึกอีกครั้ง / ' +
  'Someone saved this document at the same time; your change was not saved. Reload the document and save again.'

/** PostgreSQL's code for an error, however deep drizzle and Payload wrapped it. */
const sqlState = (error: unknown): string | undefined => {
  for (let cause = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; cause && depth < 5; cause = cause.cause as typeof cause, depth++) {
    if (typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code)) return cause.code
  }
  return undefined
}

const messageChain = (error: unknown): string => {
  const parts: string[] = []
  for (let cause = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; cause && depth < 5; cause = cause.cause as typeof cause, depth++) {
    if (typeof cause.message === 'string') parts.push(cause.message)
  }
  return parts.join(' | ')
}

/** What the database's refusal means for the client, or null when it is not the database's. */
export function databaseAnswer(error: unknown): Answer | null {
  const code = sqlState(error)
  // class 22, data exceptions: a value of the request the database cannot take (not a number, out of range, NUL…)
  if (code?.startsWith('22')) return { status: 400, message: invalidValueMessage }
  // deadlock, serialization failure, lock wait over `lock_timeout`
  if (code === '40P01' || code === '40001' || code === '55P03') return { status: 409, message: conflictMessage, retryAfter: 1 }
  // too many connections, cancelled by statement_timeout, server shutting down, idle transaction ended
  if (code === '53300' || code === '57014' || code === '57P01' || code === '25P03') return { status: 503, message: busyMessage, retryAfter: 5 }
  // pg-pool's acquire timeout, a connection lost
  if (/timeout exceeded when trying to connect|Connection terminated|cannot begin transaction/i.test(messageChain(error))) return { status: 503, message: busyMessage, retryAfter: 5 }
  return null
}

/** Invalid values answer 400, database conflicts and a busy pool 409/503 with a Thai/English message and `Retry-After`, not 500. */
export const answerDatabaseErrors: AfterErrorHook = ({ error, req }) => {
  const answer = databaseAnswer(error)
  if (!answer) return
  if (answer.retryAfter) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(answer.retryAfter))
    req.responseHeaders = headers
  }
  return { status: answer.status, response: { errors: [{ message: answer.message }] } }
}
