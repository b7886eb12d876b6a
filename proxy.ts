import { NextResponse, type NextRequest } from "next/server";

// Gives every request an id (or keeps a trusted upstream one) so log lines of one
// request can be found together; the id is echoed back for support.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Static assets need no id.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
