import type { Payload } from 'payload'

import type { FrameworkData } from '../frameworks/types'
import { ensureFrameworks } from './ensureFrameworks'
import { ensureLawCategories } from './ensureLawCategories'
import type { LawCategoryData } from './types'

/**
 * Start-up: the OIT frameworks and the shared law categories that are missing are added (they are
 * product data every unit is judged by); those present are left as a super-admin may have edited
 * them.
 */
export async function installCatalogue(
  payload: Payload,
  {
    frameworks,
    lawCategories,
  }: { frameworks: FrameworkData[] | false; lawCategories: LawCategoryData[] | false },
): Promise<void> {
  const addedFrameworks = frameworks ? await ensureFrameworks(payload, frameworks) : 0
  if (addedFrameworks) payload.logger.info(`Added ${addedFrameworks} official OIT frameworks.`)
  const addedCategories = lawCategories ? await ensureLawCategories(payload, lawCategories) : 0
  if (addedCategories) payload.logger.info(`Added ${addedCategories} shared law categories.`)
}
