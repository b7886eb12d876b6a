import { documentMentions, type MentionsSource } from "@/lib/documents/legal-mentions";
import { defaultPaymentTexts } from "@/lib/organization-settings/document-mentions";
import type { FieldsetProps } from "./field-props";

/**
 * A sample invoice to a business client, from the values as currently typed: what documents
 * would state with them. The same documentMentions() as the PDF and the public page decides
 * (the preview never decides a mention itself); one line of services at the default rate.
 */
export function sampleInvoiceMentionsSource(current: Record<string, string>): MentionsSource {
  const language = current.defaultLanguage === "en" ? "en" : "fr";
  const text = (name: string) => current[name]?.trim() ?? "";
  const days = /^\d{1,3}$/.test(text("paymentTermsDays")) ? Number(text("paymentTermsDays")) : null;
  const franchise = current.vatRegime === "FRANCHISE";
  return {
    type: "INVOICE",
    language,
    supplyKind: "SERVICES",
    // A document in another currency states its VAT in euros once issued (rate given then).
    currency: text("currency") || "EUR",
    exchangeRate: null,
    vatTotalEurCents: null,
    dueDate: null,
    paymentTermsDays: days,
    paymentTermsEndOfMonth: current.paymentTermsEndOfMonth === "on",
    vatBreakdown: franchise
      ? [{ vatCategory: "E", vatExemptionCode: "VATEX-FR-FRANCHISE", vatCents: 0 }]
      : [{ vatCategory: "S", vatExemptionCode: null, vatCents: 2000 }],
    seller: {
      vatOnDebits: !franchise && current.vatOnDebits === "on",
      latePenaltyText: text("latePenaltyText") || defaultPaymentTexts[language].latePenalty,
      earlyPaymentDiscountText: text("earlyPaymentDiscountText") || defaultPaymentTexts[language].earlyPaymentDiscount,
      // The sample's client is a business: the setting alone decides.
      recoveryIndemnity: current.b2bRecoveryIndemnity === "on",
      iban: text("iban").replace(/\s+/g, "") || null,
      bic: text("bic") || null,
      insurance: text("insurerName")
        ? {
            insurer: text("insurerName"),
            policyNumber: text("insurancePolicyNumber") || null,
            coverage: text("insuranceCoverage") || null,
          }
        : null,
    },
  };
}

/** The payment conditions and legal mentions the current values would print (documents' language). */
export function MentionsPreview({ current, messages }: Pick<FieldsetProps, "current" | "messages">) {
  const t = messages.settings.organization.preview;
  const stated = documentMentions(sampleInvoiceMentionsSource(current));
  const language = current.defaultLanguage === "en" ? "en" : "fr";
  const footer = current.footerText?.trim();
  return (
    <section
      aria-labelledby="mentions-preview"
      className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 md:col-span-2"
    >
      <h3 id="mentions-preview" className="text-sm font-semibold text-slate-900">
        {t.title}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t.lead}</p>
      <div data-testid="mentions-preview" className="mt-3 space-y-3 text-sm text-slate-800">
        {[
          { title: t.payment, items: stated.payment },
          { title: t.mentions, items: stated.mentions },
        ].map((block) =>
          block.items.length > 0 ? (
            <div key={block.title}>
              <h4 className="font-medium text-slate-700">{block.title}</h4>
              <ul lang={language} className="mt-1 list-disc space-y-1 pl-5">
                {block.items.map((item) => (
                  <li key={`${item.key}:${item.text}`}>{item.text}</li>
                ))}
              </ul>
            </div>
          ) : null,
        )}
        {footer ? (
          <p lang={language} className="whitespace-pre-line border-t border-slate-200 pt-2 text-slate-600">
            {footer}
          </p>
        ) : null}
      </div>
    </section>
  );
}
