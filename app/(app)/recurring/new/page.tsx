import type { Metadata } from "next";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { RecurringFormPage } from "../recurring-form-page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.recurringPages.newTitle} · ${messages.common.appName}` };
}

/** /recurring/new (?client= picks the client). */
export default async function NewRecurringPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.write");
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  return <RecurringFormPage member={member} locale={locale} messages={messages} clientId={raw.client} />;
}
