import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { formatVatRate } from "@/lib/money/vat-rates";
import type { OrganizationSettingsView } from "@/lib/organization-settings/organization-settings-view";
import type { ReactNode } from "react";
import { GroupedDigits } from "@/components/ui/grouped-digits";
import { MentionsPreview } from "./mentions-preview";
import type { SettingsSelectOptions } from "./select-options";

type SettingsSummaryProps = {
  settings: OrganizationSettingsView;
  formValues: Record<string, string>;
  options: SettingsSelectOptions;
  locale: Locale;
  messages: Messages;
};

type Row = [label: string, value: ReactNode];

/** Read-only view for roles without organization.update: the same sections as the form, as text. */
export function SettingsSummary({ settings: s, formValues, options, locale, messages }: SettingsSummaryProps) {
  const t = messages.settings.organization;
  const f = t.fields;
  const label = (list: { value: string; label: string }[], value: string) =>
    list.find((option) => option.value === value)?.label ?? value;
  const yesNo = (value: boolean) => (value ? t.yes : t.no);
  const legalForm = s.legalForm === "OTHER" ? s.legalFormOther : s.legalForm ? t.legalForms[s.legalForm] : null;
  const sections: [title: string, rows: Row[]][] = [
    [
      t.sections.identity,
      [
        [f.legalName, s.legalName],
        [f.tradeName, s.tradeName],
        [f.legalForm, legalForm],
        [f.shareCapital, s.shareCapitalCents === null ? null : formatMoney(s.shareCapitalCents, locale)],
        [f.email, s.email],
        [f.phone, s.phone],
        [f.website, s.website],
      ],
    ],
    [
      t.sections.address,
      [
        [f.addressLine1, s.addressLine1],
        [f.addressLine2, s.addressLine2],
        [f.postalCode, s.postalCode],
        [f.city, s.city],
        [f.country, label(options.countries, s.country)],
      ],
    ],
    [
      t.sections.registration,
      [
        // Grouped for reading; a copy keeps the unbroken number (components/ui/grouped-digits.tsx).
        [f.siren, s.siren ? <GroupedDigits value={s.siren} kind="siren" /> : null],
        [f.siret, s.siret ? <GroupedDigits value={s.siret} kind="siret" /> : null],
        [f.rcsCity, s.rcsCity],
        [f.rmNumber, s.rmNumber],
      ],
    ],
    [
      t.sections.bank,
      [
        [f.iban, s.iban ? <GroupedDigits value={s.iban} kind="iban" /> : null],
        [f.bic, s.bic],
      ],
    ],
    [
      t.sections.vat,
      [
        [f.vatRegime, t.vatRegimes[s.vatRegime]],
        [f.vatNumber, s.vatNumber],
        [f.defaultVatRateBps, formatVatRate(s.defaultVatRateBps, locale)],
        [f.vatOnDebits, yesNo(s.vatOnDebits)],
      ],
    ],
    [
      t.sections.insurance,
      [
        [f.insurerName, s.insurerName],
        [f.insurancePolicyNumber, s.insurancePolicyNumber],
        [f.insuranceCoverage, s.insuranceCoverage],
      ],
    ],
    [
      t.sections.documents,
      [
        [f.defaultLanguage, label(options.languages, s.defaultLanguage)],
        [f.currency, label(options.currencies, s.currency)],
        [f.paymentTermsDays, String(s.paymentTermsDays)],
        [f.paymentTermsEndOfMonth, yesNo(s.paymentTermsEndOfMonth)],
        [f.quoteValidityDays, String(s.quoteValidityDays)],
        [f.b2bRecoveryIndemnity, yesNo(s.b2bRecoveryIndemnity)],
        [f.latePenaltyText, s.latePenaltyText],
        [f.earlyPaymentDiscountText, s.earlyPaymentDiscountText],
        [f.footerText, s.footerText],
      ],
    ],
  ];
  return (
    <div className="space-y-6">
      {sections.map(([title, rows]) => (
        <section key={title} aria-label={title} className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
          <h3 className="mb-3 text-lg font-semibold text-slate-900">{title}</h3>
          <dl className="grid gap-x-6 gap-y-3 text-sm md:grid-cols-[minmax(12rem,18rem)_1fr]">
            {rows.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium text-slate-600">{term.replace(/ \*$/, "")}</dt>
                <dd className="break-words text-slate-900">{value || t.empty}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <MentionsPreview current={formValues} messages={messages} />
    </div>
  );
}
