import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import type { OrganizationSettingsView } from "@/lib/organization-settings/organization-settings-view";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";

// Until the dashboard issue brings figures and the onboarding checklist: the empty state,
// and for an organization whose legal identity is incomplete, the way to the settings.

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.pages.dashboard.title} · ${messages.common.appName}` };
}

/** What every document states about the seller: never saved, or a blank among them. */
function legalIdentityIncomplete(settings: OrganizationSettingsView): boolean {
  if (!settings.saved) return true;
  const required = [settings.legalName, settings.addressLine1, settings.postalCode, settings.city];
  if (settings.country === "FR") required.push(settings.siren);
  return required.some((value) => value === null || value.trim() === "");
}

export default async function DashboardPage() {
  const member = await requireActiveMember("organization.read");
  const [{ messages }, settings] = await Promise.all([getRequestMessages(), getOrganizationSettings(member)]);
  const page = messages.pages.dashboard;
  const t = messages.dashboard;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{page.title}</h1>
      {legalIdentityIncomplete(settings) ? (
        <section
          aria-labelledby="dashboard-next-step"
          className="mb-6 rounded-xl border border-brand-200 bg-brand-50 p-5"
        >
          <h2 id="dashboard-next-step" className="font-semibold text-slate-900">
            {t.nextStepTitle}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t.nextStepBody}</p>
          <ButtonLink href="/settings/organization" className="mt-4">
            {t.nextStepLink}
          </ButtonLink>
        </section>
      ) : null}
      <EmptyState title={page.emptyTitle} body={page.emptyBody} />
    </>
  );
}
