'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { MenuLink } from '../menu'
import { pagePath } from '../../routing/publicAddresses'

/**
 * The main menu: a list of links with sub-menus as disclosure buttons. On a phone the whole menu
 * folds behind one button. The style sheet folds it before any script runs (no layout shift), and
 * leaves it open where scripting is off; `data-ready` marks the buttons as working.
 */
export function SiteMenu({
  items,
  labels,
  internal,
  base,
}: {
  items: MenuLink[]
  labels: { menu: string; navigation: string }
  internal: string
  base: string
}) {
  const pathname = usePathname()
  const here = `${base}${pagePath(pathname, internal, base)}` || '/'
  const [open, setOpen] = useState(false)
  const [openSub, setOpenSub] = useState<number | null>(null)
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  // A new page closes the menus.
  useEffect(() => {
    setOpen(false)
    setOpenSub(null)
  }, [pathname])

  const current = (href: string | null) =>
    href && href.split('#')[0] === here ? 'page' : undefined
  const link = (item: MenuLink) =>
    item.external ? (
      <a href={item.href!} rel="noopener">
        {item.label}
      </a>
    ) : (
      <a href={item.href!} aria-current={current(item.href)}>
        {item.label}
      </a>
    )

  return (
    <nav
      aria-label={labels.navigation}
      className="site-nav"
      data-open={open}
      data-ready={ready || undefined}
    >
      <button
        type="button"
        className="menu-button"
        aria-expanded={Boolean(open)}
        aria-controls="site-menu"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰</span> {labels.menu}
      </button>
      <ul id="site-menu" className="menu">
        {items.map((item, index) =>
          item.children.length ? (
            <li key={index} className="has-sub">
              <button
                type="button"
                aria-expanded={openSub === index}
                aria-controls={`sub-${index}`}
                onClick={() => setOpenSub(openSub === index ? null : index)}
              >
                {item.label}
                <span aria-hidden="true"> ▾</span>
              </button>
              <ul id={`sub-${index}`} className="sub-menu" data-open={openSub === index}>
                {item.href && <li>{link(item)}</li>}
                {item.children.map((child, childIndex) => (
                  <li key={childIndex}>{link(child)}</li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={index}>{link(item)}</li>
          ),
        )}
      </ul>
    </nav>
  )
}
