import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { getRequestMessages } from "../_shared/request-locale";
import { requirePlatformAdmin } from "../_shared/session";

export default async function AdminHomePage() {
  // Each page checks too: a layout is not re-run on every navigation.
  const admin = await requirePlatformAdmin();
  const [overview, { messages }] = await Promise.all([getAdminOverview(admin), getRequestMessages()]);
  const t = messages.admin.overview;
  const cards = [
    { label: t.organizations, value: overview.organizations, href: "/admin/organizations" },
    { label: t.disabledOrganizations, value: overview.disabledOrganizations, href: "/admin/organizations" },
    { label: t.users, value: overview.users, href: "/admin/users" },
    { label: t.disabledUsers, value: overview.disabledUsers, href: "/admin/users" },
    { label: t.platformAdmins, value: overview.platformAdmins, href: "/admin/users" },
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-slate-600">{t.lead}</p>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <Card key={card.label} as="div">
            <dt className="text-sm text-slate-600">
              <Link href={card.href} className="underline-offset-2 hover:underline">
                {card.label}
              </Link>
            </dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{card.value}</dd>
          </Card>
        ))}
      </dl>
      <p className="mt-6 text-sm text-slate-600">{t.adminsNote}</p>
    </>
  );
}
