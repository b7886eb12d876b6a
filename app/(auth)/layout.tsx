import Link from "next/link";
import { redirect } from "next/navigation";
import { LanguageSwitcher } from "@/components/language-switcher";
import { setLocaleAction } from "../_shared/locale-actions";
import { getRequestMessages } from "../_shared/request-locale";
import { getSession } from "../_shared/session";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Already signed in: nothing to do on these pages.
  if (await getSession()) redirect("/dashboard");
  const { locale, messages } = await getRequestMessages();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-md items-center justify-between px-4 py-5">
        {/* The sign-in pages' links are not prefetched: the pages are rendered per request, a
            prefetch brings the route and no content (6 requests after /login loaded, issue 11). */}
        <Link href="/" prefetch={false} className="text-xl font-bold tracking-tight text-brand-700">
          {messages.common.appName}
        </Link>
        <LanguageSwitcher locale={locale} labels={messages.common} action={setLocaleAction} />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 pb-16">
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm md:p-8">{children}</div>
      </main>
    </div>
  );
}
