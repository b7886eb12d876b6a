import "server-only";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { csvNoFile, csvTooLarge } from "@/lib/csv/csv-errors";
import { MAX_CSV_BYTES } from "@/lib/csv/csv-limits";
import type { CsvPreview } from "@/lib/csv/csv-preview";
import type { CsvUpload } from "@/lib/csv/decode-csv";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { requestLogger } from "@/lib/log/logger";
import { actingMember } from "./member-action";
import { getRequestLocale } from "./request-locale";
import { getRequestMeta } from "./session";

// Route handlers of CSV export and import (articles, clients): thin shells around lib/*.
// Errors answer as JSON { code, params, errors? } with the AppError's status; codes are
// translated by the page (csvErrors.*).

/**
 * Imports write data: refuse a cross-site POST even though the session cookie (SameSite=Lax)
 * would not be sent with one — server actions get this check from Next.js, route handlers do not.
 */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "forbidden", "Cross-site request refused");
}

/** The active organization's member with a permission, or an AppError (401/403/404). */
export async function routeMember(permission: Permission): Promise<MemberContext> {
  return actingMember(permission);
}

export type CsvProblem = { code: string; params?: Record<string, string | number>; errors?: unknown };

export function problemOf(error: unknown, request: Request): { status: number; body: CsvProblem } {
  if (isAppError(error)) {
    const params = error.details.params as Record<string, string | number> | undefined;
    return { status: error.status, body: { code: error.code, params, errors: error.details.errors } };
  }
  requestLogger(request.headers.get("x-request-id")).error({ err: error }, "unexpected error in a CSV route");
  return { status: 500, body: { code: "generic" } };
}

export function problemResponse(error: unknown, request: Request): Response {
  const { status, body } = problemOf(error, request);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** A CSV file download (the name is ASCII: "articles-2026-11-22.csv"). */
export function csvDownload(file: { fileName: string; content: string }): Response {
  return new Response(file.content, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** Search parameters as a plain object (the list's own parser validates them). */
export function queryParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

// Multipart overhead (boundaries, part headers) on top of the file itself.
const MULTIPART_SLACK = 64 * 1024;

/** The uploaded file and the form's fields; the size is checked before the body is read. */
async function readUpload(request: Request): Promise<{ upload: CsvUpload; mode: string; fingerprint: string | null }> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_CSV_BYTES + MULTIPART_SLACK) throw csvTooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw csvNoFile();
  }
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) throw csvNoFile();
  if (file.size > MAX_CSV_BYTES) throw csvTooLarge();
  const fingerprint = form.get("fingerprint");
  return {
    upload: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    mode: String(form.get("mode") ?? "preview"),
    fingerprint: typeof fingerprint === "string" && fingerprint ? fingerprint : null,
  };
}

type Importer = (
  member: MemberContext,
  upload: CsvUpload,
  locale: Locale,
  meta: RequestMeta,
  options: { fingerprint?: string | null; onProgress?: (done: number, total: number) => void },
) => Promise<{ created: number }>;

/**
 * POST multipart/form-data { file, mode: "preview" | "import", fingerprint }.
 * - preview → 200 JSON CsvPreview (nothing written);
 * - import → 200 NDJSON stream: {"type":"progress","done","total"} after each batch, then
 *   {"type":"done","created"} or {"type":"error",code,params,errors} (nothing written).
 * The file travels twice (preview, then import): the server keeps nothing between them,
 * and the import re-checks the whole file (the preview's fingerprint pins which one).
 */
export function csvImportRoute(options: {
  permission: Permission;
  preview: (member: MemberContext, upload: CsvUpload, locale: Locale) => Promise<CsvPreview>;
  importer: Importer;
}) {
  return async function POST(request: Request): Promise<Response> {
    let member: MemberContext;
    let input: Awaited<ReturnType<typeof readUpload>>;
    let locale: Locale;
    try {
      assertSameOrigin(request);
      member = await routeMember(options.permission);
      input = await readUpload(request);
      locale = await getRequestLocale();
      if (input.mode !== "import") {
        return Response.json(await options.preview(member, input.upload, locale), {
          headers: { "Cache-Control": "no-store" },
        });
      }
    } catch (error) {
      return problemResponse(error, request);
    }
    const meta = await getRequestMeta();
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: object) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        try {
          const result = await options.importer(member, input.upload, locale, meta, {
            fingerprint: input.fingerprint,
            onProgress: (done, total) => send({ type: "progress", done, total }),
          });
          send({ type: "done", created: result.created });
        } catch (error) {
          send({ type: "error", ...problemOf(error, request).body });
        } finally {
          controller.close();
        }
      },
    });
    return new Response(stream, {
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
    });
  };
}
