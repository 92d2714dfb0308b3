import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

export type ReceivedMail = { to: string[]; subject: string; text: string }

/** Debian's python3-aiosmtpd (not a pyenv python that may come first on PATH). */
const PYTHON = '/usr/bin/python3'

/**
 * Reads the maildir with Python's own e-mail parser: a different reader than nodemailer, which
 * wrote them.
 */
const READ_MAILDIR = `
import json, mailbox, sys
from email.header import decode_header, make_header
out = []
for message in mailbox.Maildir(sys.argv[1], factory=None, create=False):
    parts = [p for p in message.walk() if p.get_content_type() == 'text/plain'] or [message]
    body = parts[0].get_payload(decode=True) or b''
    out.append({
        'to': [a.strip() for a in str(message['To'] or '').split(',') if a.strip()],
        'subject': str(make_header(decode_header(message['Subject'] or ''))),
        'text': body.decode(parts[0].get_content_charset() or 'utf-8'),
    })
print(json.dumps(out, ensure_ascii=False))
`

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * A real SMTP server for one test file (aiosmtpd's Mailbox handler writing a maildir), its
 * `smtp://` URL, and the messages it has received so far.
 */
export async function startSmtp(): Promise<{
  url: string
  received: () => Promise<ReceivedMail[]>
  stop: () => Promise<void>
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'oit-smtp-'))
  const maildir = path.join(dir, 'mail')
  const port = await freePort()
  const server: ChildProcess = spawn(
    PYTHON,
    ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: 'ignore' },
  )
  const started = Date.now()
  while (!(await answers(port))) {
    if (server.exitCode != null || Date.now() - started > 10_000)
      throw new Error(`aiosmtpd did not start on port ${port} (is python3-aiosmtpd installed?)`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: async () =>
      JSON.parse(
        (await promisify(execFile)(PYTHON, ['-c', READ_MAILDIR, maildir])).stdout,
      ) as ReceivedMail[],
    stop: async () => {
      server.kill()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
