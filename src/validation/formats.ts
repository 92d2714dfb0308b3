import { invalid, required, type FieldName } from './messages'

type Check = (value: string) => boolean

/**
 * Thai numbers: 0 + 8–9 digits (landline/mobile), +66 form, short codes (191, 1599), optional
 * extension.
 */
const phone: Check = (value) => {
  const [main, ext] = value.split(/\s*(?:ต่อ|ext\.?|x)\s*/i)
  const digits = (main ?? '').replace(/[\s\-().]/g, '')
  const ok = /^(?:\+66\d{8,9}|0\d{8,9}|1\d{2,3})$/.test(digits)
  return ok && (ext === undefined || /^\d{1,5}$/.test(ext))
}
const email: Check = (value) => /^[^\s@]+@[^\s@][^\s.@]*\.[^\s@]+$/.test(value)
const url: Check = (value) => {
  try {
    const parsed = new URL(value)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
  } catch {
    return false
  }
}
/**
 * A link a reader may follow: the web, e-mail, a phone number, or a page of this site ("/…", "#…");
 * never `javascript:` or `data:`.
 */
const link: Check = (value) => {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/^\/(?!\/)|^#/.test(value)) return !/[\u0000-\u001f]/.test(value)
  try {
    return ['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}
const slug: Check = (value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
const hostname: Check = (value) =>
  value.length <= 253 &&
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/.test(value)

const problems = {
  phone: {
    check: phone,
    th: 'เบอร์โทรศัพท์ไม่ถูกต้อง (เช่น 077-811-222, 081-234-5678 หรือ 1599)',
    en: 'not a valid Thai phone number (e.g. 077-811-222, 081-234-5678 or 1599)',
  },
  email: { check: email, th: 'อีเมลไม่ถูกต้อง', en: 'not a valid e-mail address' },
  url: {
    check: url,
    th: 'ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http://',
    en: 'must be a full http(s):// link',
  },
  link: {
    check: link,
    th: 'ลิงก์ต้องขึ้นต้นด้วย https://, http://, mailto:, tel: หรือ / (หน้าในเว็บไซต์นี้)',
    en: 'must start with https://, http://, mailto:, tel: or / (a page of this site)',
  },
  slug: {
    check: slug,
    th: 'ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และขีดกลาง (เช่น mueang-ranong)',
    en: 'only lowercase letters, digits and hyphens (e.g. mueang-ranong)',
  },
  hostname: {
    check: hostname,
    th: 'ชื่อโดเมนไม่ถูกต้อง (เช่น ranong.police.go.th ไม่ต้องมี https://)',
    en: 'not a valid domain name (e.g. ranong.police.go.th, without https://)',
  },
} as const

export type Format = keyof typeof problems

/** What is wrong with a value that fails `format`, in both languages. */
export const formatProblem = (format: Format) => ({
  th: problems[format].th,
  en: problems[format].en,
})

/** A Payload `validate` for a text field in `format`, with the field's name in both languages. */
export const validateFormat =
  (format: Format, field: FieldName) =>
  (value: unknown, options?: { required?: boolean }): true | string => {
    if (value == null || value === '') return options?.required ? invalid(field, required) : true
    const { check, th, en } = problems[format]
    return typeof value === 'string' && check(value.trim()) ? true : invalid(field, { th, en })
  }
