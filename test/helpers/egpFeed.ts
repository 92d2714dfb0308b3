import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * TIS-620 written by its table (ASCII as is, Thai U+0E01–U+0E5B at 0xA1–0xFB), not by the
 * TextDecoder the product reads it with.
 */
export function tis620(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0)!
      if (code < 0x80) return code
      if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1
      throw new Error(`not in TIS-620: ${char}`)
    }),
  )
}

export type FixtureItem = { title: string; pid: string; pubDate: string; description?: string }

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** An announcement's page in e-GP, as the feed links it. */
export const egpLink = (pid: string, type: string) =>
  `http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid=${pid}&servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&anounceType=${type}`

/** An e-GP announcement feed in its published shape: RSS 2.0, TIS-620, declared in the XML only. */
export function egpFeed(deptsubId: string, type: string, items: FixtureItem[]): Buffer {
  const entries = items
    .map(
      (item) => `<item>
<title>${escape(item.title)}</title>
<link>${escape(egpLink(item.pid, type))}</link>
<description>${escape(item.description ?? item.title)}</description>
<pubDate>${item.pubDate}</pubDate>
</item>`,
    )
    .join('\n')
  return tis620(`<?xml version="1.0" encoding="TIS-620"?>
<rss version="2.0">
<channel>
<title>ระบบการจัดซื้อจัดจ้างภาครัฐ - ประกาศจัดซื้อจัดจ้าง</title>
<link>http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml?deptsubId=${deptsubId}&amp;anounceType=${type}</link>
<description>ประกาศจัดซื้อจัดจ้างของหน่วยงาน ${deptsubId}</description>
${entries}
</channel>
</rss>`)
}

/**
 * A stand-in for e-GP's feed server: answers `?deptsubId=&anounceType=` with the fixture of that
 * type (`text/xml` without a charset, as e-GP does), 500 for a type listed in `failing`.
 */
export async function egpServer(feeds: Record<string, Buffer>, failing: string[] = []) {
  const requests: string[] = []
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const type = url.searchParams.get('anounceType') ?? ''
    requests.push(type)
    if (failing.includes(type) || !feeds[type]) {
      response.writeHead(500).end('error')
      return
    }
    response.writeHead(200, { 'Content-Type': 'text/xml' }).end(feeds[type])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/EPROCRssFeedWeb/egpannouncerss.xml?deptsubId={deptsubId}&anounceType={type}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
