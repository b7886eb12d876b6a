import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../../_shared/request-locale";
import { requireActiveMember } from "../../../../_shared/session";
import { loadRecurringProfile } from "../../load-profile";
import { RecurringFormPage } from "../../recurring-form-page";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ id }, { messages }] = await Promise.all([params, getRequestMessages()]);
  const member = await requireActiveMember("documents.read");
  const profile = await loadRecurringProfile(member, id);
  return {
    title: `${format(messages.recurringPages.editTitle, { name: profile.name })} · ${messages.common.appName}`,
  };
}

/** /recurring/[id]/edit: the form on a saved profile; an ended one is final and goes back to its page. */
export default async function EditRecurringPage({ params }: { params: Params }) {
  const member = await requireActiveMember("documents.write");
  const [{ id }, { locale, messages }] = await Promise.all([params, getRequestMessages()]);
  const profile = await loadRecurringProfile(member, id);
  if (profile.status === "ENDED") redirect(`/recurring/${profile.id}`);
  return <RecurringFormPage member={member} locale={locale} messages={messages} profile={profile} />;
}
