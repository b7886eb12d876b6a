import Link from "next/link";
import { newEditorValues } from "@/components/documents/editor-values";
import { vatContext } from "@/components/documents/line-vat";
import { RecurringProfileForm } from "@/components/recurring/recurring-profile-form";
import {
  editorValuesOfTemplate,
  newProfileValues,
  profileValuesOf,
  type ProfileValues,
} from "@/components/recurring/recurring-values";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { getClient } from "@/lib/clients/get-client";
import type { EditorValues } from "@/components/documents/editor-values";
import { isAppError } from "@/lib/errors/app-error";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import { localToday } from "@/lib/recurring/recurrence";
import type { RecurringProfileDetail } from "@/lib/recurring/recurring-types";
import { clientOf, editorMessages } from "../_documents/editor-page";
import { searchArticlesAction, searchClientsAction } from "../_documents/search-actions";
import { recurringClientEmailsAction, saveRecurringProfileAction } from "./actions";
import { recurringErrorTexts, recurringFieldTexts } from "./recurring-texts";

/** The addresses of a client of the organization; none for a missing one. */
async function emailsOf(member: MemberContext, clientId: string): Promise<string[]> {
  try {
    return (await getClient(member, clientId)).emails;
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}

/**
 * The profile form, new (a client may be given: ?client=) or on a saved profile. The content
 * is the document editor's; the profile's fields, preview and recipients are the form's.
 */
export async function RecurringFormPage(props: {
  member: MemberContext;
  locale: Locale;
  messages: Messages;
  /** A saved profile (edit), or the client of a new one. */
  profile?: RecurringProfileDetail;
  clientId?: unknown;
}) {
  const { member, messages, locale, profile } = props;
  const [settings, client] = await Promise.all([
    getOrganizationSettings(member),
    clientOf(member, profile ? profile.client.id : props.clientId),
  ]);
  const vatExempt = settings.vatRegime === "FRANCHISE";
  const defaultVatRate = String(settings.defaultVatRateBps > 0 ? settings.defaultVatRateBps : 2000);
  const activeClient = client && (profile || !client.archived) ? client : null;
  const today = localToday(new Date());

  let initialProfile: ProfileValues;
  let initialContent: EditorValues;
  if (profile) {
    initialProfile = profileValuesOf(profile);
    initialContent = editorValuesOfTemplate(profile, profile.template, {
      linkedArticleLabel: messages.documentEditor.articleLinked,
      defaultVatRate,
      defaultUnit: messages.articleUnits.piece,
    });
  } else {
    initialProfile = newProfileValues(today);
    initialContent = newEditorValues({
      vatRate: String(settings.defaultVatRateBps),
      unit: messages.articleUnits.piece,
      language: "fr",
      clientId: activeClient?.id,
      clientName: activeClient?.name,
      vat: vatExempt ? undefined : vatContext(false, activeClient?.vat ?? null),
    });
  }
  const clientEmails = profile ? profile.client.emails : activeClient ? await emailsOf(member, activeClient.id) : null;
  const t = messages.recurringPages;
  const back = profile
    ? { href: `/recurring/${profile.id}`, label: profile.name }
    : { href: "/recurring", label: t.title };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back.href} prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {back.label}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight break-words">
        {profile ? format(t.editTitle, { name: profile.name }) : t.newTitle}
      </h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{profile ? t.editLead : t.newLead}</p>
      <RecurringProfileForm
        profileId={profile?.id}
        updatedAt={profile?.updatedAt}
        initialProfile={initialProfile}
        initialContent={initialContent}
        clientVat={activeClient?.vat ?? null}
        clientEmails={clientEmails}
        vatExempt={vatExempt}
        defaultVatRate={String(settings.defaultVatRateBps)}
        defaultUnit={messages.articleUnits.piece}
        locale={locale}
        save={saveRecurringProfileAction}
        loadClientEmails={recurringClientEmailsAction}
        searchClients={searchClientsAction}
        searchArticles={searchArticlesAction}
        cancelHref={back.href}
        messages={{
          ...editorMessages(messages),
          fieldTexts: recurringFieldTexts(messages),
          errorTexts: recurringErrorTexts(messages),
          recurringForm: messages.recurringForm,
          recurringFrequency: messages.recurringFrequency,
        }}
      />
    </>
  );
}
