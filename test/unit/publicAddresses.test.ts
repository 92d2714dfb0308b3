import { describe, expect, it } from '@jest/globals'

import {
  hostList,
  mainHostsOf,
  originOf,
  publicOriginWarning,
  siteRoute,
  unitSiteUrl,
} from '../../src/routing/publicAddresses'

const local = mainHostsOf([])

describe('public URLs to site routes', () => {
  it('maps /u/{slug}/… on the main host and every path of a unit’s own domain, and passes the internal routes', () => {
    expect(siteRoute('localhost:3000', '/u/mueang-ranong', local)).toBe('/site/mueang-ranong/th')
    expect(siteRoute('localhost:3000', '/u/mueang-ranong/oit/2568/o15', local)).toBe(
      '/site/mueang-ranong/th/oit/2568/o15',
    )
    expect(siteRoute('localhost:3000', '/u/mueang-ranong/en/news/', local)).toBe(
      '/site/mueang-ranong/en/news',
    )
    expect(siteRoute('localhost:3000', '/u/mueang-ranong/english-page', local)).toBe(
      '/site/mueang-ranong/th/english-page',
    )
    expect(siteRoute('127.0.0.1', '/', local)).toBe('pass')
    expect(siteRoute('127.0.0.1', '/site/mueang-ranong/th', local)).toBe('pass')
    expect(siteRoute('Ranong.Police.go.th', '/', local)).toBe('/site/~ranong.police.go.th/th')
    expect(siteRoute('ranong.police.go.th', '/en/oit/2568/o1', local)).toBe(
      '/site/~ranong.police.go.th/en/oit/2568/o1',
    )
    // On a unit's domain the admin, the API and the generated files stay where they are.
    for (const path of [
      '/admin',
      '/api/news',
      '/oit/mueang-ranong/2568/O15/fy.pdf',
      '/_next/static/x.js',
    ])
      expect(siteRoute('ranong.police.go.th', path, local)).toBe('pass')
    expect(siteRoute('ranong.police.go.th', '/oit/2568', local)).toBe(
      '/site/~ranong.police.go.th/th/oit/2568',
    )
  })

  it('treats the configured main hosts (OIT_MAIN_HOSTS) as the main host', () => {
    const configured = mainHostsOf(hostList(' oit.police.go.th , Other.Example:8443'))
    expect(siteRoute('oit.police.go.th', '/', configured)).toBe('pass')
    expect(siteRoute('oit.police.go.th', '/u/kapoe', configured)).toBe('/site/kapoe/th')
    expect(siteRoute('other.example', '/u/kapoe', configured)).toBe('/site/kapoe/th')
    expect(siteRoute('oit.police.go.th', '/u/kapoe', local)).toBe(
      '/site/~oit.police.go.th/th/u/kapoe',
    )
  })

  it('builds a unit site address from its domain or the public address', () => {
    expect(unitSiteUrl({ slug: 'kapoe' }, originOf('https://oit.example.go.th/'))).toBe(
      'https://oit.example.go.th/u/kapoe',
    )
    expect(unitSiteUrl({ slug: 'kapoe', domain: 'kapoe.police.go.th' }, originOf(undefined))).toBe(
      'https://kapoe.police.go.th',
    )
    expect(unitSiteUrl({ slug: 'kapoe' }, originOf(undefined))).toBe(
      'http://localhost:3000/u/kapoe',
    )
    expect(publicOriginWarning(undefined)).toMatch(/OIT_PUBLIC_URL/)
    expect(publicOriginWarning('https://oit.example.go.th')).toBeNull()
  })
})
