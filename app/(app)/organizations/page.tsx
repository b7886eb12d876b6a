import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card, cardClass } from "@/components/ui/card";
import { format } from "@/lib/i18n/format";
import { listMyOrganizations } from "@/lib/organizations/list-my-organizations";
import { switchOrganizationAction } from "../../_shared/organization-actions";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireSession } from "../../_shared/session";
import { CreateOrganizationForm } from "./create-organization-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.organizations.title} · ${messages.common.appName}` };
}

/** Where requireActiveMember sends a session without a usable organization; also the full switcher. */
export default async function OrganizationsPage() {
  const session = await requireSession();
  const { messages } = await getRequestMessages();
  const t = messages.organizations;
  const organizations = await listMyOrganizations(session);
  const hasActive = organizations.some((organization) => organization.active);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t.lead}</p>
      {hasActive ? null : (
        <p
          role="status"
          className="mb-6 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t.noActive}
        </p>
      )}
      {organizations.length === 0 ? (
        <p className="mb-8 text-sm text-slate-600">{t.none}</p>
      ) : (
        <ul className={cardClass({ padding: "none", className: "mb-10 divide-y divide-slate-200" })}>
          {organizations.map((organization) => (
            <li key={organization.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium text-slate-900">{organization.name}</p>
                <p className="text-sm text-slate-600">
                  {format(t.roleLine, { role: messages.roles[organization.role] })}
                  {organization.disabled ? ` · ${t.disabled}` : null}
                </p>
              </div>
              {organization.active ? (
                <span className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-700">
                  {t.current}
                </span>
              ) : organization.disabled ? null : (
                <form action={switchOrganizationAction}>
                  <input type="hidden" name="organizationId" value={organization.id} />
                  <Button type="submit" variant="secondary" size="sm">
                    {format(t.open, { name: organization.name })}
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Card aria-labelledby="create-organization" padding="lg">
        <h2 id="create-organization" className="text-lg font-semibold">
          {t.createTitle}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t.createLead}</p>
        <CreateOrganizationForm
          messages={{
            organizations: messages.organizations,
            validation: messages.validation,
            memberErrors: messages.memberErrors,
            common: messages.common,
          }}
        />
      </Card>
    </>
  );
}
