/**
 * O10: the unit's online services. The units hook adds the standard ones on creation; these specs
 * only fill gaps.
 */
import { standardEServices } from '../../../src/collections/EServices/standard'
import type { EService } from '../../../src/payload-types'
import { doc } from '../../lib/spec'
import type { UnitProfile } from './profile'

type Service = {
  kind: EService['kind']
  icon: NonNullable<EService['icon']>
  name: { th: string; en: string }
  url: string
  description: { th: string; en: string }
}

export const eServiceDocs = (unit: UnitProfile) => {
  const standard = (standardEServices[
    unit.kind === 'station' ? 'police-station' : 'immigration-provincial'
  ] ?? []) as Service[]
  return standard.map((service, index) =>
    doc({
      collection: 'e-services',
      key: { kind: { equals: service.kind } },
      english: true,
      build: ({ t }) => ({
        name: t(service.name),
        kind: service.kind,
        icon: service.icon,
        url: service.url,
        description: t(service.description),
        order: index + 1,
      }),
    }),
  )
}
