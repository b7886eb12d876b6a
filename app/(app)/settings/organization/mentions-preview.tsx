import { format } from "@/lib/i18n/format";
import { defaultPaymentTexts, legalMentions } from "@/lib/organization-settings/document-mentions";
import type { FieldsetProps } from "./field-props";

/** The payment and VAT mentions the current values would print (in the documents' language). */
export function MentionsPreview({ current, messages }: Pick<FieldsetProps, "current" | "messages">) {
  const t = messages.settings.organization.preview;
  const language = current.defaultLanguage === "en" ? "en" : "fr";
  const days = Number(current.paymentTermsDays);
  const mentions = legalMentions[language];
  const terms =
    !Number.isInteger(days) || days <= 0
      ? mentions.paymentOnReceipt
      : format(current.paymentTermsEndOfMonth === "on" ? mentions.paymentTermsEndOfMonth : mentions.paymentTerms, {
          days,
        });
  const lines = [
    terms,
    current.latePenaltyText?.trim() || defaultPaymentTexts[language].latePenalty,
    current.earlyPaymentDiscountText?.trim() || defaultPaymentTexts[language].earlyPaymentDiscount,
    current.b2bRecoveryIndemnity === "on" ? mentions.recoveryIndemnity : null,
    current.vatRegime === "FRANCHISE" ? mentions.vatFranchise : null,
    current.vatRegime !== "FRANCHISE" && current.vatOnDebits === "on" ? mentions.vatOnDebits : null,
    current.footerText?.trim() || null,
  ].filter((line): line is string => Boolean(line));
  return (
    <section
      aria-labelledby="mentions-preview"
      className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 md:col-span-2"
    >
      <h3 id="mentions-preview" className="text-sm font-semibold text-slate-900">
        {t.title}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t.lead}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="mentions-preview">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
