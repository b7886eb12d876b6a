import { apiV1Document } from "@/lib/api/v1/api-v1-document";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document (public: it describes the API, holds no data). */
export function GET(): Response {
  return Response.json(apiV1Document(), { headers: { "Cache-Control": "public, max-age=300" } });
}
