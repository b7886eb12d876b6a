import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailboxMessage } from "@/components/dev-mailbox/mailbox-message";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatParisInstant } from "@/lib/dates/format-date";
import { listOutbox } from "@/lib/email/list-outbox";
import { getEnv } from "@/lib/env/env";
import { getRequestLocale } from "../../_shared/request-locale";
import { mailboxTexts } from "./mailbox-texts";

// Development mailbox: the emails kept in the outbox when no Resend key is set. It shows
// login codes and reset links, so it must not exist in production.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = mailboxTexts(await getRequestLocale());
  return { title: t.metaTitle, robots: { index: false, follow: false } };
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (getEnv().NODE_ENV === "production") notFound();

  const params = await searchParams;
  const to = single(params.to);
  const selectedId = single(params.id);
  const locale = await getRequestLocale();
  const t = mailboxTexts(locale);
  const messages = await listOutbox({ to });
  const selected = messages.find((message) => message.id === selectedId) ?? messages[0];
  const sentAt = (message: { createdAt: Date }) => formatParisInstant(message.createdAt, locale, { time: "seconds" });

  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-8">
      <p className="text-sm font-semibold text-brand-700">{t.devOnly}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-600">{t.lead}</p>

      <form
        method="get"
        action="/dev/mailbox"
        role="search"
        aria-label={t.filterLabel}
        className="my-6 flex flex-wrap items-end gap-3"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="mailbox-to" className="text-sm font-medium text-slate-700">
            {t.recipient}
          </label>
          <input
            id="mailbox-to"
            name="to"
            type="email"
            defaultValue={to ?? ""}
            autoComplete="off"
            className="w-72 rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <Button type="submit">{t.filter}</Button>
        {to ? (
          <Link href="/dev/mailbox" className="px-2 py-2 text-sm text-brand-700 underline hover:text-brand-800">
            {t.clearFilter}
          </Link>
        ) : null}
      </form>

      {!selected ? (
        <EmptyState
          title={to ? t.emptyFilteredTitle : t.emptyTitle}
          body={to ? t.emptyFilteredBody(to) : t.emptyBody}
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
          <section aria-labelledby="mailbox-list-title">
            <h2 id="mailbox-list-title" className="mb-2 text-sm font-semibold text-slate-700">
              {t.listTitle(messages.length)}
            </h2>
            <ul className={cardClass({ padding: "none", className: "divide-y divide-slate-200 overflow-hidden" })}>
              {messages.map((message) => {
                const current = message.id === selected.id;
                return (
                  <li key={message.id}>
                    <Link
                      href={{ pathname: "/dev/mailbox", query: to ? { to, id: message.id } : { id: message.id } }}
                      aria-current={current ? "true" : undefined}
                      className={`block px-4 py-3 text-sm hover:bg-slate-50 ${current ? "bg-brand-50" : ""}`}
                    >
                      <span className="block font-medium text-slate-900">{message.subject}</span>
                      <span className="block truncate text-slate-600">
                        {t.to} {message.to.join(", ")}
                      </span>
                      <span className="block text-xs text-slate-500">
                        <time dateTime={message.createdAt.toISOString()}>{sentAt(message)}</time>
                        {" · "}
                        {message.template}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
          <MailboxMessage message={selected} sentAt={sentAt(selected)} labels={t.message} />
        </div>
      )}
    </main>
  );
}
