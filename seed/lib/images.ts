/**
 * Stand-in photos and graphics drawn from simple shapes (no text: the machine may lack Thai fonts),
 * rendered by sharp to PNG or JPEG because SVG uploads are refused.
 */
import sharp from 'sharp'

export type ImageKind =
  | 'portrait'
  | 'activity'
  | 'meeting'
  | 'sign'
  | 'org-chart'
  | 'infographic'
  | 'facility'
  | 'checkpoint'

const palette = [
  '#1e3a8a',
  '#0f766e',
  '#7c2d12',
  '#4d7c0f',
  '#6d28d9',
  '#b45309',
  '#0e7490',
  '#9f1239',
]
const skin = ['#f1c27d', '#e0ac69', '#c68642', '#ffdbac']
const uniform = '#7a6a45' // khaki police uniform

const pick = <T>(list: T[], n: number): T => list[((n % list.length) + list.length) % list.length]!

const person = (x: number, y: number, scale: number, n: number, shirt = uniform) =>
  `<circle cx="${x}" cy="${y}" r="${22 * scale}" fill="${pick(skin, n)}"/>` +
  `<rect x="${x - 30 * scale}" y="${y + 26 * scale}" width="${60 * scale}" height="${90 * scale}" rx="${18 * scale}" fill="${shirt}"/>`

const people = (count: number, y: number, n: number, spread = 1000, left = 100) =>
  Array.from({ length: count }, (_, i) =>
    person(
      left + ((i + 0.5) * spread) / count,
      y + ((i * 37 + n * 11) % 40),
      1.3,
      n + i,
      i % 3 === 2 ? pick(palette, n + i) : uniform,
    ),
  ).join('')

const scenes: Record<ImageKind, (n: number) => { width: number; height: number; body: string }> = {
  portrait: (n) => ({
    width: 600,
    height: 750,
    body:
      `<rect width="600" height="750" fill="${pick(palette, n)}"/><rect width="600" height="750" fill="#ffffff" opacity="0.15"/>` +
      `<ellipse cx="300" cy="720" rx="230" ry="260" fill="${uniform}"/>` +
      `<rect x="262" y="400" width="76" height="90" fill="${pick(skin, n)}"/>` +
      `<ellipse cx="300" cy="300" rx="120" ry="150" fill="${pick(skin, n)}"/>` +
      `<path d="M180 260 Q300 110 420 260 L420 220 Q300 120 180 220 Z" fill="#222"/>` +
      `<circle cx="200" cy="580" r="16" fill="#d4af37"/><rect x="380" y="560" width="70" height="14" fill="#b91c1c"/>`,
  }),
  activity: (n) => ({
    width: 1200,
    height: 800,
    body:
      `<rect width="1200" height="800" fill="#bfdbfe"/><rect y="520" width="1200" height="280" fill="${pick(['#86efac', '#d6d3d1', '#a8a29e'], n)}"/>` +
      `<rect x="${250 + (n % 4) * 40}" y="120" width="700" height="130" rx="10" fill="${pick(palette, n)}"/>` +
      `<rect x="${290 + (n % 4) * 40}" y="165" width="620" height="14" fill="#fff" opacity="0.8"/><rect x="${290 + (n % 4) * 40}" y="200" width="420" height="14" fill="#fff" opacity="0.6"/>` +
      people(5 + (n % 4), 430, n),
  }),
  meeting: (n) => ({
    width: 1200,
    height: 800,
    body:
      `<rect width="1200" height="800" fill="#f5f5f4"/><rect x="380" y="60" width="440" height="250" fill="${pick(palette, n)}"/>` +
      `<rect x="420" y="110" width="360" height="18" fill="#fff" opacity="0.7"/>` +
      people(6, 380, n, 1000, 100) +
      `<rect x="80" y="560" width="1040" height="60" rx="12" fill="#78350f"/>`,
  }),
  sign: (n) => ({
    width: 1200,
    height: 800,
    body:
      `<rect width="1200" height="800" fill="#e7e5e4"/><rect x="170" y="80" width="860" height="600" rx="16" fill="${pick(palette, n)}"/>` +
      `<rect x="200" y="110" width="800" height="540" rx="8" fill="#fff"/>` +
      `<rect x="260" y="150" width="680" height="50" fill="${pick(palette, n)}"/>` +
      Array.from(
        { length: 6 },
        (_, i) =>
          `<rect x="260" y="${240 + i * 60}" width="${680 - ((i * 97 + n * 31) % 260)}" height="22" fill="#9ca3af"/>`,
      ).join('') +
      `<rect x="560" y="680" width="80" height="120" fill="#57534e"/>`,
  }),
  'org-chart': (n) => {
    const box = (x: number, y: number, w: number, fill: string) =>
      `<rect x="${x}" y="${y}" width="${w}" height="80" rx="10" fill="${fill}"/>`
    const children = Array.from({ length: 5 }, (_, i) => 60 + i * 222)
    return {
      width: 1200,
      height: 800,
      body:
        `<rect width="1200" height="800" fill="#ffffff"/>` +
        `<g stroke="#334155" stroke-width="5" fill="none"><path d="M600 150 V260"/><path d="M160 260 H1048"/>${children.map((x) => `<path d="M${x + 100} 260 V330"/>`).join('')}` +
        `${children.map((x) => `<path d="M${x + 100} 410 V480"/>`).join('')}</g>` +
        box(450, 70, 300, pick(palette, n)) +
        children.map((x, i) => box(x, 330, 200, pick(palette, n + i + 1))).join('') +
        children
          .map((x, i) =>
            box(x + 20, 480, 160, pick(palette, n + i + 1)).replace('/>', ' opacity="0.55"/>'),
          )
          .join(''),
    }
  },
  infographic: (n) => ({
    width: 1080,
    height: 1080,
    body:
      `<rect width="1080" height="1080" fill="${pick(['#fef3c7', '#e0f2fe', '#fce7f3'], n)}"/>` +
      `<rect x="340" y="420" width="400" height="320" fill="#dc2626"/><rect x="310" y="360" width="460" height="90" fill="#b91c1c"/>` +
      `<rect x="515" y="360" width="50" height="380" fill="#facc15"/><path d="M540 360 C440 250 400 330 540 360 C680 330 640 250 540 360 Z" fill="#facc15"/>` +
      `<circle cx="540" cy="550" r="330" fill="none" stroke="#111827" stroke-width="48"/><path d="M307 783 L773 317" stroke="#111827" stroke-width="48"/>` +
      `<rect x="140" y="920" width="800" height="60" rx="30" fill="${pick(palette, n)}"/>`,
  }),
  facility: (n) => ({
    width: 1200,
    height: 800,
    body:
      `<rect width="1200" height="800" fill="#fafaf9"/><rect y="560" width="1200" height="240" fill="#d6d3d1"/>` +
      Array.from(
        { length: 5 },
        (_, i) =>
          `<rect x="${120 + i * 130}" y="470" width="100" height="90" rx="8" fill="${pick(palette, n)}"/><rect x="${120 + i * 130}" y="430" width="100" height="40" rx="8" fill="${pick(palette, n)}" opacity="0.7"/>`,
      ).join('') +
      `<rect x="900" y="300" width="120" height="260" rx="10" fill="#e5e7eb" stroke="#6b7280" stroke-width="4"/><rect x="925" y="220" width="70" height="90" rx="20" fill="#93c5fd"/>` +
      `<rect x="780" y="120" width="360" height="120" rx="8" fill="${pick(palette, n + 3)}"/>`,
  }),
  checkpoint: (n) => ({
    width: 1200,
    height: 800,
    body:
      `<rect width="1200" height="800" fill="${pick(['#1e293b', '#7dd3fc'], n)}"/><rect y="430" width="1200" height="370" fill="#4b5563"/>` +
      `<g stroke="#f8fafc" stroke-width="10" stroke-dasharray="60 50"><path d="M0 620 H1200"/></g>` +
      Array.from(
        { length: 6 },
        (_, i) =>
          `<path d="M${180 + i * 150} 600 l35 -100 l35 100 Z" fill="#f97316"/><rect x="${184 + i * 150}" y="560" width="62" height="12" fill="#fff"/>`,
      ).join('') +
      `<rect x="150" y="470" width="900" height="22" fill="#dc2626"/>` +
      people(3, 300, n, 700, 250),
  }),
}

/** Renders one image; `variant` varies colours and layout so neighbouring images differ. */
export async function renderImage(
  kind: ImageKind,
  variant: number,
): Promise<{ data: Buffer; mimetype: string; ext: string }> {
  const { width, height, body } = scenes[kind](variant)
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
  )
  const photo =
    kind === 'portrait' ||
    kind === 'activity' ||
    kind === 'meeting' ||
    kind === 'facility' ||
    kind === 'checkpoint'
  const image = sharp(svg)
  return photo
    ? { data: await image.jpeg({ quality: 82 }).toBuffer(), mimetype: 'image/jpeg', ext: 'jpg' }
    : {
        data: await image.png({ compressionLevel: 9 }).toBuffer(),
        mimetype: 'image/png',
        ext: 'png',
      }
}
