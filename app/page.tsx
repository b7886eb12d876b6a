import Link from "next/link";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { setLocaleAction } from "./_shared/locale-actions";
import { getRequestMessages } from "./_shared/request-locale";

// The links are not prefetched: every page they lead to is rendered per request (session,
// locale, CSP nonce) with no loading state, so a prefetch brings the route and no content —
// 6 requests after this page loaded, for nothing (Lighthouse mobile, issue 11).
export default async function LandingPage() {
  const { locale, messages } = await getRequestMessages();
  const { landing, common } = messages;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-5">
        <span className="text-xl font-bold tracking-tight text-brand-700">{common.appName}</span>
        <div className="flex items-center gap-3">
          <Link href="/login" prefetch={false} className="text-sm font-medium text-slate-700 hover:text-brand-700">
            {landing.login}
          </Link>
          <Link
            href="/signup"
            prefetch={false}
            className="rounded-lg border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {landing.signup}
          </Link>
          <LanguageSwitcher locale={locale} labels={common} action={setLocaleAction} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pb-16 pt-10 md:pt-20">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-900 md:text-5xl">{landing.headline}</h1>
        <p className="mt-6 max-w-2xl text-lg text-slate-600">{landing.lead}</p>
        <ButtonLink href="/dashboard" prefetch={false} size="hero" className="mt-8">
          {landing.openApp}
        </ButtonLink>
        <ul className="mt-16 grid gap-6 md:grid-cols-3">
          {landing.features.map((feature) => (
            <li key={feature.title} className={cardClass({ padding: "lg" })}>
              <h2 className="font-semibold text-slate-900">{feature.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{feature.body}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
