import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/next-auth-options";

export const runtime = "nodejs";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
