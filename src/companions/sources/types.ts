import type { PayloadRequest } from 'payload'

import type { ContentCollection, FrameworkItem } from '../../frameworks/types'
import type { Period } from '../periods'
import type { Block, Report } from '../report'

export type SourceDoc = Record<string, any>

export type SourceContext = {
  req: PayloadRequest
  item: FrameworkItem
  fiscalYear: number
  period: Period
  /** e.g. "เดือนตุลาคม พ.ศ. 2567" */
  periodLabel: string
  /** Whether photos are loaded (print) or left out (open data). */
  photos: boolean
}

/**
 * How one content collection turns into companion content. An item fed by several collections
 * (statistics: crimes and checkpoints) gets the blocks of each, in the item's `feeds` order.
 */
export type CompanionSource = {
  collection: ContentCollection
  /** Monthly collections have one document per month; the others one per fiscal year. */
  monthly: boolean
  /**
   * The blocks for the period's published documents; with none, tables say the data is not yet
   * published.
   */
  blocks: (docs: SourceDoc[], context: SourceContext) => Block[] | Promise<Block[]>
  /** A title of an official form (สขร.1) instead of the item's title. */
  title?: (context: SourceContext) => string
  formCode?: string
  orientation?: Report['orientation']
}

export const NOT_PUBLISHED = 'ยังไม่มีข้อมูลที่เผยแพร่สำหรับช่วงเวลานี้'

export const dateOf = (value: unknown): Date | null =>
  typeof value === 'string' || value instanceof Date ? new Date(value) : null
