/** Thai digits ๐–๙ occupy U+0E50–U+0E59 in the same order as 0–9. */
const THAI_ZERO = 0x0e50
const ARABIC_ZERO = 0x30

export function toThaiDigits(value: string | number): string {
  return String(value).replace(/\d/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO),
  )
}

export function fromThaiDigits(value: string): string {
  return value.replace(/[\u0e50-\u0e59]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO),
  )
}
