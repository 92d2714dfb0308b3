import type { Site } from '../site'
import { ContactDetails } from './ContactDetails'

const socialNames = {
  website: 'Website',
  facebook: 'Facebook',
  line: 'LINE',
  youtube: 'YouTube',
  tiktok: 'TikTok',
} as const

export function SiteFooter({ site }: { site: Site }) {
  const { unit, t } = site
  const social = Object.entries(unit.contact?.social ?? {}).filter(
    ([, url]) => typeof url === 'string' && url,
  ) as [keyof typeof socialNames, string][]
  return (
    <footer className="site-footer">
      <div className="footer-grid">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{unit.name}</h2>
          <ContactDetails site={site} />
        </section>
        {social.length > 0 && (
          <section aria-labelledby="footer-social">
            <h2 id="footer-social">{t('ช่องทางออนไลน์', 'Follow us')}</h2>
            <ul className="plain">
              {social.map(([name, url]) => (
                <li key={name}>
                  <a href={url} rel="noopener">
                    {socialNames[name]}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="footer-links">
          <h2 id="footer-links">{t('ลิงก์', 'Links')}</h2>
          <ul className="plain">
            <li>
              <a href={site.href('/oit')}>
                {t('การเปิดเผยข้อมูลสาธารณะ (OIT)', 'Open information (OIT)')}
              </a>
            </li>
            <li>
              <a href={site.href('/news/feed.xml')}>
                {t('RSS ข่าวประชาสัมพันธ์', 'News RSS feed')}
              </a>
            </li>
            <li>
              <a href={site.href('/sitemap.xml')}>{t('แผนผังเว็บไซต์', 'Sitemap')}</a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  )
}
