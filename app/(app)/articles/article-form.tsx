"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { ARTICLE_KINDS, articleInput, articleLimits } from "@/lib/articles/article-schema";
import { ARTICLE_UNITS } from "@/lib/articles/article-units";
import { fieldErrorsOf } from "@/lib/errors/validation";
import type { Locale } from "@/lib/i18n/locales";
import { FRENCH_VAT_RATES_BPS, formatVatRate } from "@/lib/money/vat-rates";
import { idleState, type FormState } from "../../_shared/form-state";
import { articleFormInput } from "./article-form-input";
import { articleFieldTexts, type ArticleMessages } from "./article-messages";

/** The values the form starts with, as text (unit label, price "1234,56", VAT in basis points). */
export type ArticleFormValues = {
  name: string;
  description: string;
  unit: string;
  unitPrice: string;
  vatRate: string;
  reference: string;
  kind: string;
};

type ArticleFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  articleId?: string;
  /** Set when editing: the version loaded (updatedAt, ISO), so a save over someone else's change is refused. */
  version?: string;
  initial: ArticleFormValues;
  locale: Locale;
  messages: ArticleMessages;
};

/**
 * Create and edit. The browser checks the fields with articleInput (the server's schema)
 * before sending; the server checks again, plus what only it knows (reference uniqueness).
 */
export function ArticleForm({ action, articleId, version, initial, locale, messages }: ArticleFormProps) {
  const [state, formAction] = useActionState(action, idleState);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const router = useRouter();
  const t = messages.articles;
  const creating = !articleId;
  const unitListId = useId();
  useActionToast(state, creating ? t.created : t.saved);
  useEffect(() => {
    if (state.status === "success" && creating) router.push("/articles");
  }, [state, creating, router]);

  const texts = articleFieldTexts(messages);
  const fieldErrors = translateFieldErrors(clientErrors ?? state.fieldErrors, texts);
  const value = (field: keyof ArticleFormValues) =>
    state.status === "error" ? (state.values?.[field] ?? initial[field]) : initial[field];

  function checkInBrowser(event: React.FormEvent<HTMLFormElement>) {
    const result = articleInput.safeParse(articleFormInput(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsOf(result.error));
  }

  const formError =
    clientErrors || state.fieldErrors ? null : translateFormError(state.formError, messages.articleErrors);
  return (
    <form action={formAction} onSubmit={checkInBrowser} noValidate className="space-y-5">
      {articleId ? <input type="hidden" name="articleId" value={articleId} /> : null}
      {version ? (
        <input
          type="hidden"
          name="expectedUpdatedAt"
          value={state.status === "error" ? (state.values?.expectedUpdatedAt ?? version) : version}
        />
      ) : null}
      <FormAlert message={formError} />
      <FormAlert message={clientErrors || state.fieldErrors ? messages.articleErrors.invalid_input : null} />
      <TextField
        label={t.name}
        name="name"
        required
        maxLength={articleLimits.name}
        defaultValue={value("name")}
        errors={fieldErrors.name}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t.reference}
          name="reference"
          maxLength={articleLimits.reference}
          defaultValue={value("reference")}
          hint={t.referenceHint}
          errors={fieldErrors.reference}
        />
        <SelectField
          label={t.kind}
          name="kind"
          defaultValue={value("kind")}
          options={ARTICLE_KINDS.map((kind) => ({ value: kind, label: messages.articleKinds[kind] }))}
          errors={fieldErrors.kind}
        />
      </div>
      <div className="grid gap-5 md:grid-cols-3">
        <TextField
          label={t.unitPrice}
          name="unitPrice"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={value("unitPrice")}
          hint={t.unitPriceHint}
          errors={fieldErrors.unitPrice}
        />
        <SelectField
          label={t.vatRate}
          name="vatRate"
          defaultValue={value("vatRate")}
          options={FRENCH_VAT_RATES_BPS.map((bps) => ({ value: String(bps), label: formatVatRate(bps, locale) }))}
          errors={fieldErrors.vatRate}
        />
        <TextField
          label={t.unit}
          name="unit"
          list={unitListId}
          autoComplete="off"
          required
          maxLength={articleLimits.unit}
          defaultValue={value("unit")}
          hint={t.unitHint}
          errors={fieldErrors.unit}
        />
        <datalist id={unitListId}>
          {ARTICLE_UNITS.map((unit) => (
            <option key={unit} value={messages.articleUnits[unit]} />
          ))}
        </datalist>
      </div>
      <TextAreaField
        label={t.description}
        name="description"
        rows={4}
        maxLength={articleLimits.description}
        defaultValue={value("description")}
        hint={t.descriptionHint}
        errors={fieldErrors.description}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
          {creating ? t.submitCreate : t.submitSave}
        </SubmitButton>
        <ButtonLink href="/articles" variant="plain">
          {t.cancel}
        </ButtonLink>
      </div>
    </form>
  );
}
