import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { answerQuote } from "./answer-quote";
import type { QuoteState } from "./quote-state";

/** SENT → ACCEPTED (the client agreed: "bon pour accord"). See answerQuote for the rules. */
export async function acceptQuote(member: MemberContext, rawQuoteId: unknown, meta: RequestMeta): Promise<QuoteState> {
  return answerQuote(member, rawQuoteId, "ACCEPTED", meta);
}
