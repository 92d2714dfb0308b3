import type { Site } from '../site'
import { siteMenu } from '../menu'
import { LanguageSwitch } from './LanguageSwitch'
import { SiteMenu } from './SiteMenu'

export async function SiteHeader({ site }: { site: Site }) {
  const { unit, t } = site
  const items = await siteMenu(site)
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('ข้ามไปยังเนื้อหา', 'Skip to content')}
      </a>
      <div className="brand-bar">
        <a className="brand" href={site.href('')}>
          <span className="brand-name">{unit.name}</span>
          <span className="brand-sub">{t('สำนักงานตำรวจแห่งชาติ', 'Royal Thai Police')}</span>
        </a>
        <LanguageSwitch locale={site.locale} bases={site.bases} internal={site.internal} />
      </div>
      <SiteMenu
        items={items}
        labels={{ menu: t('เมนู', 'Menu'), navigation: t('เมนูหลัก', 'Main menu') }}
        internal={site.internal}
        base={site.bases[site.locale]}
      />
    </header>
  )
}
