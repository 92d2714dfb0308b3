import {
  indicatorLabels,
  indicatorOf,
  subIndicatorLabels,
  subIndicators,
  type FrameworkItem,
} from '../../frameworks/types'
import { itemPath } from '../oit'
import type { Site } from '../site'

/**
 * A fiscal year's items grouped by indicator and sub-indicator, each linking to its stable page.
 */
export function OitItems({
  site,
  fiscalYear,
  items,
  level = 2,
}: {
  site: Site
  fiscalYear: number
  items: FrameworkItem[]
  level?: 2 | 3
}) {
  const Indicator = `h${level}` as 'h2'
  const Sub = `h${level + 1}` as 'h3'
  return (
    <>
      {(['9', '10'] as const).map((indicator) => (
        <section key={indicator} className="card" aria-labelledby={`indicator-${indicator}`}>
          <Indicator id={`indicator-${indicator}`}>
            {site.pick(indicatorLabels[indicator])}
          </Indicator>
          {subIndicators
            .filter((sub) => indicatorOf(sub) === indicator)
            .map((sub) => {
              const subItems = items.filter((item) => item.subIndicator === sub)
              return subItems.length ? (
                <div key={sub}>
                  <Sub>{site.pick(subIndicatorLabels[sub])}</Sub>
                  <ul className="plain">
                    {subItems.map((item) => (
                      <li key={item.code} className="item">
                        <span className="code">{item.code}</span>
                        <a href={itemPath(site, fiscalYear, item.code)}>{site.pick(item.title)}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null
            })}
        </section>
      ))}
    </>
  )
}
