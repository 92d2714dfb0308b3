import type { Access, CollectionConfig } from 'payload'

import { isReviewer, userOf } from '../../access/roles'
import { superAdminOnly } from '../../access/superAdmin'
import { scopeAllowsCreate } from '../../access/unitContent'
import { readableUnits, scopeWhere } from '../../access/unitScope'

/**
 * A unit's staff reach their own unit's findings, reviewers their subtree; what staff may change is
 * checked on save.
 */
const inReadableUnits: Access = async ({ req }) => scopeWhere(await readableUnits(req), 'tenant')

/** Reviewers raise, close and reopen findings in their subtree; unit staff only answer them. */
const create: Access = async ({ req, data }) =>
  isReviewer(userOf(req)) && scopeAllowsCreate(await readableUnits(req), data)

export const reviewFindingsAccess: NonNullable<CollectionConfig['access']> = {
  create,
  read: inReadableUnits,
  update: inReadableUnits,
  // Findings are the review's record: only a super-admin removes one.
  delete: superAdminOnly,
}
