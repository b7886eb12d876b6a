"use client";

import { useActionState, useState } from "react";
import { FieldMessages, useFieldA11y } from "@/components/forms/field-parts";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { API_TOKEN_NAME_MAX, apiTokenInput } from "@/lib/api-tokens/api-token-schema";
import { fieldErrorsOf } from "@/lib/errors/validation";
import type { Messages } from "@/lib/i18n/messages/fr";
import { ApiTokenSecret } from "./api-token-secret";

type State = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
  secret?: string;
};
type Action = (previous: State, formData: FormData) => Promise<State>;

export type ApiTokenFormProps = {
  /** The scopes to offer, grouped by area ("clients" → ["clients.read", "clients.write"]). */
  scopeGroups: { group: string; scopes: string[] }[];
  messages: Messages["apiTokens"] & { loading: string };
  action: Action;
};

const idle: State = { status: "idle" };

/** Creates a token, then shows its secret once; "done" brings back an empty form. */
export function ApiTokenCreator(props: ApiTokenFormProps) {
  const [round, setRound] = useState(0);
  return <ApiTokenForm key={round} {...props} onDone={() => setRound((value) => value + 1)} />;
}

/** Name, scopes (checkboxes grouped by area) and an optional last day, checked with the server's schema first. */
function ApiTokenForm({ scopeGroups, messages: t, action, onDone }: ApiTokenFormProps & { onDone: () => void }) {
  const [state, formAction] = useActionState(action, idle);
  const [browserErrors, setBrowserErrors] = useState<Record<string, string[]> | null>(null);
  useActionToast(state, t.created);
  const raw = browserErrors ?? (state.status === "error" ? state.fieldErrors : undefined) ?? {};
  // "scopes.1" (an unknown scope) is the scopes group's error.
  const grouped: Record<string, string[]> = {};
  for (const [key, codes] of Object.entries(raw)) (grouped[key.split(".")[0]!] ??= []).push(...codes);
  const errors = translateFieldErrors(grouped, t.validation);
  const formError =
    state.status === "error" && !state.fieldErrors ? translateFormError(state.formError, t.errors) : null;
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const checked = (values.scopes ?? "").split(",");
  const scopesA11y = useFieldA11y(true, errors.scopes);

  if (state.status === "success" && state.secret) {
    return <ApiTokenSecret secret={state.secret} messages={t} onDone={onDone} />;
  }

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        const result = apiTokenInput.safeParse({
          name: data.get("name"),
          scopes: data.getAll("scopes"),
          expiresOn: data.get("expiresOn"),
        });
        const found = result.success ? null : fieldErrorsOf(result.error);
        setBrowserErrors(found);
        if (found) event.preventDefault();
      }}
      className="space-y-4"
    >
      <FormAlert message={formError} />
      <FormAlert message={Object.keys(errors).length > 0 ? t.fixErrors : null} />
      <TextField
        label={t.name}
        name="name"
        required
        maxLength={API_TOKEN_NAME_MAX}
        autoComplete="off"
        defaultValue={values.name ?? ""}
        hint={t.nameHint}
        errors={errors.name}
      />
      <fieldset className="min-w-0" aria-describedby={scopesA11y.controlProps["aria-describedby"]}>
        <legend className="text-sm font-medium text-slate-800">{t.scopesLegend}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {scopeGroups.map(({ group, scopes }) => (
            <fieldset key={group} className="min-w-0">
              <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                {t.groups[group] ?? group}
              </legend>
              <div className="mt-1 space-y-1.5">
                {scopes.map((scope) => (
                  <label key={scope} className="flex items-start gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      name="scopes"
                      value={scope}
                      defaultChecked={checked.includes(scope)}
                      className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-600/30"
                    />
                    <span>
                      {t.scopeNames[scope] ?? scope} <code className="text-xs text-slate-500">{scope}</code>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        <FieldMessages a11y={scopesA11y} hint={t.scopesHint} errors={errors.scopes} />
      </fieldset>
      <TextField
        label={t.expiresOn}
        name="expiresOn"
        type="date"
        defaultValue={values.expiresOn ?? ""}
        hint={t.expiresOnHint}
        errors={errors.expiresOn}
        className="max-w-xs"
      />
      <SubmitButton pendingLabel={t.loading} className={buttonClass({ size: "lg" })}>
        {t.add}
      </SubmitButton>
    </form>
  );
}
