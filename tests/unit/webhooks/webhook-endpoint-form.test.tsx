import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

function setup(action: jest.Mock, catalogue = fr) {
  render(
    <WebhookEndpointForm
      mode="create"
      initial={{ url: "", description: "", events: [] }}
      messages={{ ...catalogue.webhooks, loading: catalogue.common.loading }}
      action={action}
    />,
  );
}

describe("WebhookEndpointForm", () => {
  it("labels the URL and one checkbox per event, in a named group", () => {
    setup(jest.fn());
    expect(screen.getByRole("textbox", { name: "URL" })).toHaveAccessibleDescription(fr.webhooks.urlHint);
    const group = screen.getByRole("group", { name: "Événements envoyés" });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole("checkbox")).toHaveLength(9);
    expect(screen.getByRole("checkbox", { name: "Facture payée invoice.paid" })).not.toBeChecked();
  });

  it("refuses in the browser a form without https URL or event, naming what to fix", async () => {
    const action = jest.fn();
    setup(action, en);
    await userEvent.type(screen.getByRole("textbox", { name: "URL" }), "http://erp.example.com/hooks");
    await userEvent.click(screen.getByRole("button", { name: "Add the webhook" }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "URL" })).toHaveAccessibleDescription(
      `${en.webhooks.urlHint} ${en.webhooks.validation.url_https_or_loopback!}`,
    );
    expect(screen.getByText(en.webhooks.validation.events_required!)).toBeInTheDocument();
  });

  it("shows the new secret once the server created the endpoint, with a copy button", async () => {
    const secret = "whsec_" + "A".repeat(43) + "=";
    const action = jest.fn<Promise<{ status: "success"; secret: string; endpointId: string }>, [unknown, FormData]>(
      async () => ({ status: "success", secret, endpointId: "ep1" }),
    );
    setup(action, en);
    await userEvent.type(screen.getByRole("textbox", { name: "URL" }), "https://erp.example.com/hooks");
    await userEvent.click(screen.getByRole("checkbox", { name: "Invoice paid invoice.paid" }));
    await act(async () => {
      await userEvent.click(screen.getByRole("button", { name: "Add the webhook" }));
    });
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]![1];
    expect(sent.getAll("events")).toEqual(["invoice.paid"]);
    expect(await screen.findByTestId("webhook-secret")).toHaveTextContent(secret);
    expect(screen.getByRole("button", { name: en.webhooks.copyLabel })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: en.webhooks.openLog })).toHaveAttribute("href", "/settings/webhooks/ep1");
  });
});
