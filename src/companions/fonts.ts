import { existsSync } from 'node:fs'
import path from 'node:path'

const PACKAGE = '@expo-google-fonts/sarabun'

/**
 * The package's folder, found on disk from the working directory up (the app, the worker and the
 * tests all run from the project): a bundler rewrites `require.resolve` to paths that do not exist.
 */
function packageDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', PACKAGE)
    if (existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir)
      throw new Error(`${PACKAGE} is not installed (searched from ${process.cwd()} up)`)
  }
}

const sarabunDir = packageDir()

/**
 * Sarabun (OFL), the government's font convention, as TTF files from npm: no download at run time.
 */
export const sarabun = {
  family: 'Sarabun',
  regular: path.join(sarabunDir, '400Regular/Sarabun_400Regular.ttf'),
  bold: path.join(sarabunDir, '700Bold/Sarabun_700Bold.ttf'),
  italic: path.join(sarabunDir, '400Regular_Italic/Sarabun_400Regular_Italic.ttf'),
  boldItalic: path.join(sarabunDir, '700Bold_Italic/Sarabun_700Bold_Italic.ttf'),
}
