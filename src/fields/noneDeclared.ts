import type { CheckboxField } from 'payload'

import type { Check } from '../requirements/checks'
import { isFilled } from '../requirements/checks'
import { invalid } from '../validation/messages'

/**
 * The explicit "nothing this month" declaration the NACC requires (ไม่มีการจัดซื้อจัดจ้าง,
 * ไม่มีเรื่องร้องเรียน): it excludes entries in `entriesField`, so a month is one or the other.
 */
export const noneDeclaredField = (
  statement: string,
  entriesField: string,
  entries: { th: string; en: string },
): CheckboxField => ({
  name: 'noneDeclared',
  type: 'checkbox',
  defaultValue: false,
  custom: declares(statement),
  label: { th: `เดือนนี้${statement}`, en: `Declare: ${statement}` },
  admin: {
    description: {
      th: `เลือกเมื่อไม่มีรายการในเดือนนี้ ระบบจะแสดงข้อความ "${statement}"`,
      en: 'Tick when the month has nothing to report',
    },
  },
  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
    value === true && isFilled(siblingData[entriesField])
      ? invalid(
          { th: 'การระบุว่าไม่มีรายการ', en: 'No-entries declaration' },
          {
            th: `ระบุว่า "${statement}" แต่มี${entries.th}อยู่ ให้เลือกอย่างใดอย่างหนึ่ง`,
            en: `declared none but ${entries.en} are present; choose one`,
          },
        )
      : true,
})

/** Marks a `noneDeclared` field with what its declaration says, for the public pages. */
export const declares = (statement: string) => ({ declares: statement })

/** What a collection's "nothing this month" declaration says, if it has one. */
export const declarationOf = (
  fields: { name?: string; custom?: Record<string, unknown> }[],
): string | undefined =>
  fields.find((field) => field.name === 'noneDeclared')?.custom?.declares as string | undefined

/** Unless declared, the check applies (the document must have its entries). */
export const unlessDeclared =
  (check: Check): Check =>
  (doc, context) =>
    doc.noneDeclared === true ? [] : check(doc, context)
