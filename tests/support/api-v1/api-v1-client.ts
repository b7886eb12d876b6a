import createClient, { type Client } from "openapi-fetch";
import { matchOperation, type OpenApiOperation, type OperationMatch, apiV1Operations } from "./api-v1-operations";
import { readResponse, responseChecker, type CheckedResponse } from "./api-v1-response-check";
import type { paths } from "./api-v1-types";

// The typed /api/v1 client of the tests: openapi-fetch over the types `npm run api:types`
// generates, whose every answer is checked against the OpenAPI document on its way back
// (status declared, media type, body schema) and reported, so a test sees which operations it
// exercised and what in their answers broke the contract. The transport is the network (e2e)
// or the route handlers called in-process (integration).

export type ApiV1Client = Client<paths>;

export type Exchange = {
  operation: OpenApiOperation;
  request: { method: string; url: string };
  answer: CheckedResponse;
  violations: string[];
};

export type Transport = (request: Request, match: OperationMatch) => Promise<Response>;

export function createCheckedApiV1Client(options: {
  baseUrl: string;
  token: string;
  document: Record<string, unknown>;
  transport: Transport;
  onExchange: (exchange: Exchange) => void;
}): ApiV1Client {
  const operations = apiV1Operations(options.document);
  const check = responseChecker(options.document);
  const checkedFetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const match = matchOperation(operations, request.method, url.pathname);
    if (!match) throw new Error(`No operation of the OpenAPI document for ${request.method} ${url.pathname}`);
    const response = await options.transport(request, match);
    const answer = await readResponse(response);
    options.onExchange({
      operation: match.operation,
      request: { method: request.method, url: `${url.pathname}${url.search}` },
      answer,
      violations: check(match.operation, answer),
    });
    // The body was read for the check: the client gets a copy (with the URL, for failure messages).
    const copy = new Response(answer.status === 204 ? null : answer.bytes, {
      status: answer.status,
      headers: response.headers,
    });
    Object.defineProperty(copy, "url", { value: `${request.method} ${url.pathname}` });
    return copy;
  };
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.token}` },
    fetch: checkedFetch,
  });
}
