/** A bilingual validation message that names the field: "ชื่อฟิลด์: ปัญหา / Field: problem". */
export const invalid = (
  field: { th: string; en: string },
  problem: { th: string; en: string },
): string => `${field.th}: ${problem.th} / ${field.en}: ${problem.en}`

export type FieldName = { th: string; en: string }

export const required = { th: 'จำเป็นต้องกรอก', en: 'is required' }
