import type { Access, CollectionConfig, Field } from 'payload'

type Operation = keyof NonNullable<CollectionConfig['access']>

/** Both must allow: `false` from either refuses, two query constraints apply together. */
const bothAllow =
  (first: Access, second: Access): Access =>
  async (args) => {
    const [a, b] = await Promise.all([first(args), second(args)])
    if (!a || !b) return false
    if (a === true) return b
    if (b === true) return a
    return { and: [a, b] }
  }

const named = (fields: Field[]) =>
  new Set(fields.flatMap((field) => ('name' in field ? [field.name] : [])))

/**
 * A host's collection with the plugin's parts added: its fields first, then the plugin's it lacks
 * (by name); hooks of both, the host's first; each operation allowed only where both allow; the
 * host's auth, upload and admin settings kept, the plugin's filling what the host left unset.
 */
export function mergeCollection(host: CollectionConfig, ours: CollectionConfig): CollectionConfig {
  const hostFields = named(host.fields)
  const hooks = { ...host.hooks } as Record<string, unknown[]>
  for (const [name, list] of Object.entries(ours.hooks ?? {}))
    hooks[name] = [...(hooks[name] ?? []), ...(list as unknown[])]
  const access = { ...ours.access, ...host.access } as Record<Operation, Access | undefined>
  for (const operation of Object.keys(ours.access ?? {}) as Operation[]) {
    const mine = ours.access?.[operation] as Access | undefined
    const theirs = host.access?.[operation] as Access | undefined
    if (mine && theirs) access[operation] = bothAllow(theirs, mine)
  }
  return {
    ...ours,
    ...host,
    labels: host.labels ?? ours.labels,
    admin: { ...ours.admin, ...host.admin },
    auth:
      host.auth && ours.auth
        ? {
            ...(typeof ours.auth === 'object' ? ours.auth : {}),
            ...(typeof host.auth === 'object' ? host.auth : {}),
          }
        : (host.auth ?? ours.auth),
    access: access as CollectionConfig['access'],
    hooks,
    custom: { ...ours.custom, ...host.custom },
    fields: [
      ...host.fields,
      ...ours.fields.filter((field) => !('name' in field) || !hostFields.has(field.name)),
    ],
  }
}
