import type { Field, PayloadRequest } from 'payload'

import { checkTypeLabels, checkTypes, validateCheck } from '../../frameworks/checks'

import {
  cadences,
  companionFormats,
  contentCollections,
  fileFormats,
  subIndicatorLabels,
  subIndicators,
} from '../../frameworks/types'
import { invalid } from '../../validation/messages'

const cadenceLabels = {
  once: { th: 'ครั้งเดียว/ปรับปรุงเมื่อเปลี่ยนแปลง', en: 'Once (kept current)' },
  monthly: { th: 'รายเดือน', en: 'Monthly' },
  'per-event': { th: 'ทุกครั้งที่มีเหตุการณ์', en: 'Per event' },
} as const

const feedsIncludes = (collection: string) => (_: unknown, sibling: { feeds?: string[] }) =>
  Boolean(sibling?.feeds?.includes(collection))

const keyedRows = (name: string, label: { th: string; en: string }, more: Field[] = []): Field => ({
  name,
  type: 'array',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'key', type: 'text', required: true, label: { th: 'รหัส', en: 'Key' } },
        {
          name: 'label',
          type: 'text',
          required: true,
          label: { th: 'ชื่อ (ภาษาไทย)', en: 'Thai label' },
        },
      ],
    },
    ...more,
  ],
  validate: (rows: unknown) => {
    const keys = ((rows as { key?: string }[] | null) ?? []).map((row) => row.key)
    return new Set(keys).size === keys.length
      ? true
      : invalid(label, { th: 'รหัสซ้ำกัน', en: 'duplicate keys' })
  },
})

const checkField: Field = {
  name: 'check',
  type: 'json',
  label: { th: 'วิธีตรวจอัตโนมัติ', en: 'Automatic check' },
  admin: {
    components: { Field: 'police-oit/client#CheckField' },
    description: {
      th: `ว่างไว้ = ผ่านเมื่อข้อนี้มีข้อมูลเผยแพร่ ชนิดที่ใช้ได้: ${checkTypes.map((type) => `"${type}" ${checkTypeLabels[type].th}`).join('; ')} เช่น {"type": "records", "collection": "news", "min": 3, "where": {"field": "tags", "value": "head-participation"}}`,
      en: `Empty = met once the item has published content. Types: ${checkTypes.map((type) => `"${type}" ${checkTypeLabels[type].en}`).join('; ')}`,
    },
  },
  validate: (value: unknown, { req }: { req: PayloadRequest }) => validateCheck(value, req.payload),
}

/** One OIT item of a framework; every property is data the rest of the product reads. */
export const itemFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'code',
        type: 'text',
        required: true,
        label: { th: 'รหัสข้อ', en: 'Code' },
        admin: { width: '20%', description: 'O1, O2, …' },
      },
      {
        name: 'subIndicator',
        type: 'select',
        required: true,
        label: { th: 'ตัวชี้วัดย่อย', en: 'Sub-indicator' },
        options: subIndicators.map((value) => ({ value, label: subIndicatorLabels[value] })),
      },
      {
        name: 'cadence',
        type: 'select',
        required: true,
        defaultValue: 'once',
        label: { th: 'ความถี่', en: 'Cadence' },
        options: cadences.map((value) => ({ value, label: cadenceLabels[value] })),
      },
    ],
  },
  {
    name: 'title',
    type: 'group',
    label: { th: 'ชื่อข้อ', en: 'Title' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'th', type: 'text', required: true, label: { th: 'ภาษาไทย', en: 'Thai' } },
          { name: 'en', type: 'text', required: true, label: { th: 'ภาษาอังกฤษ', en: 'English' } },
        ],
      },
    ],
  },
  {
    name: 'guidance',
    type: 'textarea',
    label: { th: 'คำอธิบายสำหรับผู้จัดทำข้อมูล', en: 'Guidance for editors' },
  },
  keyedRows('requiredElements', { th: 'องค์ประกอบที่ต้องมี', en: 'Required elements' }, [
    checkField,
  ]),
  {
    name: 'formats',
    type: 'array',
    label: { th: 'รูปแบบไฟล์ที่ต้องมี', en: 'Required file formats' },
    admin: {
      description: {
        th: 'ทุกแถวต้องมี; ในแถวเดียวกันมีรูปแบบใดก็ได้ (เช่น แถว 1: PDF, แถว 2: DOCX หรือ XLSX)',
        en: 'Every row is required; any one format within a row (e.g. row 1: PDF, row 2: DOCX or XLSX)',
      },
    },
    fields: [
      {
        name: 'anyOf',
        type: 'select',
        hasMany: true,
        required: true,
        label: { th: 'รูปแบบใดรูปแบบหนึ่ง', en: 'Any of' },
        options: fileFormats.map((value) => ({ value, label: value.toUpperCase() })),
      },
    ],
  },
  {
    name: 'companions',
    type: 'select',
    hasMany: true,
    label: { th: 'ไฟล์ที่ระบบสร้างจากข้อมูล', en: 'Files generated from the data' },
    admin: {
      description: {
        th: 'ระบบสร้างไฟล์เหล่านี้ใหม่ทุกครั้งที่ข้อมูลของข้อนี้เปลี่ยน และให้ลิงก์ถาวรสำหรับกรอกใน ITAP',
        en: 'Regenerated whenever the item’s data changes, each with a stable link for ITAP',
      },
    },
    options: companionFormats.map((value) => ({ value, label: value.toUpperCase() })),
  },
  {
    name: 'window',
    type: 'group',
    label: { th: 'ช่วงเวลาที่ต้องครอบคลุม', en: 'Coverage window' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'startMonth',
            type: 'number',
            required: true,
            defaultValue: 10,
            min: 1,
            max: 12,
            label: { th: 'เดือนเริ่มต้น (1–12)', en: 'Start month (1–12)' },
          },
          {
            name: 'months',
            type: 'number',
            required: true,
            defaultValue: 6,
            min: 1,
            max: 12,
            label: { th: 'จำนวนเดือน', en: 'Months' },
          },
        ],
      },
    ],
  },
  {
    name: 'feeds',
    type: 'select',
    hasMany: true,
    label: { th: 'ข้อมูลที่ใช้ประกอบ', en: 'Fed by collections' },
    options: contentCollections.map((value) => ({ value, label: value })),
  },
  {
    name: 'feedFilters',
    type: 'array',
    label: { th: 'เฉพาะเอกสารบางประเภท', en: 'Only some documents' },
    labels: {
      singular: { th: 'เงื่อนไข', en: 'Filter' },
      plural: { th: 'เงื่อนไข', en: 'Filters' },
    },
    admin: {
      description: {
        th: 'เมื่อข้อนี้ใช้เฉพาะเอกสารบางประเภทของชุดข้อมูล เช่น นโยบายประเภท anti-bribery หรือข่าวที่มีป้าย head-participation',
        en: 'When only some documents of a collection feed this item, e.g. policies of type anti-bribery',
      },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'collection',
            type: 'select',
            required: true,
            label: { th: 'ชุดข้อมูล', en: 'Collection' },
            options: contentCollections.map((value) => ({ value, label: value })),
          },
          { name: 'field', type: 'text', required: true, label: { th: 'ฟิลด์', en: 'Field' } },
          { name: 'value', type: 'text', required: true, label: { th: 'ค่า', en: 'Value' } },
        ],
      },
    ],
  },
  {
    ...keyedRows('crimeGroups', { th: 'กลุ่มคดีอาญา', en: 'Crime groups' }),
    admin: { condition: feedsIncludes('crime-statistics') },
  } as Field,
  {
    name: 'riskBands',
    type: 'array',
    label: {
      th: 'ระดับความเสี่ยง (คะแนน = โอกาส × ผลกระทบ)',
      en: 'Risk levels (score = likelihood × impact)',
    },
    admin: { condition: feedsIncludes('risk-assessments') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', required: true, label: { th: 'ระดับ', en: 'Level' } },
          {
            name: 'min',
            type: 'number',
            required: true,
            min: 1,
            max: 25,
            label: { th: 'คะแนนต่ำสุด', en: 'Min score' },
          },
          {
            name: 'max',
            type: 'number',
            required: true,
            min: 1,
            max: 25,
            label: { th: 'คะแนนสูงสุด', en: 'Max score' },
          },
        ],
      },
    ],
    validate: (rows: unknown) => validateBands(rows as { min: number; max: number }[] | null),
  },
]

/**
 * Bands must be contiguous and cover 1–25 so every likelihood × impact score has exactly one level.
 */
export function validateBands(
  rows: { min: number; max: number }[] | null | undefined,
): true | string {
  if (!rows?.length) return true
  const sorted = [...rows].sort((a, b) => a.min - b.min)
  let expected = 1
  for (const band of sorted) {
    if (band.min !== expected || band.max < band.min) {
      return invalid(
        { th: 'ระดับความเสี่ยง', en: 'Risk levels' },
        {
          th: `ช่วงคะแนนต้องต่อเนื่องตั้งแต่ 1 ถึง 25 (ขาดหรือซ้อนที่ ${expected})`,
          en: `score ranges must run contiguously from 1 to 25 (gap or overlap at ${expected})`,
        },
      )
    }
    expected = band.max + 1
  }
  return expected === 26
    ? true
    : invalid(
        { th: 'ระดับความเสี่ยง', en: 'Risk levels' },
        { th: 'ช่วงคะแนนต้องจบที่ 25', en: 'score ranges must end at 25' },
      )
}
