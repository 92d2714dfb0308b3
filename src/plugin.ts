import type { Config } from 'payload'

import { Disclosures } from './collections/Disclosures'
import { OitFrameworks } from './collections/OitFrameworks'
import { Units } from './collections/Units'
import { isUnitScoped } from './collections/unitScoped'
import { Users } from './collections/Users'

export type OitPluginOptions = {
  /** Payload plugin convention: `false` leaves the config untouched. @default true */
  enabled?: boolean
}

const collections = [Users, Units, OitFrameworks, Disclosures]

/** Collections scoped to a unit through the multi-tenant plugin's `tenant` field. */
export const unitScopedCollections = collections.filter(isUnitScoped).map(({ slug }) => slug)

/**
 * The police-oit plugin: units (the tenants), staff with roles, the OIT frameworks as data and the
 * unit-scoped content collections, with their access rules and hooks.
 */
export const oitPlugin =
  (options: OitPluginOptions = {}) =>
  (incoming: Config): Config => {
    if (options.enabled === false) return incoming
    const clash = collections.find((collection) => incoming.collections?.some(({ slug }) => slug === collection.slug))
    if (clash) throw new Error(`oitPlugin: the host config already defines a "${clash.slug}" collection`)
    return {
      ...incoming,
      admin: { ...incoming.admin, user: incoming.admin?.user ?? Users.slug },
      collections: [...(incoming.collections ?? []), ...collections],
    }
  }
