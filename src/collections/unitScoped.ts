import type { CollectionConfig, Field } from 'payload'

import { publicTenantField } from '../fields/submission'
import { withUniquePerUnitIndexes } from '../fields/uniquePerUnit'

import { unitContentAccess, type UnitContentAccessOptions } from '../access/unitContent'
import {
  refusePublishByRole,
  refusePublishOutsideUnit,
  refuseUnpublishByRole,
} from '../hooks/guardPublish'
import { approvalField } from '../approval/fields'
import { decideEndpoint } from '../approval/decideEndpoint'
import { notifyApproval } from '../approval/notify'
import { approvalTransition } from '../approval/transition'
import { publishCheckEndpoint } from '../hooks/publishCheckEndpoint'
import { requireElementsOnPublish } from '../hooks/requireElementsOnPublish'
import type { PublishChecks } from '../requirements/checks'

export type UnitScopedOptions = UnitContentAccessOptions & {
  /** Drafts, versions and approval (default). Submissions from the public have none. */
  drafts?: boolean
  /**
   * What publishing requires beyond the evidence rules of the framework elements the collection
   * feeds.
   */
  publishChecks?: PublishChecks
}

/**
 * How long an editor's lock on a document outlives their last change, in seconds. Payload's five
 * minutes kept a head out long after a clerk had saved and closed the browser; two minutes of
 * idleness is long enough to read a form, short enough to wait for.
 */
export const LOCK_IDLE_SECONDS = 120

/**
 * Makes a content collection unit-scoped: one set of access rules (own units, HQ subtree, public
 * reads), drafts with versions, the publishing-rights hooks and the required-element checks on
 * publish, the approval steps between editor and head (src/approval), and a unique index for each
 * value that is one per unit (uniquePerUnit). The plugin hands every collection made with this to
 * the multi-tenant plugin, which adds the `tenant` field.
 */
export const unitScoped = (
  collection: Omit<CollectionConfig, 'access'>,
  options: UnitScopedOptions,
): CollectionConfig => withUniquePerUnitIndexes(scoped(collection, options))

function scoped(
  collection: Omit<CollectionConfig, 'access'>,
  { drafts = true, publishChecks, ...access }: UnitScopedOptions,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  if (!drafts) {
    // The multi-tenant plugin only lets signed-in members assign a unit, so public forms carry
    // their own
    // `tenant` field and stay outside the plugin; the access rules above scope them all the same.
    const fields = access.publicCreate
      ? [publicTenantField, ...collection.fields]
      : collection.fields
    return {
      ...collection,
      fields,
      access: unitContentAccess(access),
      custom: {
        ...collection.custom,
        unitScoped: true,
        publicRead: access.publicRead,
        publicSubmissions: access.publicCreate,
      },
    }
  }
  return {
    // Drafts are validated too, so a wrong phone number is caught when typed, not at publish time.
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    lockDocuments: { duration: LOCK_IDLE_SECONDS },
    ...collection,
    access: unitContentAccess(access),
    custom: { ...collection.custom, unitScoped: true, publicRead: access.publicRead },
    endpoints: [
      ...(collection.endpoints || []),
      publishCheckEndpoint(collection.slug, publishChecks ?? []),
      decideEndpoint(collection.slug),
    ],
    fields: [...collection.fields, approvalField, publishChecklistField],
    hooks: {
      ...hooks,
      beforeOperation: [
        refusePublishByRole,
        refuseUnpublishByRole,
        ...(hooks.beforeOperation ?? []),
      ],
      beforeChange: [
        refusePublishOutsideUnit,
        ...(hooks.beforeChange ?? []),
        requireElementsOnPublish(publishChecks),
        approvalTransition(publishChecks),
      ],
      afterChange: [...(hooks.afterChange ?? []), notifyApproval],
    },
  }
}

/** The edit view's list of what publishing will still ask for (`PublishChecklist`). */
const publishChecklistField: Field = {
  name: 'publishChecklist',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: 'police-oit/client#PublishChecklist' } },
}

/**
 * Never on the public sites (staff, internal review data, submissions from the public): saving them
 * changes no page.
 */
export const isPrivate = (collection: CollectionConfig): boolean =>
  collection.custom?.publicRead === 'none'

export const isUnitScoped = (collection: CollectionConfig): boolean =>
  Boolean(collection.custom?.unitScoped)

/**
 * Whether the collection is handed to the multi-tenant plugin (everything unit-scoped except public
 * forms and review findings, which carry their own `tenant`).
 */
export const usesTenantPlugin = (collection: CollectionConfig): boolean =>
  isUnitScoped(collection) &&
  !collection.custom?.publicSubmissions &&
  !collection.custom?.ownTenantField
