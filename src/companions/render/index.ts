import type { CompanionFormat } from '../../frameworks/types'
import type { Report } from '../report'
import { renderDocx } from './docx'
import { renderPdf } from './pdf'
import { renderXlsx } from './xlsx'

export const renderers: Record<CompanionFormat, (report: Report) => Promise<Buffer>> = {
  pdf: renderPdf,
  docx: renderDocx,
  xlsx: renderXlsx,
}
