import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/700.css'
import '../../../theme/styles.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: { default: 'ข้อมูลสาธารณะ ITA/OIT', template: '%s · ข้อมูลสาธารณะ ITA/OIT' },
  description: 'การเปิดเผยข้อมูลสาธารณะ (OIT) ของหน่วยงานตำรวจ',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="th">
      <body>{children}</body>
    </html>
  )
}
