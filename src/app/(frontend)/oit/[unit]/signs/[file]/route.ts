import { serveSign } from '../../../../../../companions/serve'
import { publicPayload } from '../../../../../../theme/payload'

/** A unit's printable sign, e.g. /oit/mueang-ranong/signs/no-gift-policy-th.pdf. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ unit: string; file: string }> },
): Promise<Response> {
  return serveSign(await publicPayload(), await params)
}
