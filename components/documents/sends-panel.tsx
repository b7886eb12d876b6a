"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionToast } from "@/components/ui/use-action-toast";
import type { DocumentSendView, SendEmailState } from "@/lib/sending/list-document-sends";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatParisInstant } from "@/lib/dates/format-date";

type RetryState = {
  status: "idle" | "error" | "success";
  formError?: { code: string; params?: Record<string, string | number> };
};
type RetryAction = (previous: RetryState, formData: FormData) => Promise<RetryState>;

type SendsPanelProps = {
  sends: DocumentSendView[];
  locale: Locale;
  messages: Messages["sending"];
  deliveryMessages: Pick<Messages, "emailDelivery" | "emailDeliveryErrors">;
  /** Sends a FAILED email again (documents.issue); null hides the button. */
  retryAction: RetryAction | null;
};

/** How often the page asks the server again while an email waits in the queue. */
export const QUEUED_REFRESH_MS = 2_000;

const idle: RetryState = { status: "idle" };
const noRetry: RetryAction = async () => idle;

/**
 * Rendered while an email of the panel is still queued: refreshes the page's server data every
 * QUEUED_REFRESH_MS so the user sees it turn to sent or failed without reloading. Unmounted —
 * so stopped — as soon as none is queued; skips the refresh while the tab is hidden.
 */
function RefreshWhileQueued() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState !== "hidden") router.refresh();
    }, QUEUED_REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}

const badge: Record<SendEmailState["status"], string> = {
  QUEUED: "bg-slate-100 text-slate-700 ring-slate-300",
  SENT: "bg-green-50 text-green-800 ring-green-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
};

/**
 * The "Envois" history of a document: every email that carried it, newest first, with where
 * its delivery stands (queued, sent, failed with the provider's reason and "Réessayer"). A send
 * without an email row (recorded before emails were queued) shows its provider id as before.
 */
export function SendsPanel({ sends, locale, messages: t, deliveryMessages, retryAction }: SendsPanelProps) {
  const d = deliveryMessages.emailDelivery;
  const [retryState, retry] = useActionState(retryAction ?? noRetry, idle);
  useActionToast(retryState, d.retried);
  const queued = sends.some((send) => send.email?.status === "QUEUED");
  const errorText =
    retryState.status === "error"
      ? translateFormError(retryState.formError, deliveryMessages.emailDeliveryErrors)
      : null;

  return (
    <Card aria-labelledby="document-sends">
      <h2 id="document-sends" className="mb-4 text-lg font-semibold">
        {t.history}
      </h2>
      <FormAlert message={errorText} />
      {sends.length === 0 ? (
        <p className="text-sm text-slate-600">{t.empty}</p>
      ) : (
        // Focusable and named (role region): without a failed send the rows hold no button, and
        // a keyboard user must still be able to scroll the table sideways on a phone.
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="document-sends">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">{t.historyCaption}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t.date}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.kind}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.recipientsColumn}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t.subjectColumn}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {d.status}
                </th>
                <th scope="col" className="py-2">
                  {t.providerId}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sends.map((send) => {
                const created = formatParisInstant(send.createdAt, locale, { time: true });
                return (
                  <tr key={send.id}>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {created}
                      <span className="block text-xs text-slate-500">
                        {send.sentByName ? format(t.by, { name: send.sentByName }) : t.automatic}
                      </span>
                    </td>
                    <td className="py-2 pr-3">
                      {t.kinds[send.kind]}
                      {send.kind === "REMINDER" ? (
                        <span className="block text-xs text-slate-500">
                          {send.reminderStep === null ? t.manual : format(t.step, { days: send.reminderStep })}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3 break-all">{send.recipients.join(", ")}</td>
                    <td className="py-2 pr-3 break-words">{send.subject}</td>
                    <td className="py-2 pr-3">
                      {send.email ? (
                        <DeliveryState
                          email={send.email}
                          locale={locale}
                          messages={d}
                          retry={
                            retryAction && send.email.status === "FAILED" && send.emailMessageId ? (
                              <form action={retry} className="mt-1">
                                <input type="hidden" name="emailId" value={send.emailMessageId} />
                                <SubmitButton
                                  pendingLabel={d.retrying}
                                  className={buttonClass({ variant: "secondary", size: "xs" })}
                                >
                                  <span aria-hidden="true">{d.retry}</span>
                                  <span className="sr-only">
                                    {format(d.retryLabel, { date: created, recipients: send.recipients.join(", ") })}
                                  </span>
                                </SubmitButton>
                              </form>
                            ) : null
                          }
                        />
                      ) : (
                        <span className="text-slate-500">—</span>
                      )}
                    </td>
                    <td className="py-2 font-mono text-xs break-all text-slate-600">
                      {send.emailMessageId === null ? t.unconfirmed : (send.providerMessageId ?? "—")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {queued ? (
        <>
          <RefreshWhileQueued />
          <p className="mt-3 text-sm text-slate-600" aria-live="polite">
            {d.queuedHint}
          </p>
        </>
      ) : null}
    </Card>
  );
}

function DeliveryState({
  email,
  locale,
  messages: d,
  retry,
}: {
  email: SendEmailState;
  locale: Locale;
  messages: Messages["emailDelivery"];
  retry: React.ReactNode;
}) {
  const label = { QUEUED: d.queued, SENT: d.sent, FAILED: d.failed }[email.status];
  return (
    <div className="flex flex-col items-start gap-0.5">
      <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${badge[email.status]}`}>
        {label}
      </span>
      {email.status === "SENT" && email.sentAt ? (
        <span className="text-xs whitespace-nowrap text-slate-500">
          {format(d.sentAt, { date: formatParisInstant(email.sentAt, locale, { time: true }) })}
        </span>
      ) : null}
      {email.status === "FAILED" ? (
        <span className="text-xs break-words text-red-800">
          {format(d.reason, { reason: email.lastError ?? d.unknownReason })}
        </span>
      ) : null}
      {retry}
    </div>
  );
}
