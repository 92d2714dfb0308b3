import Link from 'next/link'

import { publicPayload } from '../../../theme/payload'
import { unitTypeLabels } from '../../../frameworks/types'

export const dynamic = 'force-dynamic'

/** The main host's index: every unit's website. */
export default async function UnitsIndex() {
  const payload = await publicPayload()
  const { docs: units } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    sort: 'shortName',
    where: { unitType: { not_equals: 'hq' } },
  })
  return (
    <>
      <header className="site-header">
        <h1>ข้อมูลสาธารณะของหน่วยงาน (ITA/OIT)</h1>
      </header>
      <main>
        <ul className="plain">
          {units.map((unit) => (
            <li key={unit.id}>
              <Link href={`/u/${unit.slug}`}>{unit.name}</Link>{' '}
              <span className="muted">({unitTypeLabels[unit.unitType].th})</span>
            </li>
          ))}
        </ul>
      </main>
    </>
  )
}
