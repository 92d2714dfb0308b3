import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

const DPI = 50

/** Converts a DOCX to PDF with LibreOffice, as an assessor's office suite would. */
export function libreOfficePdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'oit-lo-'))
  try {
    writeFileSync(path.join(dir, 'in.docx'), docx)
    execFileSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'in.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    )
    return readFileSync(path.join(dir, 'in.pdf'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Renders each page with pdftoppm and returns, per page, how far ink reaches into the left and
 * right margins (in points; 0 = none): text running past the text area shows up here.
 */
export async function inkInSideMargins(
  pdf: Buffer,
  marginPt: number,
  keepAs?: string,
): Promise<{ page: number; left: number; right: number }[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oit-png-'))
  writeFileSync(path.join(dir, 'doc.pdf'), pdf)
  execFileSync('pdftoppm', [
    '-r',
    String(DPI),
    '-png',
    path.join(dir, 'doc.pdf'),
    path.join(dir, 'page'),
  ])
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort()
  const results = []
  for (const [index, name] of pages.entries()) {
    const { data, info } = await sharp(path.join(dir, name))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const margin = Math.floor((marginPt / 72) * DPI) - 1
    let left = 0
    let right = 0
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        if (data[y * info.width + x]! > 128) continue
        if (x < margin) left = Math.max(left, margin - x)
        if (x >= info.width - margin) right = Math.max(right, x - (info.width - margin) + 1)
      }
    }
    results.push({ page: index + 1, left: (left * 72) / DPI, right: (right * 72) / DPI })
    // Kept for a person to look at (artifacts/ is not committed).
    if (keepAs) {
      mkdirSync(path.dirname(keepAs), { recursive: true })
      copyFileSync(path.join(dir, name), `${keepAs}-${index + 1}.png`)
    }
  }
  rmSync(dir, { recursive: true, force: true })
  return results
}
