import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Expected refusals (403, 401, validation) would otherwise flood the output as error logs.
process.env.LOG_LEVEL ??= 'fatal'
// Uploaded test files go to a throw-away folder, like the throw-away database, removed when the run ends.
if (!process.env.OIT_UPLOADS_DIR) {
  const uploads = mkdtempSync(path.join(tmpdir(), 'police-oit-uploads-'))
  process.env.OIT_UPLOADS_DIR = uploads
  process.on('exit', () => rmSync(uploads, { recursive: true, force: true }))
}
