import { documentFacturxResponse } from "@/lib/pdf/pdf-response";
import { getSession } from "../../../../_shared/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The Factur-X XML of an issued invoice, deposit invoice or credit note, for members of its organization. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return documentFacturxResponse(await getSession(), id, request);
}
