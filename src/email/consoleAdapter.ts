import type { PayloadEmailAdapter } from 'payload'

type Recipient = string | { address: string; name?: string }

const addresses = (to: Recipient | Recipient[] | undefined): string =>
  [to ?? []]
    .flat()
    .map((recipient) => (typeof recipient === 'string' ? recipient : recipient.address))
    .join(', ')

/**
 * Writes each e-mail to the log instead of sending it: development, tests, and units without a mail
 * server yet.
 */
export const consoleEmailAdapter: PayloadEmailAdapter = ({ payload }) => ({
  name: 'console',
  defaultFromAddress: 'noreply@police-oit.local',
  defaultFromName: 'police-oit',
  sendEmail: async ({ to, subject, text }) => {
    payload.logger.info({ msg: `E-mail to ${addresses(to)}: ${subject}`, text })
  },
})
