"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { errorsEn } from "@/lib/i18n/messages/errors-en";
import { errorsFr } from "@/lib/i18n/messages/errors-fr";

// The root layout sets <html lang>; the server render uses the default so hydration matches.
const noSubscription = () => () => {};
const documentLocale = (): Locale => {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : defaultLocale;
};

// Only the error texts: the root error boundary is in every page's JavaScript, and the whole
// catalogue (getMessages) would ship ~150 KB of texts with it.
const texts = { fr: errorsFr, en: errorsEn } satisfies Record<Locale, unknown>;

type ErrorViewProps = { digest?: string; onRetry: () => void };

/**
 * What a user sees when a page fails: a plain message, a retry, and the digest that
 * matches the server log line — never the error's message or stack.
 */
export function ErrorView({ digest, onRetry }: ErrorViewProps) {
  const locale = useSyncExternalStore(noSubscription, documentLocale, () => defaultLocale);
  const t = texts[locale];
  return (
    <div
      role="alert"
      aria-labelledby="error-title"
      className="mx-auto flex max-w-lg flex-col items-center px-4 py-24 text-center"
    >
      <h1 id="error-title" className="text-2xl font-bold tracking-tight">
        {t.errorTitle}
      </h1>
      <p className="mt-4 text-slate-600">{t.errorBody}</p>
      {digest ? (
        <p className="mt-4 text-sm text-slate-500">
          {t.reference}: <code>{digest}</code>
        </p>
      ) : null}
      <Button type="button" onClick={onRetry} size="lg" className="mt-8">
        {t.retry}
      </Button>
    </div>
  );
}
