import { documentPdfResponse } from "@/lib/pdf/pdf-response";
import { getSession } from "../../../../_shared/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A document's PDF for members of its organization (stored once issued, watermarked drafts). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return documentPdfResponse(await getSession(), id, request);
}
