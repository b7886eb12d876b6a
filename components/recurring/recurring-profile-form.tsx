"use client";

import { useId, useMemo, useRef, useState } from "react";
import type { ArticleOption } from "@/components/documents/article-picker";
import {
  DocumentEditor,
  type ClientOption,
  type DocumentEditorMessages,
  type SaveDocumentPayload,
  type SaveDocumentResult,
} from "@/components/documents/document-editor";
import { formatDay } from "@/components/documents/document-paths";
import type { EditorValues } from "@/components/documents/editor-values";
import type { ClientVat } from "@/components/documents/line-vat";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldMessages, useFieldA11y } from "@/components/forms/field-parts";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { previewDates, RECURRING_END_KINDS, RECURRING_FREQUENCIES } from "@/lib/recurring/recurrence";
import { recurringProfileLimits, type RecurringModeValue } from "@/lib/recurring/recurring-profile-schema";
import { profileRawInput, ruleOfValues, validateProfile, type ProfileValues } from "./recurring-values";

/** What the form sends to its server action: the whole raw input, and the version it edited. */
export type SaveRecurringPayload = {
  profileId?: string;
  /** updatedAt (ISO) of the version loaded: the server refuses to overwrite a newer one. */
  updatedAt?: string;
  values: Record<string, unknown>;
};

export type RecurringProfileFormMessages = DocumentEditorMessages &
  Pick<Messages, "recurringForm" | "recurringFrequency">;

export type RecurringProfileFormProps = {
  profileId?: string;
  updatedAt?: string;
  initialProfile: ProfileValues;
  initialContent: EditorValues;
  clientVat: ClientVat | null;
  /** The initial client's addresses (the recipients are chosen among them); null without a client. */
  clientEmails: string[] | null;
  vatExempt: boolean;
  defaultVatRate: string;
  defaultUnit: string;
  locale: Locale;
  save: (payload: SaveRecurringPayload) => Promise<SaveDocumentResult>;
  loadClientEmails: (clientId: string) => Promise<string[]>;
  searchClients: (query: string) => Promise<ClientOption[]> | ClientOption[];
  searchArticles: (query: string) => Promise<ArticleOption[]> | ArticleOption[];
  cancelHref: string;
  messages: RecurringProfileFormMessages;
};

const MODES: readonly RecurringModeValue[] = ["ISSUE", "DRAFT"];
const DAYS = Array.from({ length: 31 }, (_, index) => String(index + 1));
const fieldset = "rounded-xl border border-slate-200 bg-white p-5";
const legend = "px-1 text-base font-semibold";

/**
 * A recurring invoice profile: the document editor (same client field, lines, live totals, save
 * bar, shortcuts and unsaved-changes guard) with the profile's own fields above the content —
 * name, calendar with a live preview of the next dates, end, what each date does and to whom it
 * is emailed. Both halves are checked with recurringProfileInput, as the server does.
 */
export function RecurringProfileForm(props: RecurringProfileFormProps) {
  const { locale, messages } = props;
  const t = messages.recurringForm;
  const [profile, setProfile] = useState<ProfileValues>(props.initialProfile);
  const [savedProfile, setSavedProfile] = useState<ProfileValues>(props.initialProfile);
  const [emails, setEmails] = useState<string[] | null>(props.clientEmails);
  const [loadingEmails, setLoadingEmails] = useState(false);
  const emailsRequest = useRef(0);

  // The editor checks the content; this is the profile's own fields' check (a new object only
  // when they change: the editor merges it into its own).
  const liveErrors = useMemo(() => validateProfile(profile), [profile]);
  const dirty = JSON.stringify(profileRawInput(profile)) !== JSON.stringify(profileRawInput(savedProfile));
  const rule = ruleOfValues(profile);
  const preview = rule ? previewDates(rule, 6) : null;

  async function save(payload: SaveDocumentPayload): Promise<SaveDocumentResult> {
    const sent = profile;
    const result = await props.save({
      profileId: payload.documentId,
      updatedAt: payload.updatedAt,
      values: { ...payload.values, ...profileRawInput(sent) },
    });
    if (result.status === "success") setSavedProfile(sent);
    return result;
  }

  function clientChanged(clientId: string) {
    const request = ++emailsRequest.current;
    if (!clientId) {
      setEmails(null);
      setProfile((current) => ({ ...current, recipients: [] }));
      return;
    }
    setLoadingEmails(true);
    props
      .loadClientEmails(clientId)
      .catch(() => [] as string[])
      .then((list) => {
        if (request !== emailsRequest.current) return;
        setLoadingEmails(false);
        setEmails(list);
        // The new client's addresses, all of them: the recipients must be the client's.
        setProfile((current) => ({ ...current, recipients: list }));
      });
  }

  return (
    <DocumentEditor
      type="INVOICE"
      documentId={props.profileId}
      updatedAt={props.updatedAt}
      initial={props.initialContent}
      clientVat={props.clientVat}
      vatExempt={props.vatExempt}
      defaultVatRate={props.defaultVatRate}
      defaultUnit={props.defaultUnit}
      locale={locale}
      save={save}
      searchClients={props.searchClients}
      searchArticles={props.searchArticles}
      cancelHref={props.cancelHref}
      messages={messages}
      extension={{
        liveErrors,
        dirty,
        onClientChange: clientChanged,
        savedText: t.saved,
        saveLabel: t.save,
        render: ({ errorsFor, leave, forget }) => {
          const change = (patch: Partial<ProfileValues>, keys: string[] = Object.keys(patch)) => {
            setProfile((current) => ({ ...current, ...patch }));
            forget(keys);
          };
          const weekly = profile.frequency === "WEEKLY";
          return (
            <>
              <fieldset className={fieldset}>
                <legend className={legend}>{t.profileLegend}</legend>
                <TextField
                  className="max-w-xl"
                  label={t.name}
                  name="name"
                  required
                  hint={t.nameHint}
                  maxLength={recurringProfileLimits.name}
                  value={profile.name}
                  onChange={(event) => change({ name: event.target.value })}
                  onBlur={() => leave("name")}
                  errors={errorsFor("name")}
                />
              </fieldset>

              <fieldset className={fieldset}>
                <legend className={legend}>{t.scheduleLegend}</legend>
                <div className="grid gap-6 lg:grid-cols-3">
                  <div className="space-y-4 lg:col-span-2">
                    <div className="grid gap-4 sm:grid-cols-3">
                      <SelectField
                        label={t.frequency}
                        name="frequency"
                        value={profile.frequency}
                        onChange={(event) => {
                          change({ frequency: event.target.value as ProfileValues["frequency"] }, [
                            "frequency",
                            "interval",
                            "dayOfMonth",
                          ]);
                          leave("frequency");
                        }}
                        options={RECURRING_FREQUENCIES.map((value) => ({ value, label: t.frequencies[value] }))}
                        errors={errorsFor("frequency")}
                      />
                      <TextField
                        label={t.interval}
                        name="interval"
                        inputMode="numeric"
                        autoComplete="off"
                        hint={format(t.intervalUnits[profile.frequency], {
                          n: profile.interval.trim() || "N",
                        })}
                        value={profile.interval}
                        onChange={(event) => change({ interval: event.target.value })}
                        onBlur={() => leave("interval")}
                        errors={errorsFor("interval")}
                      />
                      {weekly ? null : (
                        <SelectField
                          label={t.dayOfMonth}
                          name="dayOfMonth"
                          value={profile.day}
                          onChange={(event) => {
                            change({ day: event.target.value }, ["dayOfMonth", "lastDayOfMonth"]);
                            leave("dayOfMonth");
                          }}
                          options={[
                            ...DAYS.map((day) => ({ value: day, label: day })),
                            { value: "last", label: t.lastDay },
                          ]}
                          errors={errorsFor("dayOfMonth")}
                        />
                      )}
                    </div>
                    {weekly ? null : <p className="text-sm text-slate-600">{t.dayOfMonthHint}</p>}
                    <div className="grid gap-4 sm:grid-cols-3">
                      <TextField
                        label={t.startDate}
                        name="startDate"
                        type="date"
                        required
                        hint={t.startDateHint}
                        value={profile.startDate}
                        onChange={(event) => change({ startDate: event.target.value }, ["startDate", "endDate"])}
                        onBlur={() => leave("startDate")}
                        errors={errorsFor("startDate")}
                      />
                    </div>
                    <RadioGroup
                      legend={t.endLegend}
                      name="endKind"
                      value={profile.endKind}
                      choices={RECURRING_END_KINDS.map((value) => ({ value, label: t.endKinds[value] }))}
                      onChange={(value) => {
                        change({ endKind: value as ProfileValues["endKind"] }, ["endKind", "endAfterCount", "endDate"]);
                      }}
                      errors={errorsFor("endKind")}
                    />
                    {profile.endKind === "AFTER_COUNT" ? (
                      <TextField
                        className="max-w-xs"
                        label={t.endAfterCount}
                        name="endAfterCount"
                        inputMode="numeric"
                        autoComplete="off"
                        value={profile.endAfterCount}
                        onChange={(event) => change({ endAfterCount: event.target.value })}
                        onBlur={() => leave("endAfterCount")}
                        errors={errorsFor("endAfterCount")}
                      />
                    ) : null}
                    {profile.endKind === "ON_DATE" ? (
                      <TextField
                        className="max-w-xs"
                        label={t.endDate}
                        name="endDate"
                        type="date"
                        value={profile.endDate}
                        onChange={(event) => change({ endDate: event.target.value })}
                        onBlur={() => leave("endDate")}
                        errors={errorsFor("endDate")}
                      />
                    ) : null}
                  </div>
                  <section aria-labelledby="recurring-preview" className="rounded-lg bg-slate-50 p-4">
                    <h3 id="recurring-preview" className="text-sm font-semibold text-slate-800">
                      {t.previewTitle}
                    </h3>
                    {preview === null ? (
                      <p className="mt-2 text-sm text-slate-600">{t.previewEmpty}</p>
                    ) : preview.length === 0 ? (
                      <p className="mt-2 text-sm text-slate-600">{t.previewNone}</p>
                    ) : (
                      <>
                        <ol className="mt-2 space-y-1 text-sm tabular-nums text-slate-900">
                          {preview.slice(0, 5).map((day) => (
                            <li key={day}>{formatDay(day, locale, "long")}</li>
                          ))}
                        </ol>
                        {preview.length > 5 ? <p className="mt-2 text-sm text-slate-600">{t.previewMore}</p> : null}
                      </>
                    )}
                  </section>
                </div>
              </fieldset>

              <fieldset className={fieldset}>
                <legend className={legend}>{t.runLegend}</legend>
                <div className="space-y-4">
                  <RadioGroup
                    legend={t.runLegend}
                    legendHidden
                    name="mode"
                    value={profile.mode}
                    choices={MODES.map((value) => ({ value, label: t.modes[value], hint: t.modeHints[value] }))}
                    onChange={(value) =>
                      change({ mode: value as RecurringModeValue, ...(value === "DRAFT" ? { autoSend: false } : {}) }, [
                        "mode",
                        "autoSend",
                      ])
                    }
                    errors={errorsFor("mode")}
                  />
                  {profile.mode === "ISSUE" ? (
                    <CheckboxField
                      label={t.autoSend}
                      name="autoSend"
                      checked={profile.autoSend}
                      onChange={(event) =>
                        change(
                          {
                            autoSend: event.target.checked,
                            // Turned on with no recipient yet: the client's addresses, to untick.
                            ...(event.target.checked && profile.recipients.length === 0 && emails
                              ? { recipients: emails }
                              : {}),
                          },
                          ["autoSend", "recipients"],
                        )
                      }
                      errors={errorsFor("autoSend")}
                    />
                  ) : null}
                  {profile.mode === "ISSUE" && profile.autoSend ? (
                    <Recipients
                      emails={emails}
                      loading={loadingEmails}
                      selected={profile.recipients}
                      onChange={(recipients) => change({ recipients }, ["recipients"])}
                      errors={errorsFor("recipients")}
                      texts={t}
                    />
                  ) : null}
                </div>
              </fieldset>
            </>
          );
        },
      }}
    />
  );
}

function RadioGroup(props: {
  legend: string;
  legendHidden?: boolean;
  name: string;
  value: string;
  choices: { value: string; label: string; hint?: string }[];
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const a11y = useFieldA11y(false, props.errors);
  const id = useId();
  return (
    <fieldset aria-describedby={a11y.invalid ? a11y.errorId : undefined}>
      <legend className={props.legendHidden ? "sr-only" : "text-sm font-medium text-slate-800"}>{props.legend}</legend>
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {props.choices.map((choice) => (
          <div key={choice.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`${id}-${choice.value}`}
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              aria-describedby={choice.hint ? `${id}-${choice.value}-hint` : undefined}
              onChange={() => props.onChange(choice.value)}
              className="mt-0.5 h-4 w-4 shrink-0 border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-600/30"
            />
            <div className="text-sm">
              <label htmlFor={`${id}-${choice.value}`} className="text-slate-800">
                {choice.label}
              </label>
              {choice.hint ? (
                <p id={`${id}-${choice.value}-hint`} className="text-slate-600">
                  {choice.hint}
                </p>
              ) : null}
            </div>
          </div>
        ))}
      </div>
      <FieldMessages a11y={a11y} errors={props.errors} />
    </fieldset>
  );
}

function Recipients(props: {
  emails: string[] | null;
  loading: boolean;
  selected: string[];
  onChange: (recipients: string[]) => void;
  errors?: string[];
  texts: Messages["recurringForm"];
}) {
  const t = props.texts;
  const a11y = useFieldA11y(true, props.errors);
  const chosen = new Set(props.selected.map((email) => email.toLowerCase()));
  const toggle = (email: string, on: boolean) =>
    props.onChange(
      on ? [...props.selected, email] : props.selected.filter((other) => other.toLowerCase() !== email.toLowerCase()),
    );
  return (
    <fieldset aria-describedby={a11y.controlProps["aria-describedby"]}>
      <legend className="text-sm font-medium text-slate-800">{t.recipients}</legend>
      {props.loading ? (
        <p className="mt-1 text-sm text-slate-600" role="status">
          {t.loadingEmails}
        </p>
      ) : props.emails === null ? (
        <p className="mt-1 text-sm text-slate-600">{t.chooseClientFirst}</p>
      ) : props.emails.length === 0 ? (
        <p className="mt-1 text-sm text-amber-800">{t.noClientEmail}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {props.emails.map((email) => (
            <li key={email} className="min-w-0">
              <CheckboxField
                label={<span className="break-all">{email}</span>}
                name="recipients"
                value={email}
                checked={chosen.has(email.toLowerCase())}
                aria-invalid={a11y.invalid || undefined}
                onChange={(event) => toggle(email, event.target.checked)}
              />
            </li>
          ))}
        </ul>
      )}
      <FieldMessages a11y={a11y} hint={t.recipientsHint} errors={props.errors} />
    </fieldset>
  );
}
