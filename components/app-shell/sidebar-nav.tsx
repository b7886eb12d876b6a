"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages/fr";
import { navItems } from "./nav-items";

type SidebarNavProps = {
  labels: Messages["nav"];
  common: Messages["common"];
  /** Shown at the bottom of the menu on small screens (the desktop sidebar shows it itself). */
  mobileFooter?: React.ReactNode;
};

export function SidebarNav({ labels, common, mobileFooter }: SidebarNavProps) {
  const pathname = usePathname();
  // The mobile menu is open for the page it was opened on: navigating closes it by itself.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn === pathname;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpenedOn(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="inline-flex items-center rounded-md p-2 text-slate-700 hover:bg-slate-100 md:hidden"
        aria-expanded={open}
        aria-controls="sidebar-navigation"
        onClick={() => setOpenedOn(open ? null : pathname)}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-6 w-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d={open ? "M6 6l12 12M18 6L6 18" : "M4 6h16M4 12h16M4 18h16"} strokeLinecap="round" />
        </svg>
        <span className="sr-only">{open ? common.closeMenu : common.openMenu}</span>
      </button>
      <nav
        id="sidebar-navigation"
        aria-label={common.mainNavigation}
        className={`${open ? "block" : "hidden"} absolute inset-x-0 top-14 z-40 border-b border-slate-200 bg-white p-3 shadow-lg md:static md:block md:border-0 md:p-0 md:shadow-none`}
      >
        <ul className="flex flex-col gap-1">
          {navItems.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.key}>
                <Link
                  href={item.href}
                  // Every page of the app is rendered per request and has no loading state, so a
                  // prefetch fetches no content ahead, only the route: 11 requests (and 11 renders
                  // on the server) on every page for nothing (Lighthouse, issue 11).
                  prefetch={false}
                  aria-current={active ? "page" : undefined}
                  className="flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
                >
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 24 24"
                    className="h-5 w-5 shrink-0"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.6"
                    strokeLinejoin="round"
                    strokeLinecap="round"
                  >
                    <path d={item.icon} />
                  </svg>
                  {labels[item.key]}
                </Link>
              </li>
            );
          })}
        </ul>
        {mobileFooter ? <div className="mt-3 md:hidden">{mobileFooter}</div> : null}
      </nav>
    </>
  );
}
