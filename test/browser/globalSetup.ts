import { startProductionServer, type RunningServer } from './server'

declare global {
  // eslint-disable-next-line no-var
  var __oitBrowserServer: RunningServer | undefined
}

/**
 * Starts the production app once for all browser test files; the tests read its address from
 * BROWSER_BASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startProductionServer({})
  globalThis.__oitBrowserServer = server
  process.env.BROWSER_BASE_URL = server.baseURL
}
