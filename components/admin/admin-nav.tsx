"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Messages } from "@/lib/i18n/messages/fr";

const items = [
  { key: "overview", href: "/admin" },
  { key: "organizations", href: "/admin/organizations" },
  { key: "users", href: "/admin/users" },
] as const;

/** The administration's sections; the current one is marked for screen readers too. */
export function AdminNav({ labels }: { labels: Messages["admin"]["nav"] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={labels.label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active = item.href === "/admin" ? pathname === "/admin" : pathname.startsWith(item.href);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
              >
                {labels[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
