"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { fieldErrorsOf } from "@/lib/errors/validation";
import {
  CHART_RATES,
  REVENUE_KINDS,
  SINGLE_SLOTS,
  slotPrefix,
  type ChartRate,
  type ChartSlot,
} from "@/lib/exports/fec/chart-of-accounts";
import { chartOfAccountsInput } from "@/lib/exports/fec/chart-of-accounts-schema";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ChartOfAccountsFormProps = {
  rows: { slot: ChartSlot; number: string; defaultNumber: string; custom: boolean }[];
  /** organization.update: owners and admins; everyone else reads. */
  canEdit: boolean;
  messages: Pick<Messages, "chartOfAccounts"> & { loading: string; errors: Record<string, string> };
  saveAction: Action;
  resetAction: Action;
};

const idle: FormState = { status: "idle" };

/** The label of a slot's field, unique on the page (tests and screen readers find it by name). */
export function slotLabel(slot: ChartSlot, t: Messages["chartOfAccounts"]): string {
  const [group, kind, rate] = slot.split(".") as [string, string?, ChartRate?];
  if (group === "revenue" || group === "vat") {
    const section = group === "vat" ? t.sections.vat : t.sections[kind as keyof typeof t.sections];
    return format(t.rateLabel, { section, rate: t.rates[(group === "vat" ? kind : rate) as ChartRate] });
  }
  return t.fields[slot as (typeof SINGLE_SLOTS)[number]];
}

const groups: { key: "SERVICE" | "GOODS" | "vat" | "others"; slots: ChartSlot[] }[] = [
  ...REVENUE_KINDS.map((kind) => ({ key: kind, slots: CHART_RATES.map((rate) => `revenue.${kind}.${rate}` as const) })),
  { key: "vat", slots: CHART_RATES.map((rate) => `vat.${rate}` as const) },
  { key: "others", slots: [...SINGLE_SLOTS] },
];

/**
 * The organization's accounts, one field per slot (revenue per kind and VAT rate, VAT per rate,
 * clients, deposits, bank, cheques, cash), checked in the browser with the server's schema.
 * An empty field is the default account; "back to the default chart" empties them all.
 */
export function ChartOfAccountsForm({ rows, canEdit, messages, saveAction, resetAction }: ChartOfAccountsFormProps) {
  const t = messages.chartOfAccounts;
  const [state, formAction] = useActionState(saveAction, idle);
  const [resetState, resetFormAction] = useActionState(resetAction, idle);
  const [browserErrors, setBrowserErrors] = useState<Record<string, string[]> | null>(null);
  useActionToast(state, t.saved);
  useActionToast(resetState, t.resetDone);
  const bySlot = new Map(rows.map((row) => [row.slot, row]));
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const errors = translateFieldErrors(browserErrors ?? serverErrors, t.validation);
  const hasErrors = Object.keys(errors).length > 0;
  const formError =
    state.status === "error" && !state.fieldErrors ? translateFormError(state.formError, messages.errors) : null;
  const resetError = resetState.status === "error" ? translateFormError(resetState.formError, messages.errors) : null;
  // After a save, the page is revalidated: the rows are the stored numbers again.
  const valueOf = (slot: ChartSlot) =>
    state.status === "error" && state.values ? (state.values[slot] ?? "") : bySlot.get(slot)!.number;

  return (
    <div className="space-y-4">
      <form
        action={formAction}
        noValidate
        key={rows.map((row) => row.number).join()}
        onSubmit={(event) => {
          const values = Object.fromEntries(
            [...new FormData(event.currentTarget).entries()].filter(([, value]) => typeof value === "string"),
          );
          const result = chartOfAccountsInput.safeParse(values);
          setBrowserErrors(result.success ? null : fieldErrorsOf(result.error));
          if (!result.success) event.preventDefault();
        }}
        className="space-y-4"
      >
        <FormAlert message={formError} />
        <FormAlert message={hasErrors ? t.fixErrors : null} />
        <div className="grid gap-4 lg:grid-cols-2">
          {groups.map((group) => (
            <fieldset key={group.key} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4">
              <legend className="px-1 font-semibold text-slate-900">{t.sections[group.key]}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                {group.slots.map((slot) => {
                  const row = bySlot.get(slot)!;
                  return (
                    <TextField
                      key={slot}
                      label={slotLabel(slot, t)}
                      name={slot}
                      inputMode="numeric"
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={20}
                      readOnly={!canEdit}
                      defaultValue={valueOf(slot)}
                      hint={
                        format(t.hint, { number: row.defaultNumber, prefix: slotPrefix(slot) }) +
                        (row.custom ? ` · ${t.custom}` : "")
                      }
                      errors={errors[slot]}
                    />
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
        {canEdit ? (
          <SubmitButton pendingLabel={messages.loading} className={buttonClass({ variant: "primary" })}>
            {t.save}
          </SubmitButton>
        ) : null}
      </form>
      {canEdit ? (
        <form action={resetFormAction} className="space-y-2">
          <FormAlert message={resetError} />
          <SubmitButton pendingLabel={messages.loading} className={buttonClass({ variant: "secondary" })}>
            {t.reset}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
