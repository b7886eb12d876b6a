import { requireMember } from "@/lib/auth/access/require-member";
import { isAppError } from "@/lib/errors/app-error";
import { exportFec, type FecFile } from "@/lib/exports/fec/export-fec";
import { streamLines } from "@/lib/exports/stream-lines";
import { getLogger } from "@/lib/log/logger";
import { getSession } from "../../../_shared/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function problem(status: number, code: string, title: string, errors?: Record<string, string[]>): Response {
  return Response.json(
    { type: "about:blank", title, status, code, ...(errors ? { errors } : {}) },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}

/**
 * GET /api/exports/fec?from=YYYY-MM-DD&to=YYYY-MM-DD → the FEC of the period as a text file
 * (members with exports.read: OWNER, ADMIN, ACCOUNTANT). Failures are problem JSON: 401 without
 * a session, 403 for another role, 400 with field errors for a bad period.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  let file: FecFile;
  try {
    const session = await getSession();
    const member = await requireMember(session, session?.activeOrganizationId, "exports.read");
    file = await exportFec(member, { from: params.get("from") ?? "", to: params.get("to") ?? "" });
  } catch (error) {
    if (isAppError(error)) return problem(error.status, error.code, error.message, error.details.fieldErrors);
    getLogger().error({ err: error }, "FEC export failed");
    return problem(500, "export_failed", "The export could not be produced");
  }
  return new Response(streamLines(file.lines), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
