import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const sarabunDir = path.dirname(require.resolve('@expo-google-fonts/sarabun/package.json'))

/** Sarabun (OFL), the government's font convention, as TTF files from npm: no download at run time. */
export const sarabun = {
  family: 'Sarabun',
  regular: path.join(sarabunDir, '400Regular/Sarabun_400Regular.ttf'),
  bold: path.join(sarabunDir, '700Bold/Sarabun_700Bold.ttf'),
  italic: path.join(sarabunDir, '400Regular_Italic/Sarabun_400Regular_Italic.ttf'),
  boldItalic: path.join(sarabunDir, '700Bold_Italic/Sarabun_700Bold_Italic.ttf'),
}
