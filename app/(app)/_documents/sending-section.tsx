import { SendDocumentDialog } from "@/components/documents/send-document-dialog";
import { primaryActionOf } from "@/components/documents/primary-action";
import { SendsPanel } from "@/components/documents/sends-panel";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { listDocumentSends } from "@/lib/sending/list-document-sends";
import { getSendDialogData } from "@/lib/sending/send-document";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { documentErrorTexts } from "./document-texts";
import { retryEmailAction } from "./email-retry-actions";
import { remindDocumentAction, sendDocumentAction } from "./sending-actions";

// The document page's sending pieces: "Envoyer par e-mail" / "Relancer" (documents.issue
// only: hidden otherwise) next to the other actions, and the "Envois" history.

type Props = { member: MemberContext; document: DocumentDetail; name: string; messages: Messages };

/** The send dialog (issued documents, and quotes — a draft quote is numbered when sent) and, when overdue, the reminder one. */
export async function SendingButtons({ member, document, name, messages }: Props) {
  if (!can(member.role, "documents.issue")) return null;
  if (document.status === "DRAFT" && document.type !== "QUOTE") return null;
  const data = await getSendDialogData(member, document.id);
  const dialogMessages = {
    sending: messages.sending,
    sendingValidation: messages.sendingValidation,
    errorTexts: { ...documentErrorTexts(messages), ...messages.sendingErrors },
    common: messages.common,
  };
  return (
    <div className="flex flex-wrap items-start justify-end gap-2">
      {data.reminder ? (
        <SendDocumentDialog
          documentId={document.id}
          kind="REMINDER"
          documentName={name}
          clientEmails={data.clientEmails}
          defaults={data.reminder}
          action={remindDocumentAction}
          messages={dialogMessages}
        />
      ) : null}
      {data.send ? (
        <SendDocumentDialog
          documentId={document.id}
          kind="SEND"
          documentName={name}
          clientEmails={data.clientEmails}
          defaults={data.send}
          draftQuote={data.placeholders}
          emphasis={primaryActionOf(document.type, document.displayStatus) === "sendEmail" ? "primary" : "secondary"}
          action={sendDocumentAction}
          messages={dialogMessages}
        />
      ) : null}
    </div>
  );
}

/** Every email that carried the document (documents.read), with its delivery; "Réessayer" with documents.issue. */
export async function SendsSection({
  member,
  documentId,
  locale,
  messages,
}: {
  member: MemberContext;
  documentId: string;
  locale: Locale;
  messages: Messages;
}) {
  const sends = await listDocumentSends(member, documentId);
  return (
    <SendsPanel
      sends={sends}
      locale={locale}
      messages={messages.sending}
      deliveryMessages={{ emailDelivery: messages.emailDelivery, emailDeliveryErrors: messages.emailDeliveryErrors }}
      retryAction={can(member.role, "documents.issue") ? retryEmailAction : null}
    />
  );
}
