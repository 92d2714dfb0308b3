import type { Payload } from 'payload'

import { unitBySlug, userByEmail } from './payload'

/**
 * A station of its own with an approver and an editor, so tests never collide with the demo content
 * (one document per unit and month, and so on). It hangs directly under the region, outside the
 * demo
 * provincial HQ's subtree, so other files' expectations about that subtree hold whatever runs
 * first.
 */
export async function scratchStation(payload: Payload, slug: string) {
  const region = await unitBySlug(payload, 'region-8')
  const unit = await payload.create({
    collection: 'units',
    data: {
      name: `สถานีตำรวจภูธรทดสอบ ${slug}`,
      shortName: `สภ.${slug}`,
      slug,
      unitType: 'police-station',
      parent: region.id,
    },
  })
  const staff = async (role: 'unit-approver' | 'unit-editor') => {
    const email = `${role}.${slug}@test.local`
    await payload.create({
      collection: 'users',
      data: {
        email,
        name: `${role} ${slug}`,
        password: 'test-password',
        role,
        tenants: [{ tenant: unit.id }],
      },
    })
    return userByEmail(payload, email)
  }
  return { unit, approver: await staff('unit-approver'), editor: await staff('unit-editor') }
}
