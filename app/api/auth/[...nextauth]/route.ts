import NextAuth from "next-auth";
import { getAuthOptions } from "../../../_shared/auth-options";
import { problemJson } from "@/lib/errors/problem";

export const runtime = "nodejs";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * What next-auth would answer with a 500 is refused first with a 4xx problem: a GET on a
 * callback (our only provider, email-code, is a credentials provider: POST only) and a POST
 * whose body cannot be read (next-auth parses JSON bodies without a guard).
 */
async function refusal(request: Request, context: Context): Promise<Response | null> {
  const [action] = (await context.params).nextauth ?? [];
  if (action === "callback" && request.method !== "POST") {
    return problemJson(405, "method_not_allowed", "This endpoint only accepts POST", { Allow: "POST" });
  }
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    try {
      const body: unknown = JSON.parse(await request.clone().text());
      if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Error("not an object");
    } catch {
      return problemJson(400, "invalid_body", "The request body is not a JSON object");
    }
  }
  return null;
}

async function handler(request: Request, context: Context) {
  return (await refusal(request, context)) ?? NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
