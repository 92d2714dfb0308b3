import { serveCompanion, type StableRequest } from '../../../../../../../companions/serve'
import { publicPayload } from '../../../../../../../theme/payload'

/**
 * The stable public URL of an item's file, e.g. /oit/mueang-ranong/2568/O15/2024-10.pdf (what units
 * paste into ITAP).
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<StableRequest> },
): Promise<Response> {
  return serveCompanion(await publicPayload(), await params)
}
