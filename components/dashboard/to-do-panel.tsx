import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { documentHref, documentName } from "@/components/documents/document-paths";
import type { ToDo, ToDoDocument, ToDoGroup } from "@/lib/dashboard/list-to-do";
import type { FailedEmails } from "@/lib/email/retry-email";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { DashboardMessages } from "@/lib/i18n/messages/dashboard-fr";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import type { StoppedRecurringProfiles } from "@/lib/recurring/recurring-types";

// The "to do" panel: overdue invoices (with a way to the invoice page, where "Relancer" sends
// the reminder), quotes about to expire, forgotten drafts. At most ten of each; the full count
// and a link to the list when there are more. Emails the provider refused, only when there are
// some, each leading to its document's page where "Réessayer" sends it again. Recurring invoices
// the generator stopped, only when there are some, each with its reason in words and leading to
// its page, where it is fixed and resumed (also shown before any document is issued: a first
// recurring invoice stopped for an incomplete legal identity is exactly what a new user must see).

type ToDoPanelProps = {
  toDo: ToDo;
  locale: Locale;
  labels: DashboardMessages;
  names: { types: Messages["documentTypes"]; draft: string };
  canRemind: boolean;
  emailLabels: Messages["emailDelivery"];
  stopReasons: Messages["recurringStopReasons"];
};

type GroupProps = {
  id: string;
  title: string;
  group: ToDoGroup;
  moreHref: string | null;
  labels: DashboardMessages;
  render: (item: ToDoDocument) => React.ReactNode;
};

function Group({ id, title, group, moreHref, labels, render }: GroupProps) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">({group.count})</span>
      </h3>
      {group.count === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{labels.toDoEmpty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {group.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2 text-sm">
              {render(item)}
            </li>
          ))}
        </ul>
      )}
      {moreHref && group.count > group.items.length ? (
        <Link
          prefetch={false}
          href={moreHref}
          className="mt-1 inline-block text-sm text-brand-700 underline-offset-2 hover:underline"
        >
          {format(labels.toDoMore, { count: group.count })}
        </Link>
      ) : null}
    </section>
  );
}

function RefusedEmails({
  emails,
  labels,
  names,
}: {
  emails: FailedEmails;
  labels: Messages["emailDelivery"];
  names: ToDoPanelProps["names"];
}) {
  return (
    <section aria-labelledby="dashboard-to-do-refused-emails" className="min-w-0">
      <h3 id="dashboard-to-do-refused-emails" className="font-semibold text-red-800">
        {format(labels.refusedCount, { count: emails.count })}
      </h3>
      <p className="text-sm text-slate-600">{labels.refusedHint}</p>
      <ul className="mt-2 divide-y divide-slate-100">
        {emails.items.map((email) => (
          <li key={email.id} className="flex flex-col gap-0.5 py-2 text-sm">
            {email.document ? (
              <Link
                prefetch={false}
                href={documentHref(email.document)}
                className="font-medium break-words text-brand-700 underline-offset-2 hover:underline"
              >
                {documentName(email.document, names)}
              </Link>
            ) : (
              <span className="text-slate-600">{labels.refusedNoDocument}</span>
            )}
            <span className="break-words text-slate-900">{email.subject}</span>
            <span className="break-all text-slate-600">
              {format(labels.refusedTo, { recipients: email.to.join(", ") })}
            </span>
            <span className="break-words text-red-800">
              {format(labels.reason, { reason: email.lastError ?? labels.unknownReason })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

type StoppedRecurringProps = {
  stopped: StoppedRecurringProfiles;
  labels: DashboardMessages;
  stopReasons: Messages["recurringStopReasons"];
};

function StoppedRecurring({ stopped, labels, stopReasons }: StoppedRecurringProps) {
  return (
    <section aria-labelledby="dashboard-to-do-stopped-recurring" className="min-w-0">
      <h3 id="dashboard-to-do-stopped-recurring" className="font-semibold text-red-800">
        {labels.toDoStoppedRecurring} <span className="font-normal">({stopped.count})</span>
      </h3>
      <p className="text-sm text-slate-600">{labels.toDoStoppedRecurringHint}</p>
      <ul className="mt-2 divide-y divide-slate-100">
        {stopped.items.map((profile) => (
          <li key={profile.id} className="flex flex-col gap-0.5 py-2 text-sm">
            <Link
              prefetch={false}
              href={`/recurring/${profile.id}`}
              className="font-medium break-words text-brand-700 underline-offset-2 hover:underline"
            >
              {profile.name}
            </Link>
            <span className="break-words text-slate-600">{profile.clientName}</span>
            {profile.stopReason ? (
              <span className="break-words text-red-800">{stopReasons[profile.stopReason]}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {stopped.count > stopped.items.length ? (
        <Link
          prefetch={false}
          href="/recurring?status=STOPPED"
          className="mt-1 inline-block text-sm text-brand-700 underline-offset-2 hover:underline"
        >
          {format(labels.toDoMore, { count: stopped.count })}
        </Link>
      ) : null}
    </section>
  );
}

/**
 * The panel before any document is issued (no figures, no other group yet): only the stopped
 * recurring invoices, and nothing at all when there are none.
 */
export function StoppedRecurringPanel(props: StoppedRecurringProps) {
  if (props.stopped.count === 0) return null;
  return (
    <Card aria-labelledby="dashboard-to-do-title" className="flex flex-col gap-5">
      <CardTitle id="dashboard-to-do-title">{props.labels.toDoTitle}</CardTitle>
      <StoppedRecurring {...props} />
    </Card>
  );
}

export function ToDoPanel({ toDo, locale, labels, names, canRemind, emailLabels, stopReasons }: ToDoPanelProps) {
  const money = (item: ToDoDocument) => formatMoney(item.amountCents, locale, item.currency);
  const title = (item: ToDoDocument) => (
    <span className="flex min-w-0 flex-col">
      <Link
        prefetch={false}
        href={documentHref(item)}
        className="font-medium break-words text-brand-700 underline-offset-2 hover:underline"
      >
        {documentName(item, names)}
      </Link>
      <span className="break-words text-slate-600">{item.clientName}</span>
    </span>
  );
  return (
    <Card aria-labelledby="dashboard-to-do-title" className="flex flex-col gap-5">
      <CardTitle id="dashboard-to-do-title">{labels.toDoTitle}</CardTitle>
      {toDo.refusedEmails.count > 0 ? (
        <RefusedEmails emails={toDo.refusedEmails} labels={emailLabels} names={names} />
      ) : null}
      {toDo.stoppedRecurring.count > 0 ? (
        <StoppedRecurring stopped={toDo.stoppedRecurring} labels={labels} stopReasons={stopReasons} />
      ) : null}
      <Group
        id="dashboard-to-do-overdue"
        title={labels.toDoOverdue}
        group={toDo.overdue}
        moreHref="/invoices?overdue=1&sort=dueDate&dir=asc"
        labels={labels}
        render={(item) => (
          <>
            {title(item)}
            <span className="flex flex-wrap items-center gap-3">
              <span className="tabular-nums">{money(item)}</span>
              <span className="text-red-800">{format(labels.daysLate, { days: item.days })}</span>
              {canRemind ? (
                <ButtonLink
                  href={documentHref(item)}
                  variant="caution"
                  size="xs"
                  aria-label={format(labels.remindLabel, { document: documentName(item, names) })}
                >
                  {labels.remind}
                </ButtonLink>
              ) : null}
            </span>
          </>
        )}
      />
      <Group
        id="dashboard-to-do-expiring"
        title={labels.toDoExpiring}
        group={toDo.expiringQuotes}
        moreHref="/quotes?status=SENT"
        labels={labels}
        render={(item) => (
          <>
            {title(item)}
            <span className="flex flex-wrap items-center gap-3">
              <span className="tabular-nums">{money(item)}</span>
              <span>{item.days === 0 ? labels.expiresToday : format(labels.daysLeft, { days: item.days })}</span>
            </span>
          </>
        )}
      />
      <Group
        id="dashboard-to-do-drafts"
        title={labels.toDoDrafts}
        group={toDo.staleDrafts}
        moreHref={null}
        labels={labels}
        render={(item) => (
          <>
            {title(item)}
            <span className="flex flex-wrap items-center gap-3">
              <span className="tabular-nums">{money(item)}</span>
              <span>{format(labels.draftAge, { days: item.days })}</span>
            </span>
          </>
        )}
      />
    </Card>
  );
}
