import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { LanguageSwitcher } from "@/components/language-switcher";
import { setLocaleAction } from "../_shared/locale-actions";
import { getRequestMessages } from "../_shared/request-locale";
import { requireSession } from "../_shared/session";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.admin.title} · ${messages.common.appName}`, robots: { index: false } };
}

/**
 * Platform administration: signed out → login. Signed in without the flag, the layout shows
 * no administration at all and the page's own requirePlatformAdmin() answers 403 with this
 * segment's forbidden.tsx, which says what /admin is (not the organization's administration).
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  if (!session.user.isPlatformAdmin) {
    return (
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    );
  }
  const { locale, messages } = await getRequestMessages();
  const t = messages.admin;
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 md:px-8">
          <Link href="/admin" className="text-lg font-bold tracking-tight text-brand-700">
            {messages.common.appName} · {t.title}
          </Link>
          <AdminNav labels={t.nav} />
          <div className="flex items-center gap-3">
            <Link href="/dashboard" className="text-sm text-slate-600 underline-offset-2 hover:underline">
              {t.nav.backToApp}
            </Link>
            <LanguageSwitcher locale={locale} labels={messages.common} action={setLocaleAction} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 md:px-8 md:py-10">
        {children}
      </main>
    </div>
  );
}
