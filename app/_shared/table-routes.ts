import "server-only";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { problemJson } from "@/lib/errors/problem";
import type { Locale } from "@/lib/i18n/locales";
import { requestLogger } from "@/lib/log/logger";
import type { TableFile } from "@/lib/tables/table-file";
import { actingMember } from "./member-action";
import { getRequestLocale } from "./request-locale";

// GET route handlers that download a report or a filtered list as CSV or XLSX (lib/tables):
// check the permission, hand the query to lib/, answer the file, or a problem JSON.

/** A file download (the name is ASCII: "ventes-2026-12-07.xlsx"). */
export function tableDownload(file: TableFile): Response {
  return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

/**
 * GET ?…&format=csv|xlsx → the file `build` makes. Failures as problem JSON: 401 signed out,
 * 403 without the permission (or another tenant's organization: a 404 would say more), 400 for
 * bad parameters with the first field's code (e.g. "range_reversed", "format_invalid").
 */
export function tableRoute(options: {
  permission: Permission;
  /** For the log line of an unexpected failure. */
  name: string;
  build: (member: MemberContext, params: Record<string, string>, locale: Locale) => Promise<TableFile>;
}) {
  return async function GET(request: Request): Promise<Response> {
    try {
      const member = await actingMember(options.permission);
      const params = Object.fromEntries(new URL(request.url).searchParams.entries());
      return tableDownload(await options.build(member, params, await getRequestLocale()));
    } catch (error) {
      if (isAppError(error)) {
        const status = error.kind === "NOT_FOUND" ? 403 : error.status;
        const fieldErrors = error.details.fieldErrors ?? {};
        const firstField = Object.values(fieldErrors)[0]?.[0];
        return problemJson(status, firstField ?? error.code, error.message);
      }
      requestLogger(request.headers.get("x-request-id")).error({ err: error }, `${options.name} download failed`);
      return problemJson(500, "generic", "Unexpected error");
    }
  };
}
