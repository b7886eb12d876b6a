// An RFC 9457 problem as a web-standard Response (route handlers answer expected failures
// with it: a readable 4xx instead of a framework's 500 page).

export function problemJson(
  status: number,
  code: string,
  title: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { type: "about:blank", title, status, code },
    {
      status,
      headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
    },
  );
}
