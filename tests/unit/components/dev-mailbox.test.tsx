import { render, screen, within } from "@testing-library/react";
import { splitLinks } from "@/components/dev-mailbox/linkified-text";
import { MailboxMessage, type MailboxMessageLabels } from "@/components/dev-mailbox/mailbox-message";
import type { OutboxMessage } from "@/lib/email/list-outbox";

const labels: MailboxMessageLabels = {
  from: "From",
  to: "To",
  date: "Date",
  template: "Template",
  attachments: "Attachments",
  bytes: (size) => `${size} bytes`,
  textVersion: "Text version",
  htmlVersion: "HTML version",
  htmlNote: "Links do not work in the sandbox.",
};

const message: OutboxMessage = {
  id: "msg_1",
  organizationId: null,
  to: ["camille@example.test"],
  from: "Facturo <no-reply@facturo.test>",
  subject: "Reset your Facturo password",
  template: "password-reset",
  html: '<p><a href="https://app.facturo.test/reset?token=abc&x=1">Reset</a></p>',
  text: "Choose a new password https://app.facturo.test/reset?token=abc&x=1\n\nOr visit https://app.facturo.test/help.",
  attachments: [{ filename: "note.txt", contentType: "text/plain", size: 2, contentBase64: "aGk=", contentId: null }],
  createdAt: new Date("2030-01-01T10:00:00Z"),
};

describe("splitLinks", () => {
  it("finds http(s) links and leaves trailing punctuation out", () => {
    expect(splitLinks("Go to https://a.test/x?y=1&z=2. Or (http://b.test/).")).toEqual([
      { kind: "text", value: "Go to " },
      { kind: "link", value: "https://a.test/x?y=1&z=2" },
      { kind: "text", value: ". Or (" },
      { kind: "link", value: "http://b.test/" },
      { kind: "text", value: ")." },
    ]);
  });

  it("keeps text without links whole and ignores other schemes", () => {
    expect(splitLinks("Code 123456, javascript:alert(1)")).toEqual([
      { kind: "text", value: "Code 123456, javascript:alert(1)" },
    ]);
  });
});

describe("MailboxMessage", () => {
  it("shows the headers, the text version with clickable links and the HTML in a sandbox", () => {
    render(<MailboxMessage message={message} sentAt="1 Jan 2030, 10:00:00" labels={labels} />);

    expect(screen.getByRole("heading", { level: 2, name: message.subject })).toBeInTheDocument();
    expect(screen.getByText("camille@example.test")).toBeInTheDocument();

    const textVersion = screen.getByRole("region", { name: "Text version" });
    expect(
      within(textVersion).getByRole("link", { name: "https://app.facturo.test/reset?token=abc&x=1" }),
    ).toHaveAttribute("href", "https://app.facturo.test/reset?token=abc&x=1");
    expect(within(textVersion).getByRole("link", { name: "https://app.facturo.test/help" })).toBeInTheDocument();

    const frame = screen.getByTitle(`HTML version — ${message.subject}`);
    expect(frame.tagName).toBe("IFRAME");
    expect(frame).toHaveAttribute("sandbox", "");
    expect(frame).toHaveAttribute("srcdoc", message.html);

    expect(screen.getByRole("link", { name: "note.txt" })).toHaveAttribute("href", "data:text/plain;base64,aGk=");
  });
});
