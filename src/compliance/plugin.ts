import type { Config } from 'payload'

import { readinessEndpoints } from './endpoints'

/** The readiness views (unit dashboard, HQ matrix), their navigation links and sheet downloads. */
export const compliance = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/compliance/views/NavLinks#ReadinessNavLinks'],
      views: {
        ...config.admin?.components?.views,
        readiness: { Component: '/compliance/views/UnitReadinessView#UnitReadinessView', path: '/readiness', exact: true },
        readinessMatrix: { Component: '/compliance/views/MatrixView#MatrixView', path: '/readiness/matrix', exact: true },
      },
    },
  },
  endpoints: [...(config.endpoints ?? []), ...readinessEndpoints],
})
