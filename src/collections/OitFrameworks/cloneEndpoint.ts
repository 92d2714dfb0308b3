import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { cloneFramework } from '../../frameworks/cloneFramework'

/** POST /api/oit-frameworks/:id/clone { fiscalYear } → the new framework. */
export const cloneEndpoint: Endpoint = {
  path: '/:id/clone',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const clone = await cloneFramework(req, req.routeParams!.id as string, req.data?.fiscalYear)
    return Response.json({ doc: clone }, { status: 201 })
  },
}
