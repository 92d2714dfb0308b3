import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Expected refusals (403, 401, validation) would otherwise flood the output as error logs.
process.env.LOG_LEVEL ??= 'fatal'
// Uploaded test files go to a throw-away folder, like the throw-away database.
process.env.OIT_UPLOADS_DIR ??= mkdtempSync(path.join(tmpdir(), 'police-oit-uploads-'))
