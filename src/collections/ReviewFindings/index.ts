import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  DateField,
  FieldAccess,
  RelationshipField,
  TextField,
} from 'payload'
import { ValidationError } from 'payload'

import { isReviewer, userOf } from '../../access/roles'
import { tenantIDOf } from '../../access/unitContent'
import { readableUnits, scopeIncludes, scopeWhere } from '../../access/unitScope'
import { frameworkFor } from '../../requirements/frameworkFor'
import { fiscalYearField, fiscalYearLabel } from '../../fields/fiscalYear'
import { idFromQuery, prefilledFrom } from '../../fields/prefilled'
import { itemCodeField, itemCodeLabel } from '../../fields/itemCode'
import { optionsOf } from '../../fields/options'
import { limitedText } from '../../fields/text'
import { invalid } from '../../validation/messages'
import { adminGroups } from '../groups'
import { reviewFindingsAccess } from './access'
import { itemsEndpoint } from './itemsEndpoint'
import { notifyFindingChange } from './notify'

const labels = {
  tenant: { th: 'หน่วยงาน', en: 'Unit' },
  fiscalYear: fiscalYearLabel,
  item: itemCodeLabel,
  observation: { th: 'ข้อสังเกต', en: 'Observation' },
  status: { th: 'สถานะ', en: 'Status' },
  answer: { th: 'คำตอบของหน่วยงาน', en: 'Unit’s answer' },
}

const findingStatuses = {
  open: { th: 'เปิด/รอหน่วยงานตอบ', en: 'Open (awaiting the unit)' },
  answered: { th: 'หน่วยงานตอบแล้ว', en: 'Answered' },
  closed: { th: 'ปิดแล้ว', en: 'Closed' },
}

const TITLE_EXCERPT = 60

/**
 * "O7 · 2568 · first words of the observation", so lists and breadcrumbs say which finding it is.
 */
const titleField: TextField = {
  name: 'title',
  type: 'text',
  label: { th: 'ชื่อเรียก', en: 'Title' },
  admin: { hidden: true },
  hooks: {
    beforeChange: [
      ({ siblingData }) => {
        const observation = String(siblingData.observation ?? '')
          .replace(/\s+/g, ' ')
          .trim()
        const excerpt =
          observation.length > TITLE_EXCERPT
            ? `${observation.slice(0, TITLE_EXCERPT).trimEnd()}…`
            : observation
        return [siblingData.item, siblingData.fiscalYear, excerpt].filter(Boolean).join(' · ')
      },
    ],
  },
}

/**
 * The unit the finding is about: any unit the reviewer reviews, chosen in the form (the
 * multi-tenant
 * plugin's field would offer only the unit picked in the tenant selector).
 */
const reviewedUnitField: RelationshipField = {
  name: 'tenant',
  type: 'relationship',
  relationTo: 'units',
  required: true,
  index: true,
  label: labels.tenant,
  filterOptions: async ({ req }) => scopeWhere(await readableUnits(req), 'id'),
  admin: { allowCreate: false, allowEdit: false, width: '50%' },
}

/** The item, chosen from the unit's framework for the year. */
const itemField: TextField = {
  ...itemCodeField,
  admin: { ...itemCodeField.admin, components: { Field: 'police-oit/client#ItemField' } },
}

/** Written by the hooks below, never by hand. */
const setByHooks: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

const stampField = (name: string, label: { th: string; en: string }): DateField => ({
  name,
  type: 'date',
  label,
  access: setByHooks,
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})

const unitMayNot = {
  th: 'หน่วยงานแก้ไขไม่ได้ (แก้ได้เฉพาะคำตอบ และเปลี่ยนสถานะเป็น "หน่วยงานตอบแล้ว")',
  en: 'the unit cannot change this (only the answer, and the status to answered)',
}

/**
 * Unit staff may only answer: write `answer` and move the finding from open to answered. Reviewers
 * may change anything within their subtree. Then records who raised the finding and when it was
 * answered and closed.
 */
const guardAndStamp: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = userOf(req)
  const before = operation === 'update' ? (originalDoc as Record<string, unknown>) : undefined
  // Relationships arrive as an ID or as a document: compare IDs.
  const changed = (field: string) =>
    String(tenantIDOf(data[field]) ?? '') !== String(tenantIDOf(before?.[field]) ?? '')
  const errors: { path: string; message: string }[] = []
  if (before && user && !isReviewer(user)) {
    for (const field of ['tenant', 'fiscalYear', 'item', 'observation'] as const) {
      if (changed(field)) errors.push({ path: field, message: invalid(labels[field], unitMayNot) })
    }
    if (changed('status') && !(before.status === 'open' && data.status === 'answered')) {
      errors.push({ path: 'status', message: invalid(labels.status, unitMayNot) })
    }
    if (before.status === 'closed' && changed('answer')) {
      errors.push({
        path: 'answer',
        message: invalid(labels.answer, {
          th: 'ข้อสังเกตปิดแล้ว แก้ไขคำตอบไม่ได้',
          en: 'the finding is closed; the answer can no longer change',
        }),
      })
    }
  } else if (
    before &&
    user &&
    changed('tenant') &&
    !scopeIncludes(await readableUnits(req), tenantIDOf(data.tenant))
  ) {
    errors.push({
      path: 'tenant',
      message: invalid(labels.tenant, {
        th: 'อยู่นอกหน่วยงานที่ท่านตรวจติดตาม',
        en: 'is outside the units you review',
      }),
    })
  }
  if (data.status === 'answered' && !String(data.answer ?? '').trim()) {
    errors.push({
      path: 'answer',
      message: invalid(labels.answer, {
        th: 'ต้องกรอกก่อนเปลี่ยนสถานะเป็น "หน่วยงานตอบแล้ว"',
        en: 'is required before the status becomes answered',
      }),
    })
  }
  const unit = tenantIDOf(data.tenant ?? before?.tenant)
  if (
    unit != null &&
    data.item &&
    (!before || changed('tenant') || changed('fiscalYear') || changed('item'))
  ) {
    const framework = await frameworkFor(
      req,
      unit,
      (data.fiscalYear ?? before?.fiscalYear) as number,
    )
    if (!framework.items.some((item) => item.code === data.item)) {
      errors.push({
        path: 'item',
        message: invalid(labels.item, {
          th: `ไม่มีข้อ ${data.item} ในเกณฑ์การประเมินของหน่วยงานนี้ในปีงบประมาณที่เลือก`,
          en: `${data.item} is not an item of this unit's framework for the fiscal year`,
        }),
      })
    }
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)

  if (operation === 'create' && user) data.reviewer = user.id
  if (data.status !== before?.status) {
    const now = new Date().toISOString()
    if (data.status === 'answered') data.answeredAt = now
    data.closedAt = data.status === 'closed' ? now : null
  }
  return data
}

/** An HQ reviewer's observation on one OIT item of a unit's fiscal year, and the unit's answer. */
export const ReviewFindings: CollectionConfig = {
  slug: 'review-findings',
  labels: {
    singular: { th: 'ข้อสังเกตของผู้ตรวจ', en: 'Review finding' },
    plural: { th: 'ข้อสังเกตของผู้ตรวจ', en: 'Review findings' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['tenant', 'item', 'title', 'status', 'updatedAt'],
    group: adminGroups.review,
  },
  defaultSort: '-createdAt',
  // Not `unitScoped()`: reviewers write here and unit staff only answer. Its own `tenant` field
  // (`ownTenantField`) keeps it out of the multi-tenant plugin.
  custom: { unitScoped: true, publicRead: 'none', ownTenantField: true },
  endpoints: [itemsEndpoint],
  access: reviewFindingsAccess,
  hooks: { beforeChange: [guardAndStamp], afterChange: [notifyFindingChange] },
  fields: [
    titleField,
    // Links from the dashboard and the matrix open the form about the gap: `?unit=&year=&item=`.
    {
      type: 'row',
      fields: [
        prefilledFrom('unit', reviewedUnitField, idFromQuery),
        prefilledFrom('year', fiscalYearField({ defaultToCurrent: true }), idFromQuery),
      ],
    },
    prefilledFrom('item', itemField, (raw) => (/^O\d{1,2}$/i.test(raw) ? raw.toUpperCase() : null)),
    limitedText('observation', labels.observation, { max: 5000, required: true, textarea: true }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: optionsOf(findingStatuses),
      label: labels.status,
      admin: { position: 'sidebar' },
    },
    limitedText('answer', labels.answer, { max: 5000, textarea: true }),
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      label: { th: 'ผู้ตรวจ', en: 'Reviewer' },
      access: setByHooks,
      admin: { readOnly: true, position: 'sidebar' },
    },
    stampField('answeredAt', { th: 'วันที่หน่วยงานตอบ', en: 'Answered at' }),
    stampField('closedAt', { th: 'วันที่ปิด', en: 'Closed at' }),
  ],
}
