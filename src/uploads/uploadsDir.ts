import path from 'node:path'

import { dataDirOf } from '../env/dataDir'

/** Where a collection's files live: `OIT_UPLOADS_DIR`, else `uploads/` in the data folder. */
export const uploadsDir = (slug: string): string =>
  path.join(process.env.OIT_UPLOADS_DIR ? path.resolve(process.env.OIT_UPLOADS_DIR) : path.join(dataDirOf(process.cwd()), 'uploads'), slug)
