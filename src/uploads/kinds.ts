/** What the unit may upload, recognised by content (magic bytes), never by name. */
export const fileKinds = {
  image: {
    mimes: ['image/jpeg', 'image/png', 'image/webp'],
    label: { th: 'รูปภาพ JPG, PNG หรือ WebP', en: 'a JPG, PNG or WebP image' },
  },
  pdf: { mimes: ['application/pdf'], label: { th: 'PDF', en: 'PDF' } },
  docx: {
    mimes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    label: { th: 'Word (DOCX)', en: 'Word (DOCX)' },
  },
  xlsx: {
    mimes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    label: { th: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  },
} as const
export type FileKind = keyof typeof fileKinds

export const mimeTypesOf = (kinds: readonly FileKind[]): string[] =>
  kinds.flatMap((kind) => [...fileKinds[kind].mimes])
