/** The printable signs every unit gets, by file name, as item pages name them. */
export const signNames = {
  'no-gift-policy-th': { th: 'ป้าย No Gift Policy (ภาษาไทย)', en: 'No Gift Policy sign (Thai)' },
  'no-gift-policy-en': {
    th: 'ป้าย No Gift Policy (ภาษาอังกฤษ)',
    en: 'No Gift Policy sign (English)',
  },
  'service-manuals-qr': {
    th: 'ป้าย QR Code ดาวน์โหลดคู่มือการให้บริการ',
    en: 'Service manuals QR sign',
  },
  'eit-survey-qr': { th: 'ป้าย QR Code แบบวัด EIT', en: 'EIT survey QR sign' },
} as const
export type SignName = keyof typeof signNames

export const SIGNS = 'signs'

/** Where a unit's sign is stored (companion-files `key`). */
export const signKey = (unit: number, name: string) => `${unit}/${SIGNS}/${name}.pdf`

/** A unit's printable sign, served at a stable address. */
export const signPath = (unitSlug: string, name: SignName) => `/oit/${unitSlug}/signs/${name}.pdf`
