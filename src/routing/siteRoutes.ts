import type { UnitType } from '../frameworks/types'

type Label = { th: string; en: string }

/**
 * The theme's built-in pages: what menus and call-to-action links may point at. A route marked
 * `unitPage` is the unit's own page with that slug (built from blocks), shown once it is published;
 * one marked `byYear` shows the current fiscal year, and `{path}/{year}` any published year.
 */
export const siteRoutes = {
  home: { path: '', label: { th: 'หน้าแรก', en: 'Home' } },
  about: {
    path: '/about',
    label: { th: 'ประวัติและวิสัยทัศน์', en: 'History and vision' },
    unitPage: 'about',
  },
  structure: {
    path: '/executives#structure',
    label: { th: 'โครงสร้างหน่วยงาน', en: 'Organisation chart' },
  },
  executives: { path: '/executives', label: { th: 'ผู้บริหาร', en: 'Executives' } },
  authority: {
    path: '/authority',
    label: { th: 'อำนาจหน้าที่และพื้นที่รับผิดชอบ', en: 'Authority and area' },
  },
  committee: {
    path: '/committee',
    label: {
      th: 'คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ (กต.ตร.)',
      en: 'Police Affairs Monitoring Committee',
    },
  },
  news: { path: '/news', label: { th: 'ข่าวประชาสัมพันธ์', en: 'News' } },
  'e-services': {
    path: '/e-services',
    label: { th: 'บริการออนไลน์ (e-Service)', en: 'Online services (e-Service)' },
  },
  manuals: { path: '/manuals', label: { th: 'คู่มือการปฏิบัติงานและการให้บริการ', en: 'Manuals' } },
  laws: { path: '/laws', label: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Laws' } },
  procurement: {
    path: '/procurement',
    label: { th: 'จัดซื้อจัดจ้าง', en: 'Procurement' },
    byYear: true,
  },
  ita: { path: '/oit', label: { th: 'ITA', en: 'ITA' } },
  contact: { path: '/contact', label: { th: 'ติดต่อเรา', en: 'Contact us' } },
} satisfies Record<string, { path: string; label: Label; unitPage?: string; byYear?: true }>

export type SiteRoute = keyof typeof siteRoutes

/**
 * A built-in page's path for one fiscal year (the route's own path when it does not go by year).
 */
export const routeOfYear = (route: SiteRoute, fiscalYear: number): string => {
  const { path } = siteRoutes[route]
  return 'byYear' in siteRoutes[route] ? `${path}/${fiscalYear}` : path
}

/**
 * Custom pages may not take a built-in page's address ("home" is allowed: it replaces the home
 * page).
 */
export const reservedSlugs = new Set([
  'u',
  'en',
  'site',
  'sitemap.xml',
  'robots.txt',
  ...Object.values(siteRoutes)
    .filter((route) => !('unitPage' in route))
    .map(({ path }) => path.slice(1).split(/[/#]/)[0]!)
    .filter(Boolean),
])

export type StandardMenuItem = { label: Label; route?: SiteRoute; children?: StandardMenuItem[] }

const item = (route: SiteRoute, label: Label = siteRoutes[route].label): StandardMenuItem => ({
  route,
  label,
})

/** A standard menu item as the unit's `menu` field stores it, in one language. */
export type MenuRow = {
  label: string
  kind: 'route' | 'none'
  route?: SiteRoute
  children?: MenuRow[]
}

export const menuRow = (item: StandardMenuItem, locale: 'th' | 'en'): MenuRow => ({
  label: item.label[locale],
  kind: item.route ? 'route' : 'none',
  route: item.route,
  ...(item.children ? { children: item.children.map((child) => menuRow(child, locale)) } : {}),
})

/**
 * The standard menu every unit starts with (the police website standard); each unit may edit its
 * own copy.
 */
export const standardMenu = (unitType: UnitType): StandardMenuItem[] => [
  item('home'),
  {
    label: { th: 'เกี่ยวกับหน่วยงาน', en: 'About us' },
    children: [
      item('about'),
      item('structure'),
      item('executives'),
      item('authority'),
      // กต.ตร. committees are attached to police stations.
      ...(unitType === 'police-station'
        ? [item('committee', { th: 'กต.ตร.', en: 'Police Affairs Committee' })]
        : []),
    ],
  },
  item('news'),
  {
    label: { th: 'บริการประชาชน', en: 'Services' },
    children: [
      item('e-services', { th: 'e-Service', en: 'e-Service' }),
      item('manuals', { th: 'คู่มือ', en: 'Manuals' }),
    ],
  },
  item('laws', { th: 'กฎหมาย', en: 'Laws' }),
  item('procurement'),
  item('ita'),
  item('contact'),
]

/** Where the theme presents each content collection: an item page links there for the full view. */
export const collectionRoutes: Partial<Record<string, SiteRoute>> = {
  units: 'contact',
  executives: 'executives',
  'org-structures': 'structure',
  authorities: 'authority',
  laws: 'laws',
  'committee-members': 'committee',
  'committee-reports': 'committee',
  news: 'news',
  manuals: 'manuals',
  'e-services': 'e-services',
  'procurement-announcements': 'procurement',
  'procurement-summaries': 'procurement',
  feedback: 'contact',
  'corruption-complaints': 'contact',
}
