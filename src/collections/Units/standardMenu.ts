import type { CollectionAfterChangeHook } from 'payload'

import { updateBilingual } from '../../content/createBilingual'
import type { UnitType } from '../../frameworks/types'
import { menuRow, standardMenu } from '../../routing/siteRoutes'

/** A new unit starts with the standard menu, in Thai and English, for its staff to edit. */
export const addStandardMenu: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.menu?.length) return doc
  const menu = standardMenu(doc.unitType as UnitType)
  const stored = await updateBilingual(req.payload, {
    collection: 'units',
    id: doc.id,
    th: { menu: menu.map((item) => menuRow(item, 'th')) },
    // Storing English needs the required names in English too: the Thai ones stand in until
    // translated.
    en: { name: doc.name, shortName: doc.shortName, menu: menu.map((item) => menuRow(item, 'en')) },
    req,
  })
  return { ...doc, menu: stored.menu }
}
