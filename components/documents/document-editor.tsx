"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { translateFormError } from "@/components/forms/translate-errors";
import { isStandardUnit } from "@/lib/articles/article-units";
import { dueDateFromTerms } from "@/lib/documents/calendar-date";
import { documentLimits, type DocumentRawInput } from "@/lib/documents/document-schema";
import { computeTotals, type TotalsLineInput } from "@/lib/documents/totals/compute-totals";
import type { FieldErrors } from "@/lib/errors/app-error";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { legalMentions } from "@/lib/organization-settings/document-mentions";
import type { VatCategory } from "@/lib/vat/vat-categories";
import { articleLabel, type ArticleOption } from "./article-picker";
import { Combobox } from "./combobox";
import {
  blankLine,
  centsToField,
  keyLineErrors,
  lineErrorKey,
  liveTotals,
  sameContent,
  toRawInput,
  validateValues,
  type DiscountKindField,
  type DocumentKind,
  type EditorLine,
  type EditorValues,
} from "./editor-values";
import { LineColumnHeaders, LineRow } from "./line-row";
import {
  categoryWithReason,
  defaultLineVat,
  isDefaultLineVat,
  vatChoiceFields,
  vatContext,
  type ClientVat,
} from "./line-vat";
import { TotalsPanel } from "./totals-panel";

export type ClientOption = {
  id: string;
  name: string;
  detail?: string | null;
  /** Country, kind and VAT number: what the lines' VAT defaults read (lib/vat/vat-categories.ts). */
  vat?: ClientVat;
};

/** What the editor sends to its server action: the raw values, plus the version it edited. */
export type SaveDocumentPayload = {
  documentId?: string;
  /** updatedAt (ISO) of the version loaded in the editor: the server refuses to overwrite a newer one. */
  updatedAt?: string;
  values: DocumentRawInput;
};

export type SaveDocumentResult =
  | { status: "success"; documentId: string; updatedAt: string; href?: string }
  | {
      status: "error";
      fieldErrors?: FieldErrors;
      formError?: { code: string; params?: Record<string, string | number> };
    };

export type DocumentEditorMessages = Pick<Messages, "documentEditor" | "articleKinds" | "articleUnits"> & {
  /** Field error codes → texts (validation + document validation). */
  fieldTexts: Record<string, string>;
  /** Form error codes → texts (document errors). */
  errorTexts: Record<string, string>;
};

/**
 * A form built on the editor (a recurring invoice profile): its own fields shown above the
 * content, the same error display, save bar and unsaved-changes guard, and no dates (each
 * invoice the profile makes is dated when it is made).
 */
export type EditorExtension = {
  /** The extension's fields; errorsFor/leave/forget work on its own keys as on the editor's. */
  render: (field: {
    errorsFor: (key: string) => string[] | undefined;
    leave: (key: string) => void;
    /** Drops the server's errors of these keys (their value changed). */
    forget: (keys: string[]) => void;
  }) => React.ReactNode;
  /** The extension's problems (key → codes): shown like the editor's and blocking the save. */
  liveErrors: FieldErrors;
  /** Its values differ from the saved ones. */
  dirty: boolean;
  /** Another client was chosen (or none: ""). */
  onClientChange?: (clientId: string) => void;
  /** The toast after a save. */
  savedText?: string;
  /** The save button's label ("Save the draft" otherwise). */
  saveLabel?: string;
};

export type DocumentEditorProps = {
  type: DocumentKind;
  documentId?: string;
  updatedAt?: string;
  initial: EditorValues;
  /** The initial client's country, kind and VAT number (the lines' VAT defaults read them). */
  clientVat?: ClientVat | null;
  /** The organization is under VAT franchise (art. 293 B du CGI): no VAT select, every rate 0. */
  vatExempt: boolean;
  /** Rate of a new line, basis points as text. */
  defaultVatRate: string;
  /** Unit of a new line, as shown ("pièce"). */
  defaultUnit: string;
  /** Days a quote holds when its validity date is left blank (the organization's setting). */
  quoteValidityDays?: number;
  /** Lines kept by the server after the editor's (a final invoice's deposit deductions): shown, counted, not edited. */
  fixedLines?: (TotalsLineInput & { description: string })[];
  /** The client cannot change (a credit note keeps its invoice's). */
  clientLocked?: boolean;
  locale: Locale;
  save: (payload: SaveDocumentPayload) => Promise<SaveDocumentResult>;
  searchClients: (query: string) => Promise<ClientOption[]> | ClientOption[];
  searchArticles: (query: string) => Promise<ArticleOption[]> | ArticleOption[];
  cancelHref: string;
  messages: DocumentEditorMessages;
  extension?: EditorExtension;
};

type FocusTarget = { key: string; target: "first" | "up" | "down" } | "add";

/**
 * The editor of a draft quote, invoice, deposit invoice or credit note. Every value stays as
 * typed; documentInput (the server's schema) checks it and computeTotals (the server's money
 * rule) gives the live totals. Saving is explicit; unsaved changes are shown and guarded.
 */
export function DocumentEditor(props: DocumentEditorProps) {
  const { type, vatExempt, locale, messages, extension } = props;
  const t = messages.documentEditor;
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const unitListId = useId();
  const nextKey = useRef(0);
  const pendingFocus = useRef<FocusTarget | null>(null);

  const [values, setValues] = useState<EditorValues>(props.initial);
  const [saved, setSaved] = useState<EditorValues>(props.initial);
  const [documentId, setDocumentId] = useState(props.documentId);
  const [updatedAt, setUpdatedAt] = useState(props.updatedAt);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const [clientVat, setClientVat] = useState<ClientVat | null>(props.clientVat ?? null);
  const vat = vatContext(vatExempt, clientVat);

  const dirty = !sameContent(values, saved) || Boolean(extension?.dirty);
  const extensionErrors = extension?.liveErrors;
  const liveErrors = useMemo(
    () => ({ ...validateValues(values, vatExempt), ...extensionErrors }),
    [values, vatExempt, extensionErrors],
  );
  const fixedLines = props.fixedLines;
  const live = useMemo(() => liveTotals(values, vatExempt, fixedLines), [values, vatExempt, fixedLines]);

  const errorsFor = (key: string): string[] | undefined => {
    const codes = [...(submitted || touched.has(key) ? (liveErrors[key] ?? []) : []), ...(serverErrors[key] ?? [])];
    const texts = [...new Set(codes)].map((code) => messages.fieldTexts[code] ?? code);
    return texts.length > 0 ? texts : undefined;
  };
  const leave = (key: string) => setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));

  // --- Changes -------------------------------------------------------------------------
  function forgetServerErrors(keys: string[]) {
    setServerErrors((current) => {
      if (!keys.some((key) => key in current)) return current;
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });
  }

  function change(patch: Partial<EditorValues>) {
    setValues((current) => ({ ...current, ...patch }));
    forgetServerErrors(Object.keys(patch));
  }

  function changeLine(key: string, patch: Partial<EditorLine>) {
    setValues((current) => ({
      ...current,
      lines: current.lines.map((line) => {
        if (line.key !== key) return line;
        const next = { ...line, ...patch };
        // Another kind (goods ↔ service) has its own default (K or AE…): a line still at its
        // default follows; an overridden one keeps the user's choice.
        if (!vatExempt && patch.kind && patch.kind !== line.kind && isDefaultLineVat(vat, line)) {
          return { ...next, ...defaultLineVat(vat, next) };
        }
        return next;
      }),
    }));
    forgetServerErrors(Object.keys(patch).map((field) => lineErrorKey(key, field)));
  }

  /** The VAT select: a rate (standard VAT) or another category, with its reason when it can tell. */
  function changeLineVat(key: string, value: string) {
    const reasonInUse = (category: VatCategory) =>
      values.lines.find((other) => other.key !== key && other.vatCategory === category && other.vatExemptionCode)
        ?.vatExemptionCode ?? null;
    const line = values.lines.find((candidate) => candidate.key === key);
    if (!line) return;
    changeLine(key, vatChoiceFields(value, line, reasonInUse));
  }

  /** A new client: lines still at their VAT default take the new client's (an override stays). */
  function changeClient(client: { id: string; name: string; vat: ClientVat | null }) {
    const next = vatContext(vatExempt, client.vat);
    setClientVat(client.vat);
    setValues((current) => ({
      ...current,
      clientId: client.id,
      clientName: client.name,
      lines: vatExempt
        ? current.lines
        : current.lines.map((line) =>
            isDefaultLineVat(vat, line) ? { ...line, ...defaultLineVat(next, line) } : line,
          ),
    }));
    forgetServerErrors(["clientId"]);
    extension?.onClientChange?.(client.id);
  }

  function newLine(): EditorLine {
    nextKey.current += 1;
    return blankLine(`new-${nextKey.current}`, {
      vatRate: props.defaultVatRate,
      unit: props.defaultUnit,
      vat: vatExempt ? undefined : vat,
    });
  }

  function addLine(afterIndex?: number) {
    const line = newLine();
    const at = afterIndex === undefined ? values.lines.length : afterIndex + 1;
    setValues((current) => ({ ...current, lines: [...current.lines.slice(0, at), line, ...current.lines.slice(at)] }));
    forgetServerErrors(["lines"]);
    pendingFocus.current = { key: line.key, target: "first" };
    setAnnouncement(format(t.lineAdded, { n: at + 1 }));
  }

  function removeLine(index: number) {
    if (values.lines.length <= 1) return;
    const remaining = values.lines.filter((_, position) => position !== index);
    const focusLine = remaining[Math.min(index, remaining.length - 1)];
    setValues((current) => ({ ...current, lines: current.lines.filter((_, position) => position !== index) }));
    pendingFocus.current = focusLine ? { key: focusLine.key, target: "first" } : "add";
    setAnnouncement(format(t.lineRemoved, { n: index + 1 }));
  }

  function moveLine(index: number, direction: -1 | 1) {
    const to = index + direction;
    if (to < 0 || to >= values.lines.length) return;
    const moved = values.lines[index]!;
    setValues((current) => {
      const lines = [...current.lines];
      [lines[index], lines[to]] = [lines[to]!, lines[index]!];
      return { ...current, lines };
    });
    // Focus follows the line; at either end the button it used is disabled, so the other one.
    const atEdge = direction === -1 ? to === 0 : to === values.lines.length - 1;
    const target = direction === -1 ? (atEdge ? "down" : "up") : atEdge ? "up" : "down";
    pendingFocus.current = { key: moved.key, target };
    setAnnouncement(format(t.lineMoved, { n: to + 1 }));
  }

  function pickArticle(key: string, article: ArticleOption) {
    const unit = isStandardUnit(article.unit) ? messages.articleUnits[article.unit] : article.unit;
    // The line's VAT: the rule table's default for this client and the article's kind and rate.
    const lineVat = defaultLineVat(vat, { kind: article.kind, standardVatRate: String(article.vatRateBps) });
    // In the incl.-VAT mode the field holds a price incl. VAT: the article's, through computeTotals.
    const priceCents =
      values.pricesIncludeVat && !vatExempt
        ? computeTotals({
            lines: [
              {
                quantityMilli: 1000,
                unitPriceCents: article.unitPriceCents,
                vatRateBps: Number(lineVat.vatRate),
              },
            ],
          }).totalInclVatCents
        : article.unitPriceCents;
    changeLine(key, {
      articleId: article.id,
      articleLabel: articleLabel(article),
      description: article.description ? `${article.name}\n${article.description}` : article.name,
      unit,
      unitPrice: centsToField(priceCents, locale === "fr" ? "," : "."),
      kind: article.kind,
      ...(vatExempt ? { vatRate: String(article.vatRateBps), standardVatRate: String(article.vatRateBps) } : lineVat),
    });
  }

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === "add") {
      addButton.current?.focus();
      return;
    }
    form.current
      ?.querySelector<HTMLElement>(`[data-line-key="${target.key}"] [data-focus="${target.target}"]`)
      ?.focus();
  }, [values.lines]);

  // --- Unsaved changes -------------------------------------------------------------------
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show their prompt.
      event.returnValue = "";
    };
    // In-app links navigate without unloading the page: ask before following one.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || link.hasAttribute("download")) return;
      if (!window.confirm(t.leaveConfirm)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, t.leaveConfirm]);

  // --- Save ------------------------------------------------------------------------------
  function focusFirstInvalid() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setSubmitted(true);
    if (Object.keys(liveErrors).length > 0) {
      setFormError(t.errorSummary);
      focusFirstInvalid();
      return;
    }
    const sent = values;
    startTransition(async () => {
      let result: SaveDocumentResult;
      try {
        result = await props.save({ documentId, updatedAt, values: toRawInput(sent, vatExempt) });
      } catch {
        result = { status: "error", formError: { code: "generic" } };
      }
      if (result.status === "success") {
        setSaved(sent);
        setDocumentId(result.documentId);
        setUpdatedAt(result.updatedAt);
        setServerErrors({});
        setFormError(null);
        toast.success(extension?.savedText ?? t.saved);
        if (result.href) router.push(result.href);
        return;
      }
      const fieldErrors = keyLineErrors(result.fieldErrors ?? {}, sent.lines);
      setServerErrors(fieldErrors);
      setFormError(
        result.fieldErrors && Object.keys(result.fieldErrors).length > 0
          ? t.errorSummary
          : translateFormError(result.formError, messages.errorTexts),
      );
      focusFirstInvalid();
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLFormElement>) {
    const command = event.ctrlKey || event.metaKey;
    const target = event.target as HTMLElement;
    if (command && event.key === "Enter") {
      event.preventDefault();
      const lineKey = target.closest<HTMLElement>("[data-line-key]")?.dataset.lineKey;
      const index = values.lines.findIndex((line) => line.key === lineKey);
      addLine(index === -1 ? undefined : index);
    } else if (command && (event.key === "s" || event.key === "S")) {
      event.preventDefault();
      form.current?.requestSubmit();
    } else if (event.key === "Enter" && !event.defaultPrevented && target instanceof HTMLInputElement) {
      // Enter in a field does not save the document: saving is the button's (or Ctrl + S).
      event.preventDefault();
    }
  }

  // --- Rendering -------------------------------------------------------------------------
  const optional = (label: string) => `${label} (${t.optional})`;
  const isQuote = type === "QUOTE";
  // A recurring profile has no dates: each invoice it makes is dated when it is made.
  const dated = !extension;
  const hasPaymentTerms = type !== "CREDIT_NOTE";
  const termsDays = /^\d{1,3}$/.test(values.paymentTermsDays.trim()) ? Number(values.paymentTermsDays) : null;
  const dueFromTerms =
    !isQuote && hasPaymentTerms && !values.dueDate && values.issueDate && termsDays !== null
      ? dueDateFromTerms(values.issueDate, { days: termsDays, endOfMonth: values.paymentTermsEndOfMonth })
      : null;
  const dateText = (day: string) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${day}T00:00:00Z`),
    );
  const documentLanguage = values.language === "en" ? "en" : "fr";
  const fieldset = "rounded-xl border border-slate-200 bg-white p-5";
  const legend = "px-1 text-base font-semibold";

  return (
    <form ref={form} noValidate onSubmit={submit} onKeyDown={onKeyDown} className="space-y-6 pb-24">
      <FormAlert message={formError} />

      <div className={fieldset}>
        {props.clientLocked ? (
          <p className="text-sm">
            <span className="block font-medium text-slate-800">{t.client}</span>
            <span className="mt-1 block text-slate-900">{values.clientName}</span>
            <span className="mt-1 block text-slate-600">{t.clientLocked}</span>
          </p>
        ) : (
          <Combobox<ClientOption>
            className="max-w-xl"
            label={t.client}
            required
            placeholder={t.clientPlaceholder}
            selectedText={values.clientName}
            search={props.searchClients}
            optionId={(client) => client.id}
            renderOption={(client) => (
              <span className="flex justify-between gap-3">
                <span className="min-w-0 truncate">{client.name}</span>
                {client.detail ? <span className="shrink-0 text-slate-500">{client.detail}</span> : null}
              </span>
            )}
            onSelect={(client) => changeClient({ id: client.id, name: client.name, vat: client.vat ?? null })}
            onClear={() => changeClient({ id: "", name: "", vat: null })}
            onBlur={() => leave("clientId")}
            texts={{ noResults: t.noClients, searching: t.searching }}
            errors={errorsFor("clientId")}
          />
        )}
        {props.clientLocked && errorsFor("clientId") ? (
          <p className="mt-1 text-sm text-red-700">{errorsFor("clientId")!.join(" ")}</p>
        ) : null}
      </div>

      {extension?.render({ errorsFor, leave, forget: forgetServerErrors })}

      <fieldset className={fieldset}>
        <legend className={legend}>{t.detailsLegend}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            className="sm:col-span-2 lg:col-span-4"
            label={optional(t.title)}
            name="title"
            maxLength={documentLimits.title}
            value={values.title}
            onChange={(event) => change({ title: event.target.value })}
            onBlur={() => leave("title")}
            errors={errorsFor("title")}
          />
          {dated ? (
            <>
              <TextField
                label={t.issueDate}
                name="issueDate"
                type="date"
                hint={values.issueDate ? undefined : t.issueDateHint}
                value={values.issueDate}
                onChange={(event) => change({ issueDate: event.target.value })}
                onBlur={() => leave("issueDate")}
                errors={errorsFor("issueDate")}
              />
              <TextField
                label={optional(t.serviceDate)}
                name="serviceDate"
                type="date"
                hint={t.serviceDateHint}
                value={values.serviceDate}
                onChange={(event) => change({ serviceDate: event.target.value })}
                onBlur={() => leave("serviceDate")}
                errors={errorsFor("serviceDate")}
              />
              {isQuote ? (
                <TextField
                  label={t.validUntil}
                  name="validUntil"
                  type="date"
                  hint={
                    !values.validUntil && props.quoteValidityDays
                      ? format(t.validUntilHint, { days: props.quoteValidityDays })
                      : undefined
                  }
                  value={values.validUntil}
                  onChange={(event) => change({ validUntil: event.target.value })}
                  onBlur={() => leave("validUntil")}
                  errors={errorsFor("validUntil")}
                />
              ) : hasPaymentTerms ? (
                <TextField
                  label={t.dueDate}
                  name="dueDate"
                  type="date"
                  hint={dueFromTerms ? format(t.dueFromTerms, { date: dateText(dueFromTerms) }) : undefined}
                  value={values.dueDate}
                  onChange={(event) => change({ dueDate: event.target.value })}
                  onBlur={() => leave("dueDate")}
                  errors={errorsFor("dueDate")}
                />
              ) : null}
            </>
          ) : null}
          <SelectField
            label={t.language}
            name="language"
            value={values.language}
            onChange={(event) => change({ language: event.target.value })}
            options={[
              { value: "", label: t.languageDefault },
              { value: "fr", label: t.languages.fr },
              { value: "en", label: t.languages.en },
            ]}
            errors={errorsFor("language")}
          />
          {hasPaymentTerms ? (
            <div className="sm:col-span-2">
              <TextField
                label={optional(t.paymentTermsDays)}
                name="paymentTermsDays"
                inputMode="numeric"
                hint={t.paymentTermsHint}
                value={values.paymentTermsDays}
                onChange={(event) => change({ paymentTermsDays: event.target.value })}
                onBlur={() => leave("paymentTermsDays")}
                errors={errorsFor("paymentTermsDays")}
              />
              <CheckboxField
                className="mt-2"
                label={t.paymentTermsEndOfMonth}
                name="paymentTermsEndOfMonth"
                checked={values.paymentTermsEndOfMonth}
                onChange={(event) => change({ paymentTermsEndOfMonth: event.target.checked })}
              />
            </div>
          ) : null}
          <TextField
            className="sm:col-span-2"
            label={optional(t.purchaseOrderNumber)}
            name="purchaseOrderNumber"
            maxLength={documentLimits.purchaseOrderNumber}
            value={values.purchaseOrderNumber}
            onChange={(event) => change({ purchaseOrderNumber: event.target.value })}
            onBlur={() => leave("purchaseOrderNumber")}
            errors={errorsFor("purchaseOrderNumber")}
          />
          <TextAreaField
            className="sm:col-span-2 lg:col-span-4"
            label={optional(t.deliveryAddress)}
            name="deliveryAddress"
            rows={2}
            hint={t.deliveryAddressHint}
            maxLength={documentLimits.deliveryAddress}
            value={values.deliveryAddress}
            onChange={(event) => change({ deliveryAddress: event.target.value })}
            onBlur={() => leave("deliveryAddress")}
            errors={errorsFor("deliveryAddress")}
          />
        </div>
      </fieldset>

      <section aria-labelledby="editor-lines" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="editor-lines" className="text-lg font-semibold">
              {t.linesLegend}
            </h2>
            <p className="text-sm text-slate-600">{t.shortcuts}</p>
          </div>
          {vatExempt ? null : (
            <CheckboxField
              label={t.pricesIncludeVat}
              hint={t.pricesIncludeVatHint}
              name="pricesIncludeVat"
              className="max-w-md"
              checked={values.pricesIncludeVat}
              onChange={(event) => change({ pricesIncludeVat: event.target.checked })}
            />
          )}
        </div>
        {vatExempt ? (
          <p className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
            {t.franchiseNotice} <span className="italic">« {legalMentions[documentLanguage].vatFranchise} »</span>
          </p>
        ) : null}
        {errorsFor("lines") ? (
          <ul className="text-sm text-red-700" id="editor-lines-errors">
            {errorsFor("lines")!.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        {/* The lines' width (not the screen's) chooses between cards and compact rows: line-grid.ts. */}
        <div className="@container">
          <div className="space-y-3 @min-[58rem]:space-y-0 @min-[58rem]:rounded-xl @min-[58rem]:border @min-[58rem]:border-slate-200 @min-[58rem]:bg-white">
            <LineColumnHeaders
              labels={t}
              vatExempt={vatExempt}
              pricesIncludeVat={values.pricesIncludeVat && !vatExempt}
            />
            {values.lines.map((line, index) => (
              <LineRow
                key={line.key}
                line={line}
                index={index}
                count={values.lines.length}
                net={live?.lineNets[index] ?? null}
                vatExempt={vatExempt}
                pricesIncludeVat={values.pricesIncludeVat && !vatExempt}
                locale={locale}
                errors={(field) => errorsFor(lineErrorKey(line.key, field))}
                onChange={(patch) => changeLine(line.key, patch)}
                onVatChange={(value) => changeLineVat(line.key, value)}
                reasonCategory={vatExempt ? null : categoryWithReason(line)}
                onPickArticle={(article) => pickArticle(line.key, article)}
                onRemove={() => removeLine(index)}
                onMove={(direction) => moveLine(index, direction)}
                onLeaveField={(field) => leave(lineErrorKey(line.key, field))}
                searchArticles={props.searchArticles}
                unitListId={unitListId}
                labels={t}
                kinds={messages.articleKinds}
              />
            ))}
          </div>
        </div>
        {fixedLines && fixedLines.length > 0 ? (
          <section aria-labelledby="editor-fixed-lines" className="rounded-xl border border-slate-200 bg-slate-50 p-4">
            <h3 id="editor-fixed-lines" className="text-sm font-semibold text-slate-700">
              {t.fixedLinesTitle}
            </h3>
            <p className="mb-2 text-sm text-slate-600">{t.fixedLinesHint}</p>
            <ul className="divide-y divide-slate-200 text-sm">
              {fixedLines.map((line, index) => {
                const net = live?.totals.lines[values.lines.length + index]?.netCents;
                return (
                  <li key={index} className="flex justify-between gap-4 py-1.5">
                    <span className="whitespace-pre-line">{line.description}</span>
                    <span className="tabular-nums">{net === undefined ? "—" : formatMoney(net, locale)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <datalist id={unitListId}>
          {Object.values(messages.articleUnits).map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <button
          ref={addButton}
          type="button"
          onClick={() => addLine()}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          className="inline-flex items-center gap-2 rounded-lg border border-dashed border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          <span aria-hidden="true">+</span> {t.addLine}
        </button>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <fieldset className={fieldset}>
            <legend className={legend}>{t.documentDiscountLegend}</legend>
            <p className="mb-3 text-sm text-slate-600">{t.documentDiscountHint}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                label={t.discountKind}
                name="discountKind"
                value={values.discountKind}
                onChange={(event) => change({ discountKind: event.target.value as DiscountKindField })}
                options={[
                  { value: "", label: t.discountKinds.none },
                  { value: "PERCENT", label: t.discountKinds.PERCENT },
                  { value: "AMOUNT", label: t.discountKinds.AMOUNT },
                ]}
                errors={errorsFor("discountKind")}
              />
              {values.discountKind ? (
                <TextField
                  label={t.discountValue}
                  name="discountValue"
                  inputMode="decimal"
                  autoComplete="off"
                  value={values.discountValue}
                  onChange={(event) => change({ discountValue: event.target.value })}
                  onBlur={() => leave("discountValue")}
                  errors={errorsFor("discountValue")}
                />
              ) : null}
            </div>
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>{optional(t.notes)}</legend>
            <TextAreaField
              label={t.notes}
              name="notes"
              rows={4}
              hint={t.notesHint}
              maxLength={documentLimits.notes}
              value={values.notes}
              onChange={(event) => change({ notes: event.target.value })}
              onBlur={() => leave("notes")}
              errors={errorsFor("notes")}
            />
          </fieldset>
        </div>
        <TotalsPanel
          className="self-start"
          totals={live?.totals ?? null}
          locale={locale}
          vatExempt={vatExempt}
          franchiseMention={legalMentions[documentLanguage].vatFranchise}
          incompleteLines={live?.incompleteLines}
          discountIgnored={live?.discountIgnored}
          labels={t}
          headingId="editor-totals"
        />
      </div>

      <div className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        <p role="status" className="text-sm font-medium text-amber-800">
          {dirty ? (
            <>
              <span aria-hidden="true" className="mr-2 inline-block h-2 w-2 rounded-full bg-amber-500" />
              {t.unsaved}
            </>
          ) : null}
        </p>
        <div className="flex flex-wrap gap-2">
          <Link
            href={props.cancelHref}
            className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            {t.cancel}
          </Link>
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            aria-keyshortcuts="Control+S Meta+S"
            className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
          >
            {pending ? t.saving : (extension?.saveLabel ?? t.save)}
          </button>
        </div>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
