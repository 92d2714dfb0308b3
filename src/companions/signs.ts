import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { PayloadRequest } from 'payload'

import { fullRank } from '../fields/options'
import { SIGNS, signKey } from '../frameworks/signNames'
import { oitSettings } from '../options'
import { originOf, unitSiteUrl } from '../routing/publicAddresses'
import { sarabun } from './fonts'
import type { GenerationResult } from './generate'
import { contentHash } from './hash'
import { pdfmake } from './render/pdfmake'
import { storeChanged } from './store'
import { breakableThai } from './thaiText'

type UnitDoc = {
  id: number
  slug: string
  name: string
  domains?: { domain: string }[] | null
  contact?: { phones?: { number: string }[] | null; eitSurveyUrl?: string | null } | null
  head?: { rank?: string | null; name?: string | null; position?: string | null } | null
}

const siteOf = (unit: Pick<UnitDoc, 'domains' | 'slug'>, origin: string): string =>
  unitSiteUrl({ slug: unit.slug, domain: unit.domains?.[0]?.domain }, origin)

/**
 * Where the QR sign of the citizen service manuals points (the unit's manuals page on its site).
 */
export const manualsUrl = (unit: Pick<UnitDoc, 'domains' | 'slug'>, origin: string): string =>
  `${siteOf(unit, origin)}/manuals`

export type Sign = { name: string; title: string; content: Content[] }

const t = breakableThai

/**
 * The head as a signature: rank in full, then the name ("พันตำรวจเอกวิชาชัย สุนเจริญ", "Police
 * Colonel Wichachai Sunjaroen").
 */
const signature = (unit: UnitDoc, locale: 'th' | 'en') => {
  const rank = fullRank(unit.head?.rank, locale)
  return locale === 'th'
    ? `${rank}${unit.head?.name ?? ''}`
    : [rank, unit.head?.name].filter(Boolean).join(' ')
}

/**
 * The signs of One Stop Service (DOMAIN §7), from the unit's data in Thai and English; the No Gift
 * sign's wording is seed 004's.
 */
export function signsOf(th: UnitDoc, en: UnitDoc, origin: string): Sign[] {
  const site = siteOf(th, origin)
  const phone = th.contact?.phones?.[0]?.number ?? ''
  const noGift = (unit: UnitDoc, locale: 'th' | 'en'): Content[] => [
    { text: 'NO Gift Policy', style: 'poster' },
    {
      text: locale === 'th' ? 'งดรับ งดให้ของขวัญ' : 'No giving, no receiving of gifts',
      style: 'lead',
    },
    { text: t(unit.name), style: 'unit' },
    {
      text: t(
        locale === 'th'
          ? `ขอประกาศเจตนารมณ์ว่า ผู้บริหารและเจ้าหน้าที่ทุกคนใน${unit.name} ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (NO GIFT POLICY) ทั้งในขณะ ก่อน และหลังปฏิบัติหน้าที่ที่ส่งผลให้เกิดการทุจริตและประพฤติมิชอบทั้งในปัจจุบันและอนาคต`
          : `${unit.name} hereby declares that its executives and all its officers accept no gifts or presents of any kind in connection with their duties (NO GIFT POLICY), before, during or after performing them, that could lead to corruption or misconduct, now or in the future.`,
      ),
      style: 'body',
    },
    { text: t(signature(unit, locale)), style: 'signer' },
    { text: t(unit.head?.position ?? ''), style: 'signerPosition' },
    { text: `${locale === 'th' ? 'เว็บไซต์' : 'Website'}: ${site}`, style: 'contact' },
    ...(phone
      ? [{ text: `${locale === 'th' ? 'โทรศัพท์' : 'Phone'}: ${phone}`, style: 'contact' }]
      : []),
  ]
  const qrSign = (title: string, english: string, url: string): Content[] => [
    { text: t(title), style: 'lead' },
    { text: english, style: 'english' },
    { qr: url, fit: 300, alignment: 'center', margin: [0, 30, 0, 20] },
    { text: url, style: 'contact' },
    { text: t(th.name), style: 'unit' },
  ]
  return [
    { name: 'no-gift-policy-th', title: `NO Gift Policy ${th.name}`, content: noGift(th, 'th') },
    { name: 'no-gift-policy-en', title: `NO Gift Policy ${en.name}`, content: noGift(en, 'en') },
    {
      name: 'service-manuals-qr',
      title: `คู่มือการให้บริการประชาชน ${th.name}`,
      content: qrSign(
        'สแกนเพื่อดาวน์โหลดคู่มือการให้บริการประชาชน',
        'Scan to download the citizen service manuals',
        manualsUrl(th, origin),
      ),
    },
    ...(th.contact?.eitSurveyUrl
      ? [
          {
            name: 'eit-survey-qr',
            title: `แบบสำรวจ EIT ${th.name}`,
            content: qrSign(
              'สแกนเพื่อตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
              'Scan to answer the external stakeholders’ survey (EIT)',
              th.contact.eitSurveyUrl,
            ),
          },
        ]
      : []),
  ]
}

/** An A4 portrait sign: large centred type in Sarabun. */
export const renderSign = (sign: Sign): Promise<Buffer> => {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [56.7, 70, 56.7, 56.7],
    info: { title: sign.title, creator: 'police-oit' },
    content: sign.content,
    defaultStyle: { font: sarabun.family, alignment: 'center' },
    styles: {
      poster: { fontSize: 48, bold: true, color: '#b00020', margin: [0, 40, 0, 10] },
      lead: { fontSize: 28, bold: true, margin: [0, 10, 0, 20] },
      english: { fontSize: 16, italics: true },
      unit: { fontSize: 22, bold: true, margin: [0, 10, 0, 20] },
      body: { fontSize: 20, lineHeight: 1.3, margin: [0, 10, 0, 40] },
      signer: { fontSize: 20, bold: true },
      signerPosition: { fontSize: 18, margin: [0, 0, 0, 30] },
      contact: { fontSize: 16 },
    },
  }
  return pdfmake.createPdf(definition).getBuffer()
}

/**
 * (Re)generates the unit's signs whose text changed; a sign whose input is missing (no EIT link) is
 * not made.
 */
export async function generateSigns(
  req: PayloadRequest,
  unitID: number,
): Promise<GenerationResult> {
  const load = (locale: 'th' | 'en') =>
    req.payload.findByID({
      collection: 'units',
      id: unitID,
      depth: 0,
      locale,
      fallbackLocale: 'th',
      overrideAccess: true,
      req,
    }) as unknown as Promise<UnitDoc>
  const [th, en] = [await load('th'), await load('en')]
  let created = 0
  for (const sign of signsOf(th, en, originOf(oitSettings(req.payload).publicURL))) {
    const hash = contentHash(sign)
    created += await storeChanged(
      req,
      { unit: unitID, fiscalYear: null, item: SIGNS, period: sign.name },
      hash,
      [
        {
          key: signKey(unitID, sign.name),
          format: 'pdf',
          name: `${th.slug}-${sign.name}.pdf`,
          render: () => renderSign(sign),
        },
      ],
    )
  }
  return { state: 'done', created }
}

export { SIGNS, signKey }
