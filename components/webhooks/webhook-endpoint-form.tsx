"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { FieldMessages, useFieldA11y } from "@/components/forms/field-parts";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { fieldErrorsOf } from "@/lib/errors/validation";
import type { Messages } from "@/lib/i18n/messages/fr";
import { webhookEndpointInput, webhookLimits } from "@/lib/webhooks/webhook-endpoint-schema";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-event-types";
import { SecretReveal } from "./secret-reveal";

type State = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
  secret?: string;
  endpointId?: string;
};
type Action = (previous: State, formData: FormData) => Promise<State>;

export type WebhookEndpointFormProps = {
  /** "create" shows the new secret (once) after a success; "edit" saves in place. */
  mode: "create" | "edit";
  endpointId?: string;
  initial: { url: string; description: string; events: string[] };
  messages: Messages["webhooks"] & { loading: string };
  action: Action;
};

const idle: State = { status: "idle" };

/**
 * An endpoint's URL, description and events, checked in the browser with the server's schema
 * before it submits (the server checks again, and resolves the host in production).
 */
export function WebhookEndpointForm({ mode, endpointId, initial, messages, action }: WebhookEndpointFormProps) {
  const t = messages;
  const [state, formAction] = useActionState(action, idle);
  const [browserErrors, setBrowserErrors] = useState<Record<string, string[]> | null>(null);
  useActionToast(state, mode === "create" ? t.created : t.saved);
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const raw = browserErrors ?? serverErrors ?? {};
  // "events.0" (an unknown event) is the events group's error.
  const grouped: Record<string, string[]> = {};
  for (const [key, codes] of Object.entries(raw)) (grouped[key.split(".")[0]!] ??= []).push(...codes);
  const errors = translateFieldErrors(grouped, t.validation);
  const hasErrors = Object.keys(errors).length > 0;
  const formError =
    state.status === "error" && !state.fieldErrors ? translateFormError(state.formError, t.errors) : null;
  const shownUrl = state.status === "error" && state.values ? (state.values.url ?? "") : initial.url;
  const shownDescription =
    state.status === "error" && state.values ? (state.values.description ?? "") : initial.description;
  const shownEvents =
    state.status === "error" && state.values ? (state.values.events ?? "").split(",") : initial.events;
  const eventsA11y = useFieldA11y(false, errors.events);

  if (mode === "create" && state.status === "success" && state.secret) {
    return (
      <div className="space-y-3">
        <SecretReveal secret={state.secret} messages={t} />
        {state.endpointId ? (
          <Link href={`/settings/webhooks/${state.endpointId}`} className={buttonClass({ variant: "secondary" })}>
            {t.openLog}
          </Link>
        ) : null}
      </div>
    );
  }

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        const result = webhookEndpointInput.safeParse({
          url: data.get("url"),
          description: data.get("description"),
          events: data.getAll("events"),
        });
        const found = result.success ? null : fieldErrorsOf(result.error);
        setBrowserErrors(found);
        if (found) event.preventDefault();
      }}
      className="space-y-4"
    >
      {endpointId ? <input type="hidden" name="endpointId" value={endpointId} /> : null}
      <FormAlert message={formError} />
      <FormAlert message={hasErrors ? t.fixErrors : null} />
      <TextField
        label={t.url}
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={webhookLimits.url}
        defaultValue={shownUrl}
        hint={t.urlHint}
        errors={errors.url}
      />
      <TextField
        label={t.description}
        name="description"
        maxLength={webhookLimits.description}
        defaultValue={shownDescription}
        errors={errors.description}
      />
      <fieldset className="min-w-0" aria-describedby={eventsA11y.controlProps["aria-describedby"]}>
        <legend className="text-sm font-medium text-slate-800">{t.eventsLegend}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="events"
                value={type}
                defaultChecked={shownEvents.includes(type)}
                className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-600/30"
              />
              <span>
                {t.eventNames[type]} <code className="text-xs text-slate-500">{type}</code>
              </span>
            </label>
          ))}
        </div>
        <FieldMessages a11y={eventsA11y} errors={errors.events} />
      </fieldset>
      <SubmitButton pendingLabel={t.loading} className={buttonClass({ size: "lg" })}>
        {mode === "create" ? t.add : t.save}
      </SubmitButton>
    </form>
  );
}
