import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReminderSettingsForm } from "@/app/(app)/settings/reminders/reminder-settings-form";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { builtInReminderTemplate } from "@/lib/reminders/reminder-texts";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const fields = {
  enabled: "on",
  steps: "7, 15, 30",
  sendHour: "9",
  timeZone: "Europe/Paris",
  "texts.fr.subject": "Relance {number}",
  "texts.fr.message": "",
  "texts.en.subject": "",
  "texts.en.message": "",
};

function setup(canEdit: boolean, catalogue = fr) {
  const saveAction = jest.fn(async () => ({ status: "success" as const }));
  render(
    <ReminderSettingsForm
      fields={fields}
      canEdit={canEdit}
      timeZones={["UTC", "America/New_York", "Europe/Paris"]}
      builtIn={{ fr: builtInReminderTemplate("fr"), en: builtInReminderTemplate("en") }}
      messages={{
        reminderSettings: catalogue.reminderSettings,
        loading: catalogue.common.loading,
        errors: catalogue.settings.errors,
      }}
      saveAction={saveAction}
    />,
  );
  return { saveAction };
}

describe("ReminderSettingsForm", () => {
  it("shows the saved settings, and the built-in text in the empty fields", () => {
    setup(true);
    expect(screen.getByRole("checkbox", { name: "Envoyer automatiquement les relances de paiement" })).toBeChecked();
    expect(screen.getByRole("textbox", { name: "Jours après l'échéance" })).toHaveValue("7, 15, 30");
    expect(screen.getByRole("combobox", { name: "Heure d'envoi" })).toHaveValue("9");
    expect(screen.getByRole("combobox", { name: "Fuseau horaire" })).toHaveValue("Europe/Paris");
    expect(screen.getByRole("option", { name: "America/New York" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Texte des relances en anglais" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Objet (français)" })).toHaveValue("Relance {number}");
    const message = screen.getByRole("textbox", { name: "Message (français)" });
    expect(message).toHaveValue("");
    expect(message).toHaveAttribute("placeholder", builtInReminderTemplate("fr").message);
    expect(screen.getByRole("textbox", { name: "Objet (anglais)" })).toHaveAttribute(
      "placeholder",
      builtInReminderTemplate("en").subject,
    );
  });

  it("refuses bad steps and an unknown placeholder on their fields, in the browser, without calling the server", async () => {
    const { saveAction } = setup(true);
    const steps = screen.getByRole("textbox", { name: "Jours après l'échéance" });
    await userEvent.clear(steps);
    await userEvent.type(steps, "7, 400");
    const subject = screen.getByRole("textbox", { name: "Objet (anglais)" });
    await userEvent.type(subject, "Pay {{amount}");
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer les relances" }));
    expect(steps).toHaveAttribute("aria-invalid", "true");
    expect(steps).toHaveAccessibleDescription(expect.stringContaining("de 1 à 365"));
    expect(subject).toHaveAccessibleDescription(expect.stringContaining("champ entre accolades inconnu"));
    expect(saveAction).not.toHaveBeenCalled();
  });

  it("submits valid settings to the server action", async () => {
    const { saveAction } = setup(true);
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer les relances" }));
    expect(saveAction).toHaveBeenCalledTimes(1);
  });

  it("is read-only, without a button, for a role that cannot change it; English texts", () => {
    setup(false, en);
    expect(screen.getByRole("checkbox", { name: "Send payment reminders automatically" })).toBeDisabled();
    expect(screen.getByRole("textbox", { name: "Days after the due date" })).toBeDisabled();
    expect(screen.getByRole("textbox", { name: "Subject (French)" })).toHaveValue("Relance {number}");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
