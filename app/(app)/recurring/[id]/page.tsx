import type { Metadata } from "next";
import Link from "next/link";
import { documentHref, documentName, formatDay, type DocumentTypeName } from "@/components/documents/document-paths";
import { StatusBadge } from "@/components/documents/status-badge";
import { RecurringActions } from "@/components/recurring/recurring-actions";
import { RecurringStatusBadge } from "@/components/recurring/recurring-status-badge";
import { frequencyText } from "@/components/recurring/recurring-values";
import { cardClass } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { can } from "@/lib/auth/permissions";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import type { RecurringProfileDetail } from "@/lib/recurring/recurring-types";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import {
  endRecurringProfileAction,
  pauseRecurringProfileAction,
  resumeRecurringProfileAction,
  runRecurringProfileNowAction,
} from "../actions";
import { loadRecurringProfile } from "../load-profile";
import { recurringErrorTexts, recurringFieldTexts } from "../recurring-texts";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ id }, { messages }] = await Promise.all([params, getRequestMessages()]);
  const member = await requireActiveMember("documents.read");
  const profile = await loadRecurringProfile(member, id);
  return { title: `${profile.name} · ${messages.common.appName}` };
}

const cell = "px-3 py-3 align-top md:px-4";
const wide = "hidden sm:table-cell";

/** /recurring/[id]: summary, next dates, status (and why it stopped), actions, and the invoices made. */
export default async function RecurringProfilePage({ params }: { params: Params }) {
  const member = await requireActiveMember("documents.read");
  const [{ id }, { locale, messages }] = await Promise.all([params, getRequestMessages()]);
  const profile = await loadRecurringProfile(member, id);
  const t = messages.recurringDetail;
  const day = (value: string | null) => formatDay(value, locale, "long");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/recurring" prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {t.back}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight break-words">{profile.name}</h1>
            <RecurringStatusBadge status={profile.status} labels={messages.recurringStatuses} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            <Link
              href={`/clients/${profile.client.id}`}
              prefetch={false}
              className="text-brand-700 underline-offset-2 hover:underline"
            >
              {profile.client.name}
            </Link>
            {" · "}
            {frequencyText(profile, messages.recurringFrequency)}
          </p>
        </div>
        <RecurringActions
          profileId={profile.id}
          status={profile.status}
          can={{ write: can(member.role, "documents.write"), issue: can(member.role, "documents.issue") }}
          editHref={`/recurring/${profile.id}/edit`}
          actions={{
            pause: pauseRecurringProfileAction,
            resume: resumeRecurringProfileAction,
            end: endRecurringProfileAction,
            runNow: runRecurringProfileNowAction,
          }}
          messages={{
            recurringDetail: t,
            lists: messages.lists,
            common: messages.common,
            fieldTexts: recurringFieldTexts(messages),
            errorTexts: recurringErrorTexts(messages),
          }}
        />
      </div>

      {profile.status === "STOPPED" ? (
        <section
          aria-labelledby="recurring-stopped"
          className="mb-6 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          <h2 id="recurring-stopped" className="font-semibold">
            {t.stoppedTitle}
          </h2>
          {profile.stopReason ? <p className="mt-1">{messages.recurringStopReasons[profile.stopReason]}</p> : null}
          <p className="mt-1">{t.stoppedBody}</p>
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="recurring-summary" className={cardClass({ className: "lg:col-span-2" })}>
          <h2 id="recurring-summary" className="mb-4 text-lg font-semibold">
            {t.summary}
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Item label={t.client}>{profile.client.name}</Item>
            <Item label={t.frequency}>{frequencyText(profile, messages.recurringFrequency)}</Item>
            <Item label={t.startDate}>{day(profile.startDate)}</Item>
            <Item label={t.end}>{endText(profile, t, day)}</Item>
            <Item label={t.mode}>{t.modes[profile.mode]}</Item>
            <Item label={t.sending}>
              {profile.autoSend && profile.recipients.length > 0 ? (
                <span className="break-all">{profile.recipients.join(", ")}</span>
              ) : (
                t.sendingOff
              )}
            </Item>
            <Item label={t.paymentTerms}>
              {profile.paymentTermsDays === null
                ? t.paymentTermsDefault
                : format(t.paymentTermsDays, { days: profile.paymentTermsDays })}
            </Item>
            <Item label={t.language}>{messages.common.languages[profile.language]}</Item>
            <Item label={t.generated}>{profile.generatedCount}</Item>
          </dl>
          {profile.createdBy ? (
            <p className="mt-4 text-sm text-slate-600">
              {format(t.createdBy, { name: profile.createdBy.name ?? profile.createdBy.email })}
            </p>
          ) : null}
        </section>
        <section aria-labelledby="recurring-next" className={cardClass({ className: "self-start" })}>
          <h2 id="recurring-next" className="mb-3 text-lg font-semibold">
            {t.nextDates}
          </h2>
          {profile.nextDates.length > 0 ? (
            <ol className="space-y-1 text-sm tabular-nums text-slate-900">
              {profile.nextDates.map((date) => (
                <li key={date}>{day(date)}</li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600">{t.noNextDates}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="recurring-history" className="mt-8">
        <h2 id="recurring-history" className="mb-3 text-lg font-semibold">
          {t.history}
        </h2>
        {profile.runs.length === 0 ? (
          <p className={cardClass({ className: "text-sm text-slate-600" })}>{t.historyEmpty}</p>
        ) : (
          <History profile={profile} messages={messages} locale={locale} />
        )}
      </section>
    </>
  );
}

function History({
  profile,
  messages,
  locale,
}: {
  profile: RecurringProfileDetail;
  messages: Messages;
  locale: "fr" | "en";
}) {
  const t = messages.recurringDetail;
  return (
    <TableCard caption={t.historyCaption}>
      <thead className={tableHeadClass}>
        <tr>
          <th scope="col" className={cell}>
            {t.number}
          </th>
          <th scope="col" className={`${cell} ${wide}`}>
            {t.period}
          </th>
          <th scope="col" className={`${cell} ${wide}`}>
            {t.issueDate}
          </th>
          <th scope="col" className={cell}>
            {t.status}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {t.total}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {profile.runs.map((run) => {
          const document = run.document;
          const type = document?.type as DocumentTypeName | undefined;
          const name =
            document && type
              ? documentName(
                  { type, number: document.number },
                  { types: messages.documentTypes, draft: messages.documentListPages.draftNumber },
                )
              : null;
          return (
            <tr key={run.id}>
              <th scope="row" className={`${cell} font-medium`}>
                {document && type ? (
                  <Link
                    href={documentHref({ type, id: document.id })}
                    prefetch={false}
                    aria-label={format(t.openLabel, { document: name ?? "" })}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    {document.number ?? <span className="italic">{messages.documentListPages.draftNumber}</span>}
                  </Link>
                ) : (
                  <span className="font-normal italic text-slate-500">{t.documentDeleted}</span>
                )}
                <span className="block text-xs font-normal text-slate-500 sm:hidden">
                  {formatDay(run.periodDate, locale)}
                </span>
              </th>
              <td className={`${cell} ${wide} whitespace-nowrap text-slate-700`}>
                {formatDay(run.periodDate, locale)}
              </td>
              <td className={`${cell} ${wide} whitespace-nowrap text-slate-700`}>
                {formatDay(document?.issueDate ?? null, locale)}
              </td>
              <td className={cell}>
                {document && type ? (
                  <StatusBadge status={document.status} type={type} labels={messages.documentStatuses} />
                ) : null}
              </td>
              <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
                {document ? formatMoney(document.totalInclVatCents, locale, document.currency) : "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableCard>
  );
}

function endText(profile: RecurringProfileDetail, t: Messages["recurringDetail"], day: (value: string) => string) {
  if (profile.endKind === "AFTER_COUNT" && profile.endAfterCount !== null) {
    return format(t.endAfterCount, { count: profile.endAfterCount });
  }
  if (profile.endKind === "ON_DATE" && profile.endDate) return format(t.endOnDate, { date: day(profile.endDate) });
  return t.endNever;
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}
