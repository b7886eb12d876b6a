import Link from "next/link";
import { SidebarNav } from "@/components/app-shell/sidebar-nav";
import { LanguageSwitcher } from "@/components/language-switcher";
import { setLocaleAction } from "../_shared/locale-actions";
import { getRequestMessages } from "../_shared/request-locale";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { locale, messages } = await getRequestMessages();
  return (
    <div className="md:grid md:min-h-dvh md:grid-cols-[15rem_1fr]">
      <header className="relative flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 md:h-auto md:flex-col md:items-stretch md:justify-start md:gap-6 md:border-b-0 md:border-r md:py-6">
        <Link href="/dashboard" className="text-lg font-bold tracking-tight text-brand-700">
          {messages.common.appName}
        </Link>
        <SidebarNav labels={messages.nav} common={messages.common} />
        <div className="hidden md:mt-auto md:block">
          <LanguageSwitcher locale={locale} labels={messages.common} action={setLocaleAction} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 md:px-8 md:py-10">
        {children}
      </main>
    </div>
  );
}
