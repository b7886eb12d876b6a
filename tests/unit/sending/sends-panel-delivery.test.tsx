import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import { QUEUED_REFRESH_MS, SendsPanel } from "@/components/documents/sends-panel";
import { ToDoPanel } from "@/components/dashboard/to-do-panel";
import type { ToDo } from "@/lib/dashboard/list-to-do";
import type { DocumentSendView, SendEmailState } from "@/lib/sending/list-document-sends";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

// The "Envois" panel once emails are delivered in the background: each send's state (queued,
// sent with its time, failed with the provider's reason and "Réessayer"), the page refreshing
// itself while an email waits, and the dashboard's refused emails leading to their documents.

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
jest.mock("sonner", () => ({ toast: { success: jest.fn(), error: jest.fn() } }));

type RetryState = { status: "idle" | "error" | "success"; formError?: { code: string } };

function send(id: string, email: SendEmailState | null, overrides: Partial<DocumentSendView> = {}): DocumentSendView {
  return {
    id,
    kind: "SEND",
    reminderStep: null,
    recipients: [`${id}@client.example`],
    subject: `Facture F-2026-0000${id.length}`,
    emailMessageId: email ? `email-${id}` : null,
    email,
    providerMessageId: email?.status === "SENT" ? `re_${id}` : null,
    sentByName: "Camille",
    createdAt: "2026-03-01T08:00:00.000Z",
    ...overrides,
  };
}

const failed: SendEmailState = { status: "FAILED", sentAt: null, lastError: "Invalid `to` field" };
const queued: SendEmailState = { status: "QUEUED", sentAt: null, lastError: null };
const sent: SendEmailState = { status: "SENT", sentAt: "2026-03-01T08:00:05.000Z", lastError: null };

function renderPanel(
  sends: DocumentSendView[],
  options: {
    locale?: "fr" | "en";
    retry?: ((previous: RetryState, data: FormData) => Promise<RetryState>) | null;
  } = {},
) {
  const messages = options.locale === "en" ? en : fr;
  const retryAction =
    options.retry === null
      ? null
      : jest.fn(options.retry ?? (async (): Promise<RetryState> => ({ status: "success" })));
  const view = render(
    <SendsPanel
      sends={sends}
      locale={options.locale ?? "fr"}
      messages={messages.sending}
      deliveryMessages={messages}
      retryAction={retryAction}
    />,
  );
  return { ...view, retryAction, user: userEvent.setup() };
}

const rows = () =>
  within(screen.getByRole("table", { name: fr.sending.historyCaption }))
    .getAllByRole("row")
    .slice(1);

beforeEach(() => {
  refresh.mockClear();
  jest.mocked(toast.success).mockClear();
});

describe("SendsPanel delivery states", () => {
  it("shows queued, sent with its time, failed with the reason, and a send without an email as before", () => {
    renderPanel([
      send("q", queued),
      send("s", sent),
      send("f", failed),
      send("old", null, { emailMessageId: "legacy", providerMessageId: "re_legacy" }),
    ]);
    const [queuedRow, sentRow, failedRow, oldRow] = rows();
    expect(queuedRow).toHaveTextContent("En file d'attente");
    expect(sentRow).toHaveTextContent("Envoyé");
    expect(sentRow).toHaveTextContent("le 1 mars 2026, 09:00");
    expect(sentRow).toHaveTextContent("re_s");
    expect(failedRow).toHaveTextContent("Échec");
    expect(failedRow).toHaveTextContent("Motif : Invalid `to` field");
    expect(oldRow).not.toHaveTextContent(/En file|Envoyé|Échec/);
    expect(oldRow).toHaveTextContent("re_legacy");
    // Only the failed send offers a retry, named after its date and recipients.
    const retry = screen.getAllByRole("button", { name: /Réessayer/ });
    expect(retry).toHaveLength(1);
    expect(retry[0]).toHaveAccessibleName("Réessayer l'envoi du 1 mars 2026, 09:00 à f@client.example");
    expect(within(failedRow!).getByRole("button")).toBe(retry[0]);
  });

  it("says when no reason was recorded, in English too", () => {
    renderPanel([send("f", { ...failed, lastError: null })], { locale: "en" });
    expect(screen.getByText("Failed")).toBeInTheDocument();
    expect(screen.getByText("Reason: Unknown reason")).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Retry the email of 1 Mar 2026, 09:00 to f@client.example" }),
    ).toBeEnabled();
  });

  it("hides the retry button from a role that cannot send", () => {
    renderPanel([send("f", failed)], { retry: null });
    expect(screen.getByText("Échec")).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("retries the failed email by its id and confirms with a toast", async () => {
    const { retryAction, user } = renderPanel([send("a", failed), send("b", failed)]);
    await user.click(screen.getByRole("button", { name: /à b@client\.example$/ }));
    await waitFor(() => expect(retryAction).toHaveBeenCalledTimes(1));
    const formData = retryAction!.mock.calls[0]![1];
    expect(formData.get("emailId")).toBe("email-b");
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith(fr.emailDelivery.retried));
  });

  it("shows the retry's refusal as an alert", async () => {
    const { user } = renderPanel([send("f", failed)], {
      retry: async () => ({ status: "error", formError: { code: "email_not_failed" } }),
    });
    await user.click(screen.getByRole("button", { name: /Réessayer/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent(fr.emailDeliveryErrors.email_not_failed);
    expect(toast.success).not.toHaveBeenCalled();
  });
});

describe("SendsPanel refresh while queued", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("refreshes every 2 seconds while an email is queued, and stops once none is", () => {
    const { rerender } = renderPanel([send("q", queued), send("s", sent)]);
    expect(screen.getByText(fr.emailDelivery.queuedHint)).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(QUEUED_REFRESH_MS));
    expect(refresh).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(QUEUED_REFRESH_MS * 2));
    expect(refresh).toHaveBeenCalledTimes(3);

    // The refreshed page brings the email as sent: the polling ends.
    rerender(
      <SendsPanel
        sends={[send("q", sent), send("s", sent)]}
        locale="fr"
        messages={fr.sending}
        deliveryMessages={fr}
        retryAction={null}
      />,
    );
    expect(screen.queryByText(fr.emailDelivery.queuedHint)).not.toBeInTheDocument();
    act(() => jest.advanceTimersByTime(QUEUED_REFRESH_MS * 5));
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it("never refreshes when nothing is queued", () => {
    renderPanel([send("s", sent), send("f", failed), send("old", null)]);
    act(() => jest.advanceTimersByTime(QUEUED_REFRESH_MS * 5));
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("ToDoPanel refused emails", () => {
  const empty = { count: 0, items: [] };
  const toDo = (refusedEmails: ToDo["refusedEmails"]): ToDo => ({
    overdue: empty,
    expiringQuotes: empty,
    staleDrafts: empty,
    refusedEmails,
    stoppedRecurring: empty,
  });
  const renderToDo = (value: ToDo) =>
    render(
      <ToDoPanel
        toDo={value}
        locale="fr"
        labels={fr.dashboard}
        names={{ types: fr.documentTypes, draft: fr.documentListPages.draftNumber }}
        canRemind
        emailLabels={fr.emailDelivery}
        stopReasons={fr.recurringStopReasons}
      />,
    );

  it("lists the refused emails with recipient, subject and reason, linking to their document", () => {
    renderToDo(
      toDo({
        count: 12,
        items: [
          {
            id: "e1",
            to: ["compta@client.example"],
            subject: "Facture F-2026-00007 — Atelier",
            template: "document-sent",
            lastError: "Invalid `to` field",
            failedAt: "2026-03-02T10:00:00.000Z",
            document: { id: "doc7", type: "INVOICE", number: "F-2026-00007" },
          },
          {
            id: "e2",
            to: ["nouveau@example.test"],
            subject: "Invitation",
            template: "invitation",
            lastError: null,
            failedAt: "2026-03-01T10:00:00.000Z",
            document: null,
          },
        ],
      }),
    );
    const section = screen.getByRole("region", { name: "12 e-mail(s) refusé(s) par le service d'envoi" });
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole("link", { name: "Facture F-2026-00007" })).toHaveAttribute(
      "href",
      "/invoices/doc7",
    );
    expect(items[0]).toHaveTextContent("À : compta@client.example");
    expect(items[0]).toHaveTextContent("Facture F-2026-00007 — Atelier");
    expect(items[0]).toHaveTextContent("Motif : Invalid `to` field");
    expect(within(items[1]!).queryByRole("link")).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent("Sans document");
    expect(items[1]).toHaveTextContent("Motif : Motif inconnu");
  });

  it("says nothing about emails when none was refused", () => {
    renderToDo(toDo(empty));
    expect(screen.queryByText(/refusé/)).not.toBeInTheDocument();
  });
});
