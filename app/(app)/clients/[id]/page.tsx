import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { GroupedDigits } from "@/components/ui/grouped-digits";
import { can } from "@/lib/auth/permissions";
import { listGroups } from "@/lib/client-groups/list-groups";
import { countryName } from "@/lib/clients/countries";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { pickClientMessages } from "../client-messages";
import { NoticeToast } from "../notice-toast";
import { ClientGroupsForm } from "./client-groups-form";
import { ClientDocuments } from "./client-documents";
import { ClientLifecycle } from "./client-lifecycle";
import { loadClient } from "./load-client";
import { formatParisInstant } from "@/lib/dates/format-date";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ id }, { messages }] = await Promise.all([params, getRequestMessages()]);
  const member = await requireActiveMember("clients.read");
  const client = await loadClient(member, id);
  return { title: `${client.name} · ${messages.common.appName}` };
}

type Address = {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
};

function AddressLines({ address, locale }: { address: Address; locale: Locale }) {
  return (
    <address className="not-italic text-slate-800">
      {address.line1}
      {address.line2 ? <br /> : null}
      {address.line2}
      <br />
      {[address.postalCode, address.city].filter(Boolean).join(" ")}
      {address.country && address.country !== "FR" ? (
        <>
          <br />
          {countryName(address.country, locale)}
        </>
      ) : null}
    </address>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export default async function ClientPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const member = await requireActiveMember("clients.read");
  const [{ id }, query, { locale, messages }] = await Promise.all([params, searchParams, getRequestMessages()]);
  const client = await loadClient(member, id);
  const canWrite = can(member.role, "clients.write");
  // The page's main action: a new invoice, quote or recurring invoice for this client (the
  // editor and the recurring form take ?client=).
  const canBill = can(member.role, "documents.write") && client.archivedAt === null;
  const groups = canWrite ? await listGroups(member) : [];
  const t = messages.clientDetail;
  const none = <span className="text-slate-400">{t.none}</span>;
  const notice = query.notice === "created" ? t.created : query.notice === "saved" ? t.saved : null;
  const terms =
    client.paymentTermsDays === null
      ? t.organizationDefault
      : format(client.paymentTermsEndOfMonth ? t.paymentDaysEndOfMonth : t.paymentDays, {
          days: client.paymentTermsDays,
        });
  const billing = {
    line1: client.billingAddressLine1,
    line2: client.billingAddressLine2,
    postalCode: client.billingPostalCode,
    city: client.billingCity,
    country: client.billingCountry,
  };
  const delivery = {
    line1: client.deliveryAddressLine1,
    line2: client.deliveryAddressLine2,
    postalCode: client.deliveryPostalCode,
    city: client.deliveryCity,
    country: client.deliveryCountry,
  };

  return (
    <>
      <NoticeToast message={notice} cleanHref={`/clients/${client.id}`} />
      <p className="mb-2 text-sm">
        <Link href="/clients" className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToList}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{client.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {messages.clients.kinds[client.kind]} ·{" "}
            {format(t.createdAt, { date: formatParisInstant(client.createdAt, locale, { dateStyle: "long" }) })}
          </p>
        </div>
        {canWrite || canBill ? (
          <div className="flex flex-wrap items-start gap-2">
            {canBill ? (
              <>
                <ButtonLink href={`/invoices/new?client=${encodeURIComponent(client.id)}`}>{t.newInvoice}</ButtonLink>
                <ButtonLink href={`/quotes/new?client=${encodeURIComponent(client.id)}`} variant="secondary">
                  {t.newQuote}
                </ButtonLink>
                <ButtonLink href={`/recurring/new?client=${encodeURIComponent(client.id)}`} variant="secondary">
                  {t.newRecurring}
                </ButtonLink>
              </>
            ) : null}
            {canWrite ? (
              <ButtonLink href={`/clients/${client.id}/edit`} variant="secondary">
                {t.edit}
              </ButtonLink>
            ) : null}
            {canWrite ? (
              <ClientLifecycle
                client={{
                  id: client.id,
                  name: client.name,
                  archived: client.archivedAt !== null,
                  documentCount: client.documentCount,
                }}
                messages={pickClientMessages(messages)}
              />
            ) : null}
          </div>
        ) : null}
      </div>

      {client.archivedAt ? (
        <p
          role="status"
          className="mb-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {t.archivedNotice}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="client-identity" className={cardClass()}>
          <h2 id="client-identity" className="mb-4 text-lg font-semibold">
            {t.identity}
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            {client.kind === "COMPANY" ? (
              <>
                <Item label={t.legalName}>{client.legalName}</Item>
                <Item label={t.siren}>{client.siren ? <GroupedDigits value={client.siren} kind="siren" /> : none}</Item>
                <Item label={t.siret}>{client.siret ? <GroupedDigits value={client.siret} kind="siret" /> : none}</Item>
                <Item label={t.vatNumber}>{client.vatNumber ?? none}</Item>
              </>
            ) : (
              <Item label={t.person}>{[client.firstName, client.lastName].join(" ")}</Item>
            )}
          </dl>
        </section>

        <section aria-labelledby="client-contacts" className={cardClass()}>
          <h2 id="client-contacts" className="mb-4 text-lg font-semibold">
            {t.contacts}
          </h2>
          <ul className="space-y-1">
            {client.emails.map((email) => (
              <li key={email} className="break-all">
                <a href={`mailto:${email}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {email}
                </a>
              </li>
            ))}
          </ul>
          <dl className="mt-4">
            <Item label={t.phone}>{client.phone ?? none}</Item>
          </dl>
        </section>

        <section aria-labelledby="client-addresses" className={cardClass()}>
          <h2 id="client-addresses" className="mb-4 text-lg font-semibold">
            {t.addresses}
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Item label={t.billingAddress}>
              <AddressLines address={billing} locale={locale} />
            </Item>
            <Item label={t.deliveryAddress}>
              {delivery.line1 ? <AddressLines address={delivery} locale={locale} /> : t.sameAsBilling}
            </Item>
          </dl>
        </section>

        <section aria-labelledby="client-terms" className={cardClass()}>
          <h2 id="client-terms" className="mb-4 text-lg font-semibold">
            {t.terms}
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Item label={t.paymentTerms}>{terms}</Item>
            <Item label={t.language}>
              {client.language ? messages.clientForm.languages[client.language] : t.organizationDefault}
            </Item>
          </dl>
        </section>

        <section aria-labelledby="client-groups" className={cardClass()}>
          <h2 id="client-groups" className="mb-4 text-lg font-semibold">
            {t.groups}
          </h2>
          {canWrite && groups.length > 0 ? (
            <ClientGroupsForm
              clientId={client.id}
              groups={groups}
              selected={client.groups.map((group) => group.id)}
              messages={pickClientMessages(messages)}
            />
          ) : client.groups.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {client.groups.map((group) => (
                <li key={group.id} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-700">
                  {group.name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">
              {canWrite ? t.noGroupsYet : t.noGroups}{" "}
              {canWrite ? (
                <Link href="/clients/groups" className="text-brand-700 underline-offset-2 hover:underline">
                  {t.createGroupsLink}
                </Link>
              ) : null}
            </p>
          )}
        </section>

        <section aria-labelledby="client-notes" className={cardClass()}>
          <h2 id="client-notes" className="mb-4 text-lg font-semibold">
            {t.notes}
          </h2>
          {client.notes ? (
            <p className="whitespace-pre-line break-words text-slate-800">{client.notes}</p>
          ) : (
            <p className="text-sm text-slate-600">{t.noNotes}</p>
          )}
        </section>
      </div>

      <ClientDocuments
        member={member}
        clientId={client.id}
        archived={client.archivedAt !== null}
        searchParams={query}
        locale={locale}
        messages={messages}
      />
    </>
  );
}
