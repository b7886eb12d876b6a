import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

// Issue 11: GET /api/auth/callback/email-code and POST /api/auth/signout with a broken body
// answered 500 (next-auth: "Callback for provider type credentials not supported", and an
// unguarded JSON.parse). They are refused first with a 4xx problem.

const params = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });

describe("next-auth route refusals", () => {
  it("GET on the email-code callback is 405 with a problem", async () => {
    const response = await GET(
      new NextRequest("http://localhost/api/auth/callback/email-code"),
      params("callback", "email-code"),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 405, code: "method_not_allowed" });
  });

  it.each([["{"], ["[1,2]"], ["null"], ['"text"'], [""]])("POST signout with the JSON body %j is 400", async (body) => {
    const request = new NextRequest("http://localhost/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const response = await POST(request, params("signout"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, code: "invalid_body" });
  });

  it("the callback with a broken JSON body is 400 too", async () => {
    const request = new NextRequest("http://localhost/api/auth/callback/email-code", {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: '{"code": "12',
    });
    const response = await POST(request, params("callback", "email-code"));
    expect(response.status).toBe(400);
  });
});
