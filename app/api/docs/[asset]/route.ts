import { apiDocsAsset } from "@/lib/api/api-docs";
import { problemJson } from "@/lib/errors/problem";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The reference page's script, styles and icon, from our own origin. */
export async function GET(_request: Request, context: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await context.params;
  return (await apiDocsAsset(asset)) ?? problemJson(404, "not_found", "Not found");
}
