import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import { ShareLinksPanel, type ShareLinkItem } from "@/components/documents/share-links-panel";
import { en } from "@/lib/i18n/messages/en";

jest.mock("sonner", () => ({ toast: { success: jest.fn(), error: jest.fn() } }));

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

type State = { status: "idle" | "error" | "success"; url?: string; formError?: { code: string } };

const links: ShareLinkItem[] = [
  {
    id: "link-active",
    state: "active",
    createdAt: "2026-03-01T10:00:00.000Z",
    createdByName: "Alex Martin",
    expiresAt: null,
    send: { sentAt: "2026-03-01T10:00:00.000Z" },
    viewCount: 3,
    lastViewedAt: "2026-03-02T09:30:00.000Z",
  },
  {
    id: "link-revoked",
    state: "revoked",
    createdAt: "2026-02-01T10:00:00.000Z",
    createdByName: null,
    expiresAt: "2026-04-01T22:00:00.000Z",
    send: null,
    viewCount: 0,
    lastViewedAt: null,
  },
];

function setup(overrides: { canManage?: boolean; create?: () => Promise<State>; withAnswer?: boolean } = {}) {
  const createAction = jest.fn(
    overrides.create ?? (async (): Promise<State> => ({ status: "success", url: "http://localhost:3000/p/NEWTOKEN" })),
  );
  const revokeAction = jest.fn(async (): Promise<State> => ({ status: "success" }));
  const regenerateAction = jest.fn(async (): Promise<State> => ({
    status: "success",
    url: "http://localhost:3000/p/REGEN",
  }));
  render(
    <ShareLinksPanel
      documentId="doc1"
      links={links}
      activity={{
        views: { count: 3, firstViewedAt: "2026-03-01T11:00:00.000Z", lastViewedAt: "2026-03-02T09:30:00.000Z" },
        response: overrides.withAnswer
          ? {
              decision: "ACCEPTED",
              signerName: "Camille Durand",
              reason: null,
              answeredAt: "2026-03-02T10:00:00.000Z",
              ip: "198.51.100.7",
              userAgent: "Firefox",
              pdfSha256: "ab".repeat(32),
              signatureDataUrl: "data:image/png;base64,iVBORw0KGgo=",
            }
          : null,
      }}
      canManage={overrides.canManage ?? true}
      locale="en"
      createAction={createAction}
      revokeAction={revokeAction}
      regenerateAction={regenerateAction}
      messages={{ shareLinks: en.shareLinks, shareLinkErrors: en.shareLinkErrors }}
    />,
  );
  return { user: userEvent.setup(), createAction, revokeAction, regenerateAction };
}

describe("ShareLinksPanel", () => {
  beforeEach(() => jest.clearAllMocks());

  it("lists links with their origin, expiry, views and state, and says when the document was viewed", () => {
    setup();
    expect(screen.getByRole("heading", { name: "Share links" })).toBeInTheDocument();
    expect(screen.getByTestId("share-viewed")).toHaveTextContent(/^Viewed on 2 Mar 2026.*Opened 3 times/);
    const table = screen.getByRole("table", { name: "Share links of the document" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent(/Email of 1 Mar 2026.*Never.*3.*Active/);
    expect(rows[0]).toHaveTextContent("By Alex Martin");
    expect(rows[1]).toHaveTextContent(/Document page.*0.*Never.*Revoked/);
    // A revoked link can only be regenerated.
    expect(within(rows[1]!).queryByRole("button", { name: /Revoke/ })).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole("button", { name: /Regenerate the link created on/ })).toBeInTheDocument();
  });

  it("creates a link and shows its URL once, with a copy button and the note", async () => {
    const { user, createAction } = setup();
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Create a link" }));
    await waitFor(() => expect(createAction).toHaveBeenCalled());
    expect((createAction.mock.calls[0] as unknown[])[1]).toBeInstanceOf(FormData);
    const field = await screen.findByRole("textbox", { name: "New share link" });
    expect(field).toHaveValue("http://localhost:3000/p/NEWTOKEN");
    expect(screen.getByRole("note")).toHaveTextContent("it will never be shown again");
    expect(toast.success).toHaveBeenCalledWith("Link created.");
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith("http://localhost:3000/p/NEWTOKEN");
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith("Link copied."));
  });

  it("revokes only after confirmation", async () => {
    const { user, revokeAction } = setup();
    await user.click(screen.getByRole("button", { name: /Revoke the link created on/ }));
    const dialog = screen.getByRole("dialog", { name: "Revoke this link?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(revokeAction).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: /Revoke the link created on/ }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Revoke this link?" })).getByRole("button", { name: "Revoke" }),
    );
    await waitFor(() => expect(revokeAction).toHaveBeenCalled());
    const formData = (revokeAction.mock.calls[0] as unknown[])[1] as FormData;
    expect(formData.get("linkId")).toBe("link-active");
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith("Link revoked."));
  });

  it("regenerating shows the new URL", async () => {
    const { user, regenerateAction } = setup();
    const [first] = screen.getAllByRole("button", { name: /Regenerate the link created on/ });
    await user.click(first!);
    await user.click(
      within(screen.getByRole("dialog", { name: "Regenerate this link?" })).getByRole("button", { name: "Regenerate" }),
    );
    await waitFor(() => expect(regenerateAction).toHaveBeenCalled());
    expect(await screen.findByRole("textbox", { name: "New share link" })).toHaveValue("http://localhost:3000/p/REGEN");
  });

  it("shows a refusal of the server as an alert", async () => {
    const { user } = setup({ create: async () => ({ status: "error", formError: { code: "share_link_draft" } }) });
    await user.click(screen.getByRole("button", { name: "Create a link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("A draft cannot be shared");
  });

  it("read-only roles see the links but no buttons", () => {
    setup({ canManage: false });
    expect(screen.getByRole("table", { name: "Share links of the document" })).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows the client's answer with its evidence and signature", () => {
    setup({ withAnswer: true });
    const answer = screen.getByRole("region", { name: "Client's answer" });
    expect(answer).toHaveTextContent("Accepted");
    expect(answer).toHaveTextContent("Camille Durand");
    expect(answer).toHaveTextContent("198.51.100.7");
    expect(answer).toHaveTextContent("ab".repeat(32));
    expect(within(answer).getByRole("img", { name: "Signature drawn by Camille Durand" })).toHaveAttribute(
      "src",
      "data:image/png;base64,iVBORw0KGgo=",
    );
  });
});
