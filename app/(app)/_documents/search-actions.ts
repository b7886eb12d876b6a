"use server";

import type { ArticleOption } from "@/components/documents/article-picker";
import type { ClientOption } from "@/components/documents/document-editor";
import { getArticle } from "@/lib/articles/get-article";
import { listArticles } from "@/lib/articles/list-articles";
import { listClientVatFacts } from "@/lib/clients/list-client-vat-facts";
import { listClients } from "@/lib/clients/list-clients";
import { actingMember } from "../../_shared/member-action";

// What the document editor's comboboxes search: the active clients and articles of the
// session's organization (reading them is all these do; the draft's save checks again that
// the chosen ones belong to it).

const RESULTS = 10;

const queryText = (query: unknown) => (typeof query === "string" ? query.trim().slice(0, 200) : "");

export async function searchClientsAction(query: unknown): Promise<ClientOption[]> {
  const member = await actingMember("clients.read");
  const page = await listClients(member, { q: queryText(query), status: "active", pageSize: RESULTS });
  // The list leaves out what the lines' VAT defaults read (country, VAT number): one query for the few found.
  const facts = await listClientVatFacts(
    member,
    page.items.map((item) => item.id),
  );
  return page.items.map((client) => ({
    id: client.id,
    name: client.name,
    detail: client.city,
    vat: facts.get(client.id) ?? { country: "FR", kind: client.kind, vatNumber: null },
  }));
}

export async function searchArticlesAction(query: unknown): Promise<ArticleOption[]> {
  const member = await actingMember("articles.read");
  const page = await listArticles(member, { q: queryText(query), status: "active", pageSize: RESULTS });
  // The list leaves descriptions out; a line takes the article's, so read the few found.
  const details = await Promise.all(page.items.map((item) => getArticle(member, item.id)));
  return details.map((article) => ({
    id: article.id,
    name: article.name,
    reference: article.reference,
    description: article.description,
    unit: article.unit,
    unitPriceCents: article.unitPriceCents,
    vatRateBps: article.vatRateBps,
    kind: article.kind,
  }));
}
