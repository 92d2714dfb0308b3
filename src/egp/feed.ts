import { DOMParser } from '@xmldom/xmldom'

import { calendarDay, dayStart, parseTypedDate } from '../fiscal'
import type { announcementKinds } from '../collections/ProcurementAnnouncements/kinds'

export type AnnouncementKind = keyof typeof announcementKinds

/** e-GP announcement types (the feed's `anounceType`) and the O14 kind each is. */
export const egpTypes: Record<string, AnnouncementKind> = {
  P0: 'plan',
  B0: 'draft-tor',
  D0: 'invitation',
  '15': 'reference-price',
  W0: 'result',
  W1: 'result',
  W2: 'result',
}

/** A feed read without its type (an uploaded file): the kind said by the title's own words. */
const kindsByTitle: [RegExp, AnnouncementKind][] = [
  [/ยกเลิก/, 'cancellation'],
  [/ผู้ชนะ|ผู้ได้รับการคัดเลือก/, 'result'],
  [/ราคากลาง/, 'reference-price'],
  [/ร่าง/, 'draft-tor'],
  [/แผนการจัดซื้อจัดจ้าง|เผยแพร่แผน/, 'plan'],
  [/เชิญชวน|ประกวดราคา|สอบราคา/, 'invitation'],
]

export type FeedItem = {
  title: string
  link: string
  date: Date | null
  description: string
  kind: AnnouncementKind
  projectNumber: string | null
}

export class FeedError extends Error {
  constructor(
    readonly th: string,
    en: string,
  ) {
    super(en)
  }
}

/**
 * The feed's text. e-GP serves TIS-620 (often without saying so in the HTTP header): the charset
 * comes from the header, else the XML declaration, else TIS-620 unless the bytes are valid UTF-8.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /^<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(
      new TextDecoder('latin1').decode(bytes.subarray(0, 200)),
    )?.[1]
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes)
    } catch {
      throw new FeedError(`ไม่รู้จักการเข้ารหัส "${declared}"`, `unknown encoding "${declared}"`)
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('tis-620').decode(bytes)
  }
}

const text = (parent: Element, name: string) =>
  parent.getElementsByTagName(name)[0]?.textContent?.trim() ?? ''

/**
 * pubDate as RFC 822 ("Wed, 02 Dec 2026 10:00:00 +0700", its Bangkok day), or as Thai offices type
 * dates ("02/12/2569 10:00").
 */
function dayOf(value: string): Date | null {
  if (!value) return null
  const instant = /^[a-z]{3},/i.test(value) ? new Date(value) : null
  if (instant && !Number.isNaN(instant.getTime())) return calendarDay(instant)
  const typed = parseTypedDate(value.replace(/\s+\d{1,2}[:.]\d{2}.*$/, ''))
  return typed.ok ? dayStart(typed.date.year, typed.date.month, typed.date.day) : null
}

/** The e-GP project number (`pid` or `projectId` in the announcement's link). */
function projectNumberOf(link: string): string | null {
  try {
    const params = new URL(link).searchParams
    return params.get('pid') ?? params.get('projectId') ?? params.get('projectid')
  } catch {
    return null
  }
}

/**
 * The items of an e-GP announcement feed (RSS 2.0): title, link, pubDate, description. `type` is
 * the
 * `anounceType` the feed was asked for; without one each item's kind comes from its title.
 */
export function parseFeed(xml: string, type?: string): FeedItem[] {
  // Recoverable slips (a bare "&" in a link) are read as the browser would; only unreadable XML is
  // refused.
  const errors: string[] = []
  const doc = new DOMParser({
    errorHandler: { fatalError: (message: string) => errors.push(message) },
  }).parseFromString(xml, 'text/xml')
  const channel = doc.getElementsByTagName('channel')[0]
  if (errors.length || !channel)
    throw new FeedError('ไม่ใช่ฟีด RSS ของระบบ e-GP', 'not an e-GP RSS feed')
  return Array.from(channel.getElementsByTagName('item')).flatMap((item) => {
    const title = text(item, 'title').replace(/\s+/g, ' ')
    const link = text(item, 'link')
    if (!title || !link) return []
    const kind =
      (type && egpTypes[type]) || kindsByTitle.find(([words]) => words.test(title))?.[1] || 'other'
    return [
      {
        title,
        link,
        date: dayOf(text(item, 'pubDate')),
        description: text(item, 'description'),
        kind,
        projectNumber: projectNumberOf(link),
      },
    ]
  })
}
