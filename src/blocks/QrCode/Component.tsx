import QRCode from 'qrcode'

import type { QrCodeBlock as Block } from '../../payload-types'
import type { Site } from '../../theme/site'

export async function QrCodeBlock({ block, site }: { block: Block; site: Site }) {
  const url = block.target === 'eit' ? site.unit.contact?.eitSurveyUrl : block.url
  if (!url) return null
  const heading =
    block.heading ||
    (block.target === 'eit'
      ? site.t(
          'ร่วมตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
          'Answer the external stakeholders’ survey (EIT)',
        )
      : site.t('คิวอาร์โค้ด', 'QR code'))
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return (
    <section className="block qr" aria-labelledby={`qr-${block.id}`}>
      <h2 id={`qr-${block.id}`}>{heading}</h2>
      <div
        className="qr-image"
        role="img"
        aria-label={site.t(`คิวอาร์โค้ดของลิงก์ ${url}`, `QR code of ${url}`)}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {block.caption && <p>{block.caption}</p>}
      <p>
        <a href={url} rel="noopener">
          {block.target === 'eit' ? site.t('เปิดแบบวัด EIT', 'Open the EIT survey') : url}
        </a>
      </p>
    </section>
  )
}
