import type { AfterErrorHook, PayloadRequest } from 'payload'

import { busyMessage } from './transactionSlots'

type Answer = { status: number; message: string; retryAfter?: number }

const invalidValueMessage =
  'ค่าในคำขอไม่ถูกต้อง (เช่น ตัวเลขหรือวันที่ผิดรูปแบบ หรือมีอักขระต้องห้าม) / The request contains an invalid value (e.g. a malformed number or date, or a forbidden character).'

const conflictMessage =
  'มีผู้บันทึกเอกสารนี้พร้อมกันกับท่าน ยังไม่ได้บันทึกการแก้ไขของท่าน กรุณาเปิดเอกสารใหม่แล้วบันทึกอีกครั้ง / ' +
  'Someone saved this document at the same time; your change was not saved. Reload the document and save again.'

/** PostgreSQL's code for an error, however deep drizzle and Payload wrapped it. */
const sqlState = (error: unknown): string | undefined => {
  for (
    let cause = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    cause && depth < 5;
    cause = cause.cause as typeof cause, depth++
  ) {
    if (typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code)) return cause.code
  }
  return undefined
}

const messageChain = (error: unknown): string => {
  const parts: string[] = []
  for (
    let cause = error as { message?: unknown; cause?: unknown } | undefined, depth = 0;
    cause && depth < 5;
    cause = cause.cause as typeof cause, depth++
  ) {
    if (typeof cause.message === 'string') parts.push(cause.message)
  }
  return parts.join(' | ')
}

/** What the database's refusal means for the client, or null when it is not the database's. */
export function databaseAnswer(error: unknown): Answer | null {
  const code = sqlState(error)
  // class 22, data exceptions: a value of the request the database cannot take (not a number, out
  // of range, NUL…)
  if (code?.startsWith('22')) return { status: 400, message: invalidValueMessage }
  // deadlock, serialization failure, lock wait over `lock_timeout`
  if (code === '40P01' || code === '40001' || code === '55P03')
    return { status: 409, message: conflictMessage, retryAfter: 1 }
  // too many connections, cancelled by statement_timeout, server shutting down, idle transaction
  // ended
  if (code === '53300' || code === '57014' || code === '57P01' || code === '25P03')
    return { status: 503, message: busyMessage, retryAfter: 5 }
  // pg-pool's acquire timeout, a connection lost
  if (
    /timeout exceeded when trying to connect|Connection terminated|cannot begin transaction/i.test(
      messageChain(error),
    )
  )
    return { status: 503, message: busyMessage, retryAfter: 5 }
  return null
}

const malformedMessage =
  'คำขอไม่ถูกต้อง: ข้อมูลที่ส่งต้องเป็นออบเจ็กต์ JSON ที่ถูกต้อง / The request is malformed: its body must be a valid JSON object.'
const brokenFormMessage =
  'คำขอไม่ถูกต้อง: ส่งไฟล์มาไม่ครบหรือรูปแบบเสียหาย (เช่น ชื่อไฟล์มีอักขระต้องห้าม) ให้ลองส่งใหม่ / The request is malformed: the upload is incomplete or broken (e.g. a forbidden character in the file name); send it again.'
const geoMessage =
  'คำขอไม่ถูกต้อง: ตัวดำเนินการ near, within และ intersects ใช้ได้กับช่องพิกัดเท่านั้น ซึ่งไม่มีในระบบนี้ / The request is malformed: near, within and intersects apply to point fields only, and there are none.'
const unexplainedMessage = 'คำขอไม่ถูกต้อง / The request is malformed.'

const safelyDecoded = (url: string): string => {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}
/** Busboy's words for a multipart body it cannot read (a NUL in a file name, a cut-off upload). */
const BROKEN_FORM =
  /^(?:Malformed part header|Malformed urlencoded form|Unexpected end of form|Multipart: Boundary not found)/

const isPlainObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const GEO_OPERATOR = /\[(?:near|within|intersects)\]/

/**
 * A request Payload could not make sense of (a body that is no object, a geographic query on no
 * point field) is the client's error.
 */
function malformedAnswer(
  error: unknown,
  req: PayloadRequest,
  status: number,
  message: string,
): Answer | null {
  const writes = req.method === 'POST' || req.method === 'PATCH' || req.method === 'PUT'
  if (BROKEN_FORM.test((error as Error).message ?? ''))
    return { status: 400, message: brokenFormMessage }
  if (
    (error as Error).name === 'SyntaxError' ||
    (writes && req.data !== undefined && !isPlainObject(req.data))
  )
    return { status: 400, message: malformedMessage }
  if (GEO_OPERATOR.test(safelyDecoded(req.url ?? ''))) return { status: 400, message: geoMessage }
  // Payload's placeholder for an error it did not explain, on a refusal that is already the
  // client's.
  if (status < 500 && /^(?:An unknown error occurred\.|Something went wrong\.)$/.test(message))
    return { status, message: unexplainedMessage }
  return null
}

/**
 * Invalid values and malformed requests answer 400, database conflicts and a busy pool 409/503,
 * with
 * a Thai/English message (and `Retry-After`), not 500 or "An unknown error occurred".
 */
export const explainErrors: AfterErrorHook = ({ error, req, result }) => {
  const current = result as { errors?: { message?: string }[] } | undefined
  const answer =
    databaseAnswer(error) ??
    malformedAnswer(
      error,
      req,
      (error as { status?: number }).status ?? 500,
      current?.errors?.[0]?.message ?? '',
    )
  if (!answer) return
  if (answer.retryAfter) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(answer.retryAfter))
    req.responseHeaders = headers
  }
  return { status: answer.status, response: { errors: [{ message: answer.message }] } }
}
