import { enUS } from 'date-fns/locale/en-US'
import { th } from 'date-fns/locale/th'

import { BUDDHIST_ERA_OFFSET } from '../fiscal/era'

/**
 * date-fns, which Payload formats every admin date with, knows no Buddhist calendar. Our date
 * patterns print the year as an ordinal (`yo`), and here the Thai locale makes that ordinal the
 * Buddhist-era year and the English one the plain CE year, in lists, headers, version history
 * and pickers alike. Imported on the server (the plugin) and in the browser (`ThaiDatesProvider`):
 * each holds its own copy of the locales.
 */
const ordinalYear = (locale: typeof th, offset: number) => {
  const ordinal = locale.localize.ordinalNumber
  if ((ordinal as { buddhistEra?: true }).buddhistEra) return
  const patched = Object.assign(
    (value: number, options?: { unit?: string }) =>
      options?.unit === 'year' ? String(value + offset) : ordinal(value, options as never),
    { buddhistEra: true as const },
  )
  locale.localize.ordinalNumber = patched
}

ordinalYear(th, BUDDHIST_ERA_OFFSET)
ordinalYear(enUS, 0)

/** The admin's pattern for instants: "1 ธ.ค. 2569 12:36" / "1 Dec 2026 12:36". */
export const ADMIN_DATE_FORMAT = 'd MMM yo HH:mm'
/** A calendar day: "3 ต.ค. 2569". */
export const DAY_FORMAT = 'd MMM yo'
/** A month: "ตุลาคม 2569". */
export const MONTH_FORMAT = 'MMMM yo'
