import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.settingsIndex.title} · ${messages.common.appName}` };
}

/** The settings that exist today, each shown only to roles that may open it. */
export default async function SettingsPage() {
  const member = await requireActiveMember("organization.read");
  const { messages } = await getRequestMessages();
  const t = messages.settingsIndex;
  const sections = [
    {
      href: "/settings/organization",
      title: messages.settings.index.title,
      body: messages.settings.index.body,
    },
    can(member.role, "members.read") ? { href: "/settings/members", title: t.membersTitle, body: t.membersBody } : null,
    can(member.role, "auditLog.read") ? { href: "/settings/audit", title: t.auditTitle, body: t.auditBody } : null,
    // Every role may read the reminder settings (owners and admins change them).
    {
      href: "/settings/reminders",
      title: messages.reminderSettings.indexTitle,
      body: messages.reminderSettings.indexBody,
    },
    can(member.role, "exports.read")
      ? {
          href: "/settings/accounting",
          title: messages.chartOfAccounts.indexTitle,
          body: messages.chartOfAccounts.indexBody,
        }
      : null,
    can(member.role, "organization.update")
      ? { href: "/settings/api", title: messages.apiTokens.indexTitle, body: messages.apiTokens.indexBody }
      : null,
    // Every role sees the webhooks and their log (owners and admins change them).
    { href: "/settings/webhooks", title: messages.webhooks.indexTitle, body: messages.webhooks.indexBody },
  ].filter((section) => section !== null);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>
      {sections.length === 0 ? (
        <p className="text-sm text-slate-600">{t.nothing}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {sections.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                className={cardClass({ className: "block h-full hover:border-brand-600 hover:shadow-sm" })}
              >
                <span className="font-semibold text-slate-900">{section.title}</span>
                <span className="mt-1 block text-sm text-slate-600">{section.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-sm text-slate-500">{t.later}</p>
    </>
  );
}
