"use client";

import { useActionState, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { clientRawFromForm } from "@/lib/clients/client-form-data";
import { CLIENT_LIMITS, clientInput, keptEmailIndexes, type ClientKind } from "@/lib/clients/client-schema";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { idleState, type FormState } from "../../_shared/form-state";
import { fieldMessages, type ClientMessages } from "./client-messages";
import { EmailFields, type EmailRow } from "./email-fields";

type ClientFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Set when editing: sent back with the form (the server checks it belongs to the organization). */
  clientId?: string;
  /** Set when editing: the version loaded (updatedAt, ISO), so a save over someone else's change is refused. */
  version?: string;
  /** The client's current values as strings (emails joined by line breaks); empty for a new one. */
  initial: Record<string, string>;
  countries: { value: string; label: string }[];
  submitLabel: string;
  cancelHref: string;
  messages: ClientMessages;
};

const DELIVERY_FIELDS = ["deliveryAddressLine1", "deliveryAddressLine2", "deliveryPostalCode", "deliveryCity"];

function emailRows(values: Record<string, string>): EmailRow[] {
  const emails = (values.emails ?? "").split("\n");
  return (emails.length > 0 ? emails : [""]).map((value, key) => ({ key, value }));
}

/**
 * Create and edit a client with the schema the server uses (lib/clients/client-schema): errors
 * show as soon as a field is left, all of them on submit (nothing is sent while any remains),
 * and the server's answer comes back with the values as typed.
 */
export function ClientForm(props: ClientFormProps) {
  const { action, clientId, version, initial, countries, submitLabel, cancelHref, messages } = props;
  const t = messages.clientForm;
  const [state, formAction] = useActionState(action, idleState);
  const values = state.status === "error" && state.values ? state.values : initial;
  const form = useRef<HTMLFormElement>(null);

  const [kind, setKind] = useState<ClientKind>(values.kind === "INDIVIDUAL" ? "INDIVIDUAL" : "COMPANY");
  const [emails, setEmails] = useState(() => emailRows(values));
  const [delivery, setDelivery] = useState(() => DELIVERY_FIELDS.some((field) => values[field]));
  const [liveErrors, setLiveErrors] = useState<Record<string, string[]>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  // A new answer from the server: its values and errors replace what the form holds.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setKind(values.kind === "INDIVIDUAL" ? "INDIVIDUAL" : "COMPANY");
    setEmails(emailRows(values));
    setDelivery(DELIVERY_FIELDS.some((field) => values[field]));
    setTouched(new Set());
    setSubmitted(false);
  }

  const validate = (): Record<string, string[]> => {
    if (!form.current) return {};
    const result = clientInput.safeParse(clientRawFromForm(new FormData(form.current)));
    return result.success ? {} : fieldErrorsOf(result.error);
  };
  const fieldOf = (name: string) => (name.startsWith("emails") ? "emails" : name);
  const live = (field: string) => submitted || touched.has(fieldOf(field));
  const rawErrors = (field: string): string[] | undefined =>
    live(field) ? liveErrors[field] : state.status === "error" ? state.fieldErrors?.[field] : undefined;
  const translated = translateFieldErrors(
    Object.fromEntries(Object.keys({ ...liveErrors, ...state.fieldErrors }).map((key) => [key, rawErrors(key) ?? []])),
    fieldMessages(messages),
  );
  const errors = (field: string) => (translated[field]?.length ? translated[field] : undefined);

  const kept = keptEmailIndexes(emails.map((row) => row.value));
  const emailErrors = emails.map((_, index) => {
    const position = kept.indexOf(index);
    return position === -1 ? undefined : errors(`emails.${position}`);
  });

  const formError =
    state.status === "error"
      ? state.fieldErrors
        ? t.errorSummary
        : translateFormError(state.formError, messages.clientErrors)
      : null;

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="space-y-6"
      // After the render: a kind switch or a removed email changes which inputs exist.
      onChange={() => requestAnimationFrame(() => setLiveErrors(validate()))}
      onBlur={(event) => {
        const target = event.target as EventTarget & { name?: unknown };
        const name = typeof target.name === "string" ? target.name : "";
        if (name) setTouched((current) => new Set(current).add(fieldOf(name)));
        setLiveErrors(validate());
      }}
      onSubmit={(event) => {
        const found = validate();
        setLiveErrors(found);
        setSubmitted(true);
        if (Object.keys(found).length > 0) {
          event.preventDefault();
          requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        }
      }}
    >
      {clientId ? <input type="hidden" name="clientId" value={clientId} /> : null}
      {version ? <input type="hidden" name="expectedUpdatedAt" value={values.expectedUpdatedAt ?? version} /> : null}
      <FormAlert message={formError} />

      <fieldset className={cardClass()}>
        <legend className="px-1 text-base font-semibold">{t.kindLegend}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {(["COMPANY", "INDIVIDUAL"] as const).map((option) => (
            <label
              key={option}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                className="mt-1"
              />
              <span>
                <span className="block font-medium">{option === "COMPANY" ? t.kindCompany : t.kindIndividual}</span>
                <span className="block text-sm text-slate-600">
                  {option === "COMPANY" ? t.kindCompanyHint : t.kindIndividualHint}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={cardClass()}>
        <legend className="px-1 text-base font-semibold">{t.identityLegend}</legend>
        {/* Keyed: the two kinds must not share input elements (typed text would move across). */}
        {kind === "COMPANY" ? (
          <div key="company" className="grid gap-4 sm:grid-cols-2">
            <TextField
              className="sm:col-span-2"
              label={t.legalName}
              name="legalName"
              required
              autoComplete="organization"
              maxLength={CLIENT_LIMITS.legalName}
              defaultValue={values.legalName}
              errors={errors("legalName")}
            />
            <TextField
              label={`${t.siren} (${t.optional})`}
              name="siren"
              inputMode="numeric"
              maxLength={20}
              defaultValue={values.siren}
              errors={errors("siren")}
            />
            <TextField
              label={`${t.siret} (${t.optional})`}
              name="siret"
              inputMode="numeric"
              maxLength={24}
              defaultValue={values.siret}
              errors={errors("siret")}
            />
            <TextField
              label={`${t.vatNumber} (${t.optional})`}
              name="vatNumber"
              maxLength={24}
              defaultValue={values.vatNumber}
              errors={errors("vatNumber")}
            />
          </div>
        ) : (
          <div key="person" className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={t.firstName}
              name="firstName"
              required
              autoComplete="off"
              maxLength={CLIENT_LIMITS.personName}
              defaultValue={values.firstName}
              errors={errors("firstName")}
            />
            <TextField
              label={t.lastName}
              name="lastName"
              required
              autoComplete="off"
              maxLength={CLIENT_LIMITS.personName}
              defaultValue={values.lastName}
              errors={errors("lastName")}
            />
          </div>
        )}
      </fieldset>

      <AddressFieldset
        prefix="billing"
        legend={t.billingLegend}
        values={values}
        countries={countries}
        errors={errors}
        labels={t}
      />

      <div className="space-y-4">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" checked={delivery} onChange={(event) => setDelivery(event.target.checked)} />
          {t.deliveryToggle}
        </label>
        {delivery ? (
          <AddressFieldset
            prefix="delivery"
            legend={t.deliveryLegend}
            values={values}
            countries={countries}
            errors={errors}
            labels={t}
          />
        ) : null}
      </div>

      <fieldset className={cardClass()}>
        <legend className="px-1 text-base font-semibold">{t.contactsLegend}</legend>
        <div className="space-y-4">
          <EmailFields
            rows={emails}
            onChange={(rows) => {
              setEmails(rows);
              requestAnimationFrame(() => setLiveErrors(validate()));
            }}
            rowErrors={emailErrors}
            listErrors={errors("emails")}
            max={CLIENT_LIMITS.emails}
            labels={{
              legendHint: t.emailsHint,
              emailLabel: t.emailLabel,
              addEmail: t.addEmail,
              removeEmail: t.removeEmail,
            }}
          />
          <TextField
            className="sm:max-w-xs"
            label={`${t.phone} (${t.optional})`}
            name="phone"
            type="tel"
            autoComplete="off"
            maxLength={CLIENT_LIMITS.phone}
            defaultValue={values.phone}
            errors={errors("phone")}
          />
        </div>
      </fieldset>

      <fieldset className={cardClass()}>
        <legend className="px-1 text-base font-semibold">{t.termsLegend}</legend>
        <p className="mb-4 text-sm text-slate-600">{t.termsHint}</p>
        <div className="grid items-end gap-4 sm:grid-cols-3">
          <TextField
            label={t.paymentTermsDays}
            name="paymentTermsDays"
            type="number"
            inputMode="numeric"
            min={0}
            max={CLIENT_LIMITS.paymentTermsDays}
            defaultValue={values.paymentTermsDays}
            errors={errors("paymentTermsDays")}
          />
          <label className="flex items-center gap-2 pb-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              name="paymentTermsEndOfMonth"
              value="true"
              defaultChecked={values.paymentTermsEndOfMonth === "true"}
            />
            {t.endOfMonth}
          </label>
          <SelectField
            label={t.language}
            name="language"
            defaultValue={values.language ?? ""}
            options={[
              { value: "", label: t.languageDefault },
              { value: "fr", label: t.languages.fr },
              { value: "en", label: t.languages.en },
            ]}
            errors={errors("language")}
          />
        </div>
      </fieldset>

      <fieldset className={cardClass()}>
        <legend className="px-1 text-base font-semibold">{t.accountingLegend}</legend>
        <TextField
          label={t.auxiliaryAccount}
          name="auxiliaryAccount"
          maxLength={17}
          autoComplete="off"
          spellCheck={false}
          hint={t.auxiliaryAccountHint}
          defaultValue={values.auxiliaryAccount}
          errors={errors("auxiliaryAccount")}
        />
      </fieldset>

      <fieldset className={cardClass()}>
        <legend className="px-1 text-base font-semibold">{t.notesLegend}</legend>
        <NotesField label={t.notes} hint={t.notesHint} defaultValue={values.notes} errors={errors("notes")} />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={messages.common.loading} className={buttonClass()}>
          {submitLabel}
        </SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          {t.cancel}
        </ButtonLink>
      </div>
    </form>
  );
}

type AddressFieldsetProps = {
  prefix: "billing" | "delivery";
  legend: string;
  values: Record<string, string>;
  countries: { value: string; label: string }[];
  errors: (field: string) => string[] | undefined;
  labels: ClientMessages["clientForm"];
};

function AddressFieldset({ prefix, legend, values, countries, errors, labels }: AddressFieldsetProps) {
  const name = (field: string) => `${prefix}${field}`;
  return (
    <fieldset className={cardClass()}>
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-6">
        <TextField
          className="sm:col-span-6"
          label={labels.addressLine1}
          name={name("AddressLine1")}
          required
          autoComplete="off"
          maxLength={CLIENT_LIMITS.addressLine}
          defaultValue={values[name("AddressLine1")]}
          errors={errors(name("AddressLine1"))}
        />
        <TextField
          className="sm:col-span-6"
          label={`${labels.addressLine2} (${labels.optional})`}
          name={name("AddressLine2")}
          autoComplete="off"
          maxLength={CLIENT_LIMITS.addressLine}
          defaultValue={values[name("AddressLine2")]}
          errors={errors(name("AddressLine2"))}
        />
        <TextField
          className="sm:col-span-2"
          label={labels.postalCode}
          name={name("PostalCode")}
          autoComplete="off"
          maxLength={CLIENT_LIMITS.postalCode}
          defaultValue={values[name("PostalCode")]}
          errors={errors(name("PostalCode"))}
        />
        <TextField
          className="sm:col-span-4"
          label={labels.city}
          name={name("City")}
          required
          autoComplete="off"
          maxLength={CLIENT_LIMITS.city}
          defaultValue={values[name("City")]}
          errors={errors(name("City"))}
        />
        <SelectField
          className="sm:col-span-3"
          label={labels.country}
          name={name("Country")}
          defaultValue={values[name("Country")] || "FR"}
          options={countries}
          errors={errors(name("Country"))}
        />
      </div>
    </fieldset>
  );
}

type NotesFieldProps = { label: string; hint: string; defaultValue?: string; errors?: string[] };

function NotesField({ label, hint, defaultValue, errors }: NotesFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor="client-notes" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id="client-notes"
        name="notes"
        rows={5}
        maxLength={CLIENT_LIMITS.notes}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "client-notes-hint client-notes-error" : "client-notes-hint"}
        className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-500"
      />
      <p id="client-notes-hint" className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      {invalid ? (
        <ul id="client-notes-error" className="mt-1 text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
