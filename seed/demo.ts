import type { Payload } from 'payload'

import { seedContent } from './content'
import { demoDisclosures, demoPassword, demoUnits, demoUsers, type DemoUnit } from './data/demo'
import { ensureLawCategories } from '../src/catalogue/ensureLawCategories'
import { lawCategories } from '../src/catalogue/lawCategories'
import { createBilingual } from '../src/content/createBilingual'
import { richText } from '../src/content/richText'

const DEMO_FISCAL_YEAR = 2568

type Locale = 'th' | 'en'

const unitData = (unit: DemoUnit, locale: Locale, parent: number | undefined) => ({
  name: unit.name[locale],
  shortName: unit.shortName[locale],
  ...(locale === 'th'
    ? {
        slug: unit.slug,
        unitType: unit.unitType,
        parent,
        internal: unit.internal,
        domains: unit.domains?.map((domain) => ({ domain })),
      }
    : {}),
  contact: {
    address: unit.address?.[locale],
    phones: unit.phones?.map((phone) => ({ label: phone.label[locale], number: phone.number })),
    email: unit.email,
    eitSurveyUrl: unit.eitSurveyUrl,
    map: unit.map,
    social: unit.social,
  },
  head: unit.head && {
    rank: unit.head.rank,
    name: unit.head.name[locale],
    position: unit.head.position[locale],
    message: unit.head.message?.[locale],
  },
})

/** Creates whatever part of the demo is missing; an existing record is left exactly as it is. */
export async function seedDemo(payload: Payload): Promise<{ created: number }> {
  let created = 0
  const unitIDs = new Map<string, number>()

  for (const unit of demoUnits) {
    const existing = await payload.find({
      collection: 'units',
      where: { slug: { equals: unit.slug } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      unitIDs.set(unit.slug, existing.docs[0].id)
      continue
    }
    const parent = unit.parentSlug ? unitIDs.get(unit.parentSlug) : undefined
    const doc = await createBilingual(payload, {
      collection: 'units',
      th: unitData(unit, 'th', parent),
      en: unitData(unit, 'en', parent),
    })
    unitIDs.set(unit.slug, doc.id as number)
    created++
  }

  for (const user of demoUsers) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs) continue
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        name: user.name,
        password: demoPassword,
        role: user.role,
        tenants: user.units.map((slug) => ({ tenant: unitIDs.get(slug)! })),
      },
    })
    created++
  }

  for (const page of demoDisclosures) {
    const tenant = unitIDs.get(page.unit)!
    const { totalDocs } = await payload.count({
      collection: 'disclosures',
      where: {
        tenant: { equals: tenant },
        itemCode: { equals: page.itemCode },
        fiscalYear: { equals: DEMO_FISCAL_YEAR },
      },
    })
    if (totalDocs) continue
    await createBilingual(payload, {
      collection: 'disclosures',
      th: {
        tenant,
        title: page.title.th,
        body: richText([page.body.th]),
        itemCode: page.itemCode,
        fiscalYear: DEMO_FISCAL_YEAR,
      },
      en: { title: page.title.en, body: richText([page.body.en]) },
      status: page.status,
    })
    created++
  }

  // The content's laws need the shared categories (also ensured at start-up; the seed script skips
  // that).
  created += await ensureLawCategories(payload, lawCategories)
  created += await seedContent(payload, unitIDs)
  return { created }
}
