import Link from "next/link";
import { OrganizationSwitcher } from "@/components/app-shell/organization-switcher";
import { SidebarNav } from "@/components/app-shell/sidebar-nav";
import { UserMenu } from "@/components/app-shell/user-menu";
import { LanguageSwitcher } from "@/components/language-switcher";
import { listMyOrganizations } from "@/lib/organizations/list-my-organizations";
import { logoutAction } from "../_shared/auth-actions";
import { setLocaleAction } from "../_shared/locale-actions";
import { switchOrganizationAction } from "../_shared/organization-actions";
import { getRequestMessages } from "../_shared/request-locale";
import { requireSession } from "../_shared/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  const { locale, messages } = await getRequestMessages();
  const organizations = await listMyOrganizations(session);
  const organizationName = organizations.find((organization) => organization.active)?.name ?? null;
  const switcher = (idPrefix: string) => (
    <OrganizationSwitcher
      organizations={organizations}
      labels={messages.organizations}
      action={switchOrganizationAction}
      idPrefix={idPrefix}
    />
  );
  return (
    <div className="md:grid md:min-h-dvh md:grid-cols-[15rem_minmax(0,1fr)]">
      <header className="relative flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 md:h-auto md:flex-col md:items-stretch md:justify-start md:gap-6 md:border-b-0 md:border-r md:py-6">
        <Link href="/dashboard" prefetch={false} className="text-lg font-bold tracking-tight text-brand-700">
          {messages.common.appName}
        </Link>
        <SidebarNav
          labels={messages.nav}
          common={messages.common}
          mobileFooter={
            <div className="space-y-3">
              {switcher("mobile")}
              <UserMenu
                name={session.user.name}
                email={session.user.email}
                organizationName={organizationName}
                profileLabel={messages.account.menu.profile}
                adminLabel={session.user.isPlatformAdmin ? messages.account.menu.admin : null}
                logoutLabel={messages.auth.logout}
                logoutAction={logoutAction}
              />
            </div>
          }
        />
        <div className="hidden space-y-3 md:mt-auto md:block">
          {switcher("desktop")}
          <UserMenu
            name={session.user.name}
            email={session.user.email}
            organizationName={organizationName}
            profileLabel={messages.account.menu.profile}
            adminLabel={session.user.isPlatformAdmin ? messages.account.menu.admin : null}
            logoutLabel={messages.auth.logout}
            logoutAction={logoutAction}
          />
          <LanguageSwitcher locale={locale} labels={messages.common} action={setLocaleAction} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 md:px-8 md:py-10">
        {children}
      </main>
    </div>
  );
}
