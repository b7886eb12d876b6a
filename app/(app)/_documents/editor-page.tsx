import type { Metadata } from "next";
import Link from "next/link";
import { DocumentEditor, type DocumentEditorMessages } from "@/components/documents/document-editor";
import { documentSection, type DocumentTypeName } from "@/components/documents/document-paths";
import { editorValuesOf, newEditorValues, type fixedLinesOf } from "@/components/documents/editor-values";
import { vatContext, type ClientVat } from "@/components/documents/line-vat";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { isStandardUnit } from "@/lib/articles/article-units";
import { getClient } from "@/lib/clients/get-client";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import type { OrganizationSettingsView } from "@/lib/organization-settings/organization-settings-view";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";
import { documentErrorTexts, documentFieldTexts } from "./document-texts";
import { saveDocumentAction } from "./editor-actions";
import { searchArticlesAction, searchClientsAction } from "./search-actions";

type NewType = "QUOTE" | "INVOICE" | "DEPOSIT_INVOICE";
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function editorMessages(messages: Messages): DocumentEditorMessages {
  return {
    documentEditor: messages.documentEditor,
    articleKinds: messages.articleKinds,
    articleUnits: messages.articleUnits,
    fieldTexts: documentFieldTexts(messages),
    errorTexts: documentErrorTexts(messages),
  };
}

const titles = { QUOTE: "newQuote", INVOICE: "newInvoice", DEPOSIT_INVOICE: "newDeposit" } as const;

export function newDocumentMetadata(type: NewType) {
  return async function generateMetadata(): Promise<Metadata> {
    const { messages } = await getRequestMessages();
    return { title: `${messages.documentEditorPages[titles[type]]} · ${messages.common.appName}` };
  };
}

type EditorClient = { id: string; name: string; archived: boolean; vat: ClientVat };

/** A client of the acting organization (getClient: another tenant's id is not found → null). */
export async function clientOf(member: MemberContext, id: unknown): Promise<EditorClient | null> {
  if (typeof id !== "string" || id === "") return null;
  try {
    const client = await getClient(member, id);
    return {
      id: client.id,
      name: client.name,
      archived: client.archivedAt !== null,
      // What the lines' VAT defaults read, nothing more.
      vat: { country: client.billingCountry, kind: client.kind, vatNumber: client.vatNumber },
    };
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

/** /quotes/new, /invoices/new (?client= picks the client, ?type=DEPOSIT_INVOICE a deposit invoice). */
export async function NewDocumentPage({
  type,
  searchParams,
}: {
  type: "QUOTE" | "INVOICE";
  searchParams: SearchParams;
}) {
  const member = await requireActiveMember("documents.write");
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const documentType: NewType = type === "INVOICE" && raw.type === "DEPOSIT_INVOICE" ? "DEPOSIT_INVOICE" : type;
  const [settings, found] = await Promise.all([getOrganizationSettings(member), clientOf(member, raw.client)]);
  const client = found && !found.archived ? found : null;
  const vatExempt = settings.vatRegime === "FRANCHISE";
  const initial = newEditorValues({
    vatRate: String(settings.defaultVatRateBps),
    unit: messages.articleUnits.piece,
    language: "",
    clientId: client?.id,
    clientName: client?.name,
    vat: vatExempt ? undefined : vatContext(false, client?.vat ?? null),
  });
  return (
    <EditorLayout
      title={messages.documentEditorPages[titles[documentType]]}
      lead={documentType === "QUOTE" ? messages.documentEditorPages.quoteLead : messages.documentEditorPages.draftLead}
      back={{ href: documentSection(documentType), label: backLabel(documentType, messages) }}
    >
      <DocumentEditor
        type={documentType}
        initial={initial}
        clientVat={client?.vat ?? null}
        vatExempt={vatExempt}
        defaultVatRate={String(settings.defaultVatRateBps)}
        defaultUnit={messages.articleUnits.piece}
        quoteValidityDays={settings.quoteValidityDays}
        locale={locale}
        save={saveDocumentAction.bind(null, documentType)}
        searchClients={searchClientsAction}
        searchArticles={searchArticlesAction}
        cancelHref={client ? `/clients/${client.id}` : documentSection(documentType)}
        messages={editorMessages(messages)}
      />
    </EditorLayout>
  );
}

/** The editor on an existing draft (the edit pages load it and check it is one). */
export async function DraftEditor(props: {
  member: MemberContext;
  document: {
    id: string;
    type: DocumentTypeName;
    updatedAt: string;
    vatExempt: boolean;
    client: { id: string };
  } & Parameters<typeof editorValuesOf>[0];
  fixedLines: ReturnType<typeof fixedLinesOf>;
  title: string;
  locale: Locale;
  messages: Messages;
}) {
  const { member, document, messages } = props;
  const [settings, client] = await Promise.all([getOrganizationSettings(member), clientOf(member, document.client.id)]);
  const initial = editorValuesOf(document, {
    decimalSeparator: props.locale === "fr" ? "," : ".",
    unitLabel: (unit) => (isStandardUnit(unit) ? messages.articleUnits[unit] : unit),
    linkedArticleLabel: messages.documentEditor.articleLinked,
    defaultVatRate: String(defaultRateOf(settings)),
  });
  const href = `${documentSection(document.type)}/${document.id}`;
  return (
    <EditorLayout
      title={props.title}
      lead={document.type === "QUOTE" ? messages.documentEditorPages.quoteLead : messages.documentEditorPages.draftLead}
      back={{ href, label: props.title }}
    >
      <DocumentEditor
        type={document.type}
        documentId={document.id}
        updatedAt={document.updatedAt}
        initial={initial}
        clientVat={client?.vat ?? null}
        vatExempt={document.vatExempt}
        defaultVatRate={String(settings.defaultVatRateBps)}
        defaultUnit={messages.articleUnits.piece}
        quoteValidityDays={settings.quoteValidityDays}
        locale={props.locale}
        save={saveDocumentAction.bind(null, document.type)}
        searchClients={searchClientsAction}
        searchArticles={searchArticlesAction}
        cancelHref={href}
        fixedLines={props.fixedLines}
        clientLocked={document.type === "CREDIT_NOTE"}
        messages={editorMessages(messages)}
      />
    </EditorLayout>
  );
}

/** The rate of a new line (20 % for an organization under the franchise, where no rate shows). */
function defaultRateOf(settings: OrganizationSettingsView): number {
  return settings.defaultVatRateBps > 0 ? settings.defaultVatRateBps : 2000;
}

function backLabel(type: DocumentTypeName, messages: Messages): string {
  if (type === "QUOTE") return messages.nav.quotes;
  if (type === "CREDIT_NOTE") return messages.nav.creditNotes;
  return messages.nav.invoices;
}

function EditorLayout(props: {
  title: string;
  lead: string;
  back: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={props.back.href} className="text-brand-700 underline-offset-2 hover:underline">
          {props.back.label}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{props.title}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{props.lead}</p>
      {props.children}
    </>
  );
}
