"use client";

import { useActionState, useId, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatParisInstant } from "@/lib/dates/format-date";

// Plain data the page gives (lib/share-links/list-share-links.ts): never a token.

export type ShareLinkItem = {
  id: string;
  state: "active" | "revoked" | "expired";
  createdAt: string;
  createdByName: string | null;
  expiresAt: string | null;
  send: { sentAt: string } | null;
  viewCount: number;
  lastViewedAt: string | null;
};

export type ShareLinksActivity = {
  views: { count: number; firstViewedAt: string | null; lastViewedAt: string | null };
  response: {
    decision: "ACCEPTED" | "DECLINED";
    signerName: string | null;
    reason: string | null;
    answeredAt: string;
    ip: string | null;
    userAgent: string | null;
    pdfSha256: string;
    signatureDataUrl: string | null;
  } | null;
};

type State = {
  status: "idle" | "error" | "success";
  formError?: { code: string; params?: Record<string, string | number> };
  url?: string;
};
type Action = (previous: State, formData: FormData) => Promise<State>;

type ShareLinksPanelProps = {
  documentId: string;
  links: ShareLinkItem[];
  activity: ShareLinksActivity;
  /** documents.issue: create, revoke, regenerate. */
  canManage: boolean;
  locale: Locale;
  createAction: Action;
  revokeAction: Action;
  regenerateAction: Action;
  messages: Pick<Messages, "shareLinks" | "shareLinkErrors">;
};

const idle: State = { status: "idle" };

function instant(iso: string | null, locale: Locale, withTime = false): string {
  if (!iso) return "—";
  return formatParisInstant(iso, locale, { time: withTime });
}

const badge: Record<ShareLinkItem["state"], string> = {
  active: "bg-green-50 text-green-800 ring-green-200",
  revoked: "bg-slate-100 text-slate-700 ring-slate-300",
  expired: "bg-amber-50 text-amber-900 ring-amber-200",
};

/** "Liens de partage": make a link (its URL shown once), the links and their views, revoke, regenerate; the client's answer. */
export function ShareLinksPanel(props: ShareLinksPanelProps) {
  const { locale, messages } = props;
  const t = messages.shareLinks;
  const urlId = useId();
  const [createState, createAction] = useActionState(props.createAction, idle);
  const [revokeState, revokeAction] = useActionState(props.revokeAction, idle);
  const [regenerateState, regenerateAction] = useActionState(props.regenerateAction, idle);
  useActionToast(createState, t.created);
  useActionToast(revokeState, t.revoked);
  useActionToast(regenerateState, t.regenerated);

  // The newest URL an action gave back: shown until the page is left, never again.
  const [seen, setSeen] = useState({ createState, regenerateState });
  const [newUrl, setNewUrl] = useState<string | null>(null);
  if (seen.createState !== createState || seen.regenerateState !== regenerateState) {
    const fresh = seen.createState !== createState ? createState : regenerateState;
    setSeen({ createState, regenerateState });
    if (fresh.status === "success" && fresh.url) setNewUrl(fresh.url);
  }
  const failed = [createState, revokeState, regenerateState].find((state) => state.status === "error");
  const errorText = failed ? translateFormError(failed.formError, messages.shareLinkErrors) : null;

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t.copied);
    } catch {
      toast.error(t.copyFailed);
    }
  }

  const views = props.activity.views;
  return (
    <Card aria-labelledby="document-share-links">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="document-share-links" className="text-lg font-semibold">
            {t.title}
          </h2>
          <p className="text-sm text-slate-600">{t.intro}</p>
        </div>
        {props.canManage ? (
          <form action={createAction}>
            <input type="hidden" name="documentId" value={props.documentId} />
            <SubmitButton pendingLabel={t.creating} className={buttonClass()}>
              {t.create}
            </SubmitButton>
          </form>
        ) : null}
      </div>

      <p className="mb-4 text-sm font-medium text-slate-800" data-testid="share-viewed">
        {views.lastViewedAt
          ? `${format(t.viewedOn, { date: instant(views.lastViewedAt, locale, true) })} · ${format(t.viewedCount, {
              count: views.count,
              first: instant(views.firstViewedAt, locale, true),
            })}`
          : t.notViewedYet}
      </p>

      <FormAlert message={errorText} />

      {newUrl ? (
        <div className="mb-4 rounded-lg border border-brand-200 bg-brand-50 p-3">
          <label htmlFor={urlId} className="block text-sm font-medium text-slate-800">
            {t.newLinkLabel}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id={urlId}
              readOnly
              value={newUrl}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
            />
            <button
              type="button"
              onClick={() => copy(newUrl)}
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {t.copy}
            </button>
          </div>
          <p role="note" className="mt-2 text-sm text-slate-700">
            {t.onceNote}
          </p>
        </div>
      ) : null}

      {props.links.length === 0 ? (
        <p className="text-sm text-slate-600">{t.empty}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t.tableCaption}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t.createdAt}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.origin}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.expires}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t.views}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.lastViewed}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.status}
                </th>
                {props.canManage ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t.revoke}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {props.links.map((link) => {
                const created = instant(link.createdAt, locale, true);
                return (
                  <tr key={link.id}>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {created}
                      {link.createdByName ? (
                        <span className="block text-xs text-slate-500">
                          {t.createdBy} {link.createdByName}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">
                      {link.send ? format(t.fromSend, { date: instant(link.send.sentAt, locale) }) : t.fromPage}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {link.expiresAt ? instant(link.expiresAt, locale, true) : t.never}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{link.viewCount}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {link.lastViewedAt ? instant(link.lastViewedAt, locale, true) : t.notViewed}
                    </td>
                    <td className="py-2 pr-3">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${badge[link.state]}`}>
                        {t.states[link.state]}
                      </span>
                    </td>
                    {props.canManage ? (
                      <td className="py-2 text-right whitespace-nowrap">
                        <ConfirmButton
                          title={t.regenerateTitle}
                          body={t.regenerateBody}
                          confirmLabel={t.regenerate}
                          cancelLabel={t.cancel}
                          action={regenerateAction}
                          fields={{ linkId: link.id }}
                          tone="default"
                          className={buttonClass({ variant: "ghost", size: "xs" })}
                        >
                          <span aria-hidden="true">{t.regenerate}</span>
                          <span className="sr-only">{format(t.regenerateLabel, { date: created })}</span>
                        </ConfirmButton>
                        {link.state === "active" ? (
                          <ConfirmButton
                            title={t.revokeTitle}
                            body={t.revokeBody}
                            confirmLabel={t.revoke}
                            cancelLabel={t.cancel}
                            action={revokeAction}
                            fields={{ linkId: link.id }}
                          >
                            <span aria-hidden="true">{t.revoke}</span>
                            <span className="sr-only">{format(t.revokeLabel, { date: created })}</span>
                          </ConfirmButton>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {props.activity.response ? (
        <QuoteAnswer response={props.activity.response} locale={locale} messages={messages} />
      ) : null}
    </Card>
  );
}

function QuoteAnswer({
  response,
  locale,
  messages,
}: {
  response: NonNullable<ShareLinksActivity["response"]>;
  locale: Locale;
  messages: Pick<Messages, "shareLinks">;
}) {
  const t = messages.shareLinks;
  return (
    <section aria-labelledby="document-quote-answer" className="mt-6 border-t border-slate-200 pt-4">
      <h3 id="document-quote-answer" className="mb-2 text-base font-semibold">
        {t.answerTitle}
      </h3>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <Fact label={t.decision}>{t.decisions[response.decision]}</Fact>
        {response.signerName ? <Fact label={t.signer}>{response.signerName}</Fact> : null}
        <Fact label={t.answeredAt}>{instant(response.answeredAt, locale, true)}</Fact>
        {response.decision === "ACCEPTED" ? <Fact label={t.termsAccepted}>{t.yes}</Fact> : null}
        {response.reason ? <Fact label={t.reason}>{response.reason}</Fact> : null}
        <Fact label={t.ip}>{response.ip ?? "—"}</Fact>
        <Fact label={t.userAgent}>{response.userAgent ?? "—"}</Fact>
        <Fact label={t.pdfHash}>
          <code className="break-all text-xs">{response.pdfSha256}</code>
        </Fact>
      </dl>
      {response.signatureDataUrl ? (
        <figure className="mt-3">
          <figcaption className="text-sm text-slate-500">{t.signature}</figcaption>
          {/* A data URL of the stored PNG: next/image has nothing to optimize here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={response.signatureDataUrl}
            alt={format(t.signatureAlt, { name: response.signerName ?? "" })}
            className="mt-1 max-h-32 rounded border border-slate-200 bg-white"
          />
        </figure>
      ) : null}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}
