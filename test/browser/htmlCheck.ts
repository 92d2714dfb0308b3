/**
 * The Nu Html Checker (npm `vnu-jar`, run with the machine's Java) over pages saved to files: one
 * Java start for all of them.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)

export type HtmlError = { url: string; line?: number; message: string; extract?: string }

/** Checks every page (`url` → HTML); resolves to the errors found, each with its page's URL. */
export async function checkHtml(pages: Map<string, string>, dir: string): Promise<HtmlError[]> {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const files = new Map<string, string>()
  let index = 0
  for (const [url, html] of pages) {
    const file = path.join(dir, `${String(index++).padStart(4, '0')}.html`)
    fs.writeFileSync(file, html)
    files.set(pathToFileURL(file).href, url)
  }
  const jar = String(require('vnu-jar'))
  const output = await new Promise<string>((resolve, reject) =>
    // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
    execFile(
      'java',
      [
        '-jar',
        jar,
        '--errors-only',
        '--format',
        'json',
        ...[...files.keys()].map((href) => new URL(href).pathname),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        if (err && !stderr.trim().startsWith('{'))
          reject(new Error(stderr || err.message, { cause: err }))
        else resolve(stderr)
      },
    ),
  )
  const { messages } = JSON.parse(output) as {
    messages: { url: string; type: string; lastLine?: number; message: string; extract?: string }[]
  }
  return (
    messages
      // `non-document-error`: a page the checker could not read at all.
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => ({
        url: files.get(message.url) ?? message.url,
        line: message.lastLine,
        message: message.message,
        extract: message.extract,
      }))
  )
}
