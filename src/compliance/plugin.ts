import type { Config } from 'payload'

import { readinessEndpoints } from './endpoints'

/**
 * The readiness views (unit dashboard, HQ matrix), their navigation links and sheet downloads, and
 * on the admin dashboard the current year's missing frameworks (what readiness is judged by).
 */
export const compliance = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [
        ...(config.admin?.components?.afterNavLinks ?? []),
        'police-oit/rsc#ReadinessNavLinks',
      ],
      beforeDashboard: [
        ...(config.admin?.components?.beforeDashboard ?? []),
        'police-oit/rsc#FrameworkGapNotice',
      ],
      views: {
        ...config.admin?.components?.views,
        readiness: {
          Component: 'police-oit/rsc#UnitReadinessView',
          path: '/readiness',
          exact: true,
        },
        readinessMatrix: {
          Component: 'police-oit/rsc#MatrixView',
          path: '/readiness/matrix',
          exact: true,
        },
      },
    },
  },
  endpoints: [...(config.endpoints ?? []), ...readinessEndpoints],
})
