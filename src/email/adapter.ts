import nodemailer from 'nodemailer'
import type { EmailAdapter, PayloadEmailAdapter } from 'payload'

import { consoleEmailAdapter } from './consoleAdapter'

/** A mail server that does not answer must not hold a notice for minutes. */
const TIMEOUT_MS = 15_000

type Address = string | { address: string; name?: string }
const formatted = (from: Address) =>
  typeof from === 'string' ? from : from.name ? `${from.name} <${from.address}>` : from.address

/**
 * Mail through the SMTP server of `OIT_SMTP_URL` (`smtp://user:password@host:587`, or `smtps://`
 * for TLS from the first byte), from `OIT_MAIL_FROM`; without it, mail is written to the log
 * (development, tests, a unit with no mail server yet). Nodemailer as Payload's own
 * `@payloadcms/email-nodemailer` uses it: that package has no release matching this Payload
 * version, and Payload refuses to start beside a mismatched one.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter {
  const url = env.OIT_SMTP_URL?.trim()
  if (!url) return consoleEmailAdapter
  const server = new URL(url)
  const secure = server.protocol === 'smtps:'
  const transport = nodemailer.createTransport({
    host: server.hostname,
    port: Number(server.port) || (secure ? 465 : 587),
    secure,
    auth: server.username
      ? { user: decodeURIComponent(server.username), pass: decodeURIComponent(server.password) }
      : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  })
  const defaultFromAddress = env.OIT_MAIL_FROM?.trim() || 'noreply@police-oit.local'
  const defaultFromName = env.OIT_MAIL_FROM_NAME?.trim() || 'police-oit'
  const adapter: PayloadEmailAdapter = () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: ({ from, ...message }) =>
      transport.sendMail({
        ...message,
        from: from ? formatted(from as Address) : `${defaultFromName} <${defaultFromAddress}>`,
      } as nodemailer.SendMailOptions),
  })
  return adapter
}
