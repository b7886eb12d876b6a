import { cardClass } from "@/components/ui/card";
import type { OutboxMessage } from "@/lib/email/list-outbox";
import { LinkifiedText } from "./linkified-text";

export type MailboxMessageLabels = {
  from: string;
  to: string;
  date: string;
  template: string;
  attachments: string;
  bytes: (size: number) => string;
  textVersion: string;
  htmlVersion: string;
  htmlNote: string;
};

type MailboxMessageProps = {
  message: OutboxMessage;
  /** Already formatted in the reader's language. */
  sentAt: string;
  labels: MailboxMessageLabels;
};

/** One captured email: headers, attachments, the text version (links clickable) and the HTML. */
export function MailboxMessage({ message, sentAt, labels }: MailboxMessageProps) {
  return (
    <article
      aria-labelledby="mailbox-message-subject"
      className={cardClass({ padding: "lg", className: "min-w-0 shadow-sm" })}
    >
      <h2 id="mailbox-message-subject" className="text-xl font-semibold tracking-tight text-slate-900">
        {message.subject}
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-slate-500">{labels.from}</dt>
        <dd className="break-words">{message.from}</dd>
        <dt className="font-medium text-slate-500">{labels.to}</dt>
        <dd className="break-words">{message.to.join(", ")}</dd>
        <dt className="font-medium text-slate-500">{labels.date}</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>{sentAt}</time>
        </dd>
        <dt className="font-medium text-slate-500">{labels.template}</dt>
        <dd>
          <code>{message.template}</code>
        </dd>
      </dl>

      {message.attachments.length > 0 ? (
        <section aria-labelledby="mailbox-attachments" className="mt-6">
          <h3 id="mailbox-attachments" className="text-sm font-semibold text-slate-900">
            {labels.attachments}
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {message.attachments.map((file, index) => (
              <li key={index}>
                {file.contentBase64 ? (
                  <a
                    href={`data:${file.contentType};base64,${file.contentBase64}`}
                    download={file.filename}
                    className="text-brand-700 underline hover:text-brand-800"
                  >
                    {file.filename}
                  </a>
                ) : (
                  file.filename
                )}{" "}
                <span className="text-slate-500">
                  ({file.contentType}, {labels.bytes(file.size)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="mailbox-text-version" className="mt-6">
        <h3 id="mailbox-text-version" className="text-sm font-semibold text-slate-900">
          {labels.textVersion}
        </h3>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-4 font-mono text-sm text-slate-800">
          <LinkifiedText text={message.text} />
        </pre>
      </section>

      <section aria-labelledby="mailbox-html-version" className="mt-6">
        <h3 id="mailbox-html-version" className="text-sm font-semibold text-slate-900">
          {labels.htmlVersion}
        </h3>
        <p className="mt-1 text-xs text-slate-500">{labels.htmlNote}</p>
        {/* sandbox="" : no scripts, no forms, no navigation out of the frame — the HTML is
            untrusted as far as this page is concerned. */}
        <iframe
          srcDoc={message.html}
          sandbox=""
          title={`${labels.htmlVersion} — ${message.subject}`}
          className="mt-2 h-[40rem] w-full rounded-lg border border-slate-200 bg-white"
        />
      </section>
    </article>
  );
}
