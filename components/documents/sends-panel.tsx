import { Card } from "@/components/ui/card";
import type { DocumentSendView } from "@/lib/sending/list-document-sends";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatParisInstant } from "@/lib/dates/format-date";

type SendsPanelProps = {
  sends: DocumentSendView[];
  locale: Locale;
  messages: Messages["sending"];
};

/** The "Envois" history of a document: every email that carried it, newest first. */
export function SendsPanel({ sends, locale, messages: t }: SendsPanelProps) {
  return (
    <Card aria-labelledby="document-sends">
      <h2 id="document-sends" className="mb-4 text-lg font-semibold">
        {t.history}
      </h2>
      {sends.length === 0 ? (
        <p className="text-sm text-slate-600">{t.empty}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
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
                <th scope="col" className="py-2">
                  {t.providerId}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sends.map((send) => (
                <tr key={send.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {formatParisInstant(send.createdAt, locale, { time: true })}
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
                  <td className="py-2 font-mono text-xs break-all text-slate-600">
                    {send.emailMessageId === null ? t.unconfirmed : (send.providerMessageId ?? "—")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
