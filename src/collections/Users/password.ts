import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type {
  CollectionAfterErrorHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
} from 'payload'
import { ValidationError } from 'payload'

import { invalid } from '../../validation/messages'

export const MIN_PASSWORD_LENGTH = 12

const passwordLabel = { th: 'รหัสผ่าน', en: 'Password' }

/**
 * Passwords attackers try first (the most common in leaked lists, and this domain's obvious ones).
 */
const COMMON = new Set(
  [
    'password',
    'password1',
    'password12',
    'password123',
    'password1234',
    'passw0rd',
    'p@ssw0rd',
    'p@ssword',
    'qwerty',
    'qwerty123',
    'qwertyuiop',
    'qwerty123456',
    '1q2w3e4r',
    '1q2w3e4r5t6y',
    'zaq12wsx',
    'asdfghjkl',
    'iloveyou',
    'admin',
    'admin123',
    'administrator',
    'welcome',
    'welcome123',
    'letmein',
    'monkey',
    'dragon',
    'football',
    'sunshine',
    'princess',
    'abc123',
    'abcd1234',
    'abcdefgh',
    'changeme',
    'default',
    'secret',
    'police',
    'police123',
    'police1234',
    'policestation',
    'royalthaipolice',
    'thaipolice',
    'immigration',
    'bangkok',
    'thailand',
    'thailand123',
    'sawasdee',
    'ranong',
    'oit',
    'ita',
    'nacc',
    'passwordpassword',
    'adminadmin',
    'useruser',
    'test',
    'test1234',
    'testtest',
    'guest',
  ].map((word) => word.toLowerCase()),
)

/**
 * A run of one character, or of consecutive keys or digits ("aaaaaaaaaaaa", "123456789012",
 * "abcdefghijkl").
 */
const trivial = (password: string): boolean => {
  if (new Set(password).size <= 3) return true
  const codes = [...password].map((char) => char.charCodeAt(0))
  return codes.every(
    (code, i) =>
      i === 0 || Math.abs(code - codes[i - 1]!) === 1 || (codes[i - 1] === 57 && code === 48),
  )
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  email?: string | null,
): { th: string; en: string } | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return {
      th: `สั้นเกินไป ต้องมีอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`,
      en: `too short; at least ${MIN_PASSWORD_LENGTH} characters`,
    }
  const lowered = password.toLowerCase()
  const stripped = lowered.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '')
  if (COMMON.has(lowered) || COMMON.has(stripped) || trivial(password))
    return {
      th: 'เป็นรหัสผ่านที่คาดเดาง่ายหรือใช้กันทั่วไป ให้ใช้วลีที่จำได้แต่ผู้อื่นเดาไม่ได้',
      en: 'it is common or easy to guess; use a phrase others cannot guess',
    }
  const address = email?.trim().toLowerCase()
  const local = address?.split('@')[0] ?? ''
  if (address && (lowered.includes(address) || (local.length >= 4 && lowered.includes(local))))
    return {
      th: 'ต้องไม่ตรงหรือมีอีเมลของผู้ใช้อยู่',
      en: 'it must not be or contain the user’s e-mail',
    }
  return null
}

/**
 * A new or changed password must be long, uncommon and not the user's e-mail (Thai/English message
 * on the field).
 */
export const checkPassword: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || !password) return data
  const problem = passwordProblem(
    password,
    (data as { email?: string }).email ?? (originalDoc as { email?: string } | undefined)?.email,
  )
  if (problem)
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'password', message: invalid(passwordLabel, problem) }],
      },
      req.t,
    )
  return data
}

/**
 * A reset password meets the same rule (Payload hashes it before any validate hook could see it).
 */
export const checkResetPassword: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  const problem = typeof password === 'string' ? passwordProblem(password) : null
  if (problem)
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'password', message: invalid(passwordLabel, problem) }],
      },
      req.t,
    )
  return args
}

const hashPassword = promisify(pbkdf2)
const DECOY_SALT = 'a'.repeat(64)

/** A refused login is answered no sooner than this after it arrived, whatever made it fail. */
export const REFUSED_LOGIN_MS = 300

/**
 * A login with an e-mail nobody has costs the same as a wrong password (Payload's 25,000 rounds of
 * PBKDF2), and every refused login is answered after the same time (padRefusedLogin), so the
 * answer's timing does not tell whether an account exists.
 */
export const equalLoginTime: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  req.context.loginStartedAt = Date.now()
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ??
    {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    overrideAccess: true,
    req,
  })
  if (!totalDocs) await hashPassword(password, DECOY_SALT, 25_000, 512, 'sha256')
  return args
}

/** Pads a refused login to REFUSED_LOGIN_MS, hiding the database work a known account costs. */
export const padRefusedLogin: CollectionAfterErrorHook = async ({ req }) => {
  const started = req.context.loginStartedAt
  if (typeof started !== 'number') return
  const wait = REFUSED_LOGIN_MS - (Date.now() - started)
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}
