import type { Site } from '../site'

/** Links to the same page for other fiscal years. */
export function YearSwitcher({
  site,
  years,
  current,
  path,
}: {
  site: Site
  years: number[]
  current: number
  path: (year: number) => string
}) {
  if (years.length < 2) return null
  return (
    <nav aria-label={site.t('ปีงบประมาณ', 'Fiscal year')} className="years">
      {site.t('ปีงบประมาณ', 'Fiscal year')}:
      {years.map((year) =>
        year === current ? (
          <span key={year} aria-current="page">
            {year}
          </span>
        ) : (
          <a key={year} href={site.href(path(year))}>
            {year}
          </a>
        ),
      )}
    </nav>
  )
}
