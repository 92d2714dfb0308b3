import type { RelationshipFieldSingleValidation } from 'payload'

import { invalid } from '../../validation/messages'

const field = { th: 'หน่วยงานต้นสังกัด', en: 'Parent unit' }

/**
 * A unit cannot sit under itself or under one of its own descendants, and only HQs have children.
 */
export const validateParent: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  if (value == null) return true
  const parentID = typeof value === 'object' ? (value as { value: number | string }).value : value
  if (id != null && String(parentID) === String(id)) {
    return invalid(field, { th: 'ต้องไม่ใช่หน่วยงานเดียวกัน', en: 'cannot be the unit itself' })
  }
  let cursor: number | string | null = parentID
  for (let hops = 0; cursor != null && hops < 32; hops++) {
    const unit: { id: number | string; parent?: unknown; unitType?: string } | null =
      await req.payload.findByID({
        collection: 'units',
        id: cursor,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
    if (!unit)
      return invalid(field, { th: 'ไม่พบหน่วยงานที่เลือก', en: 'the selected unit does not exist' })
    if (hops === 0 && unit.unitType !== 'hq') {
      return invalid(field, {
        th: 'ต้องเป็นหน่วยงานระดับกองบังคับการ/ภาค (hq)',
        en: 'must be an HQ unit',
      })
    }
    if (id != null && String(unit.id) === String(id)) {
      return invalid(field, {
        th: 'ทำให้เกิดการวนซ้ำในสายบังคับบัญชา',
        en: 'would create a cycle in the unit tree',
      })
    }
    cursor = (
      typeof unit.parent === 'object' && unit.parent
        ? (unit.parent as { id: number }).id
        : unit.parent
    ) as number | string | null
  }
  return true
}
