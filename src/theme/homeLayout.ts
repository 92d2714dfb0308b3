import type { LayoutBlock } from '../blocks/RenderBlocks'

/** The home page of a unit that has not built its own (a published page with the slug "home"). */
export const standardHomeLayout: LayoutBlock[] = [
  { blockType: 'hero', id: 'hero' },
  { blockType: 'headMessage', id: 'head' },
  { blockType: 'newsList', id: 'news', limit: 3 },
  { blockType: 'executivesGrid', id: 'executives', limit: 4 },
  { blockType: 'eServiceLinks', id: 'e-services' },
  { blockType: 'qrCode', id: 'eit', target: 'eit' },
  { blockType: 'contactCard', id: 'contact' },
]
