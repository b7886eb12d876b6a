import { locales, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";

type LanguageSwitcherProps = {
  locale: Locale;
  labels: Messages["common"];
  /** Server action that stores the choice (a cookie); works without JavaScript. */
  action: (formData: FormData) => Promise<void>;
};

export function LanguageSwitcher({ locale, labels, action }: LanguageSwitcherProps) {
  return (
    <form action={action} aria-label={labels.language} className="flex gap-1">
      {locales.map((candidate) => (
        <button
          key={candidate}
          type="submit"
          name="locale"
          value={candidate}
          lang={candidate}
          aria-pressed={candidate === locale}
          title={labels.languages[candidate]}
          className="rounded px-2 py-1 text-xs font-medium uppercase text-slate-600 hover:bg-slate-100 aria-pressed:bg-brand-50 aria-pressed:text-brand-700"
        >
          <span aria-hidden="true">{candidate}</span>
          <span className="sr-only">{labels.languages[candidate]}</span>
        </button>
      ))}
    </form>
  );
}
