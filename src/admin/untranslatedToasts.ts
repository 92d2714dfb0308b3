import { toast } from '@payloadcms/ui'

/**
 * Payload's bulk upload says "Successfully saved 3 files" in every language (a literal in its code,
 * not a translation key). Its toast is Sonner's, shared with the admin: say it in Thai when the
 * admin is in Thai, and leave every other message as it is.
 */
const untranslated: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Successfully saved (\d+) files?$/, ([, count]) => `บันทึกไฟล์แล้ว ${count} ไฟล์`],
]

const success = toast.success
toast.success = ((message: unknown, data?: unknown) => {
  if (
    typeof message === 'string' &&
    typeof document !== 'undefined' &&
    document.documentElement.lang === 'th'
  ) {
    for (const [pattern, thai] of untranslated) {
      const match = message.match(pattern)
      if (match) return success(thai(match), data as never)
    }
  }
  return success(message as never, data as never)
}) as typeof toast.success
