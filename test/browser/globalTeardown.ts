import { stopServer } from './server'

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__oitBrowserServer
  if (server) await stopServer(server)
}
