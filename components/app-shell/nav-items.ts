import type { Messages } from "@/lib/i18n/messages/fr";

export type NavKey = keyof Messages["nav"];

/** The signed-in app's sections, in sidebar order. */
export const navItems: { key: NavKey; href: string; icon: string }[] = [
  { key: "dashboard", href: "/dashboard", icon: "M3 12l9-8 9 8M5 10v10h5v-6h4v6h5V10" },
  { key: "quotes", href: "/quotes", icon: "M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h6" },
  { key: "invoices", href: "/invoices", icon: "M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6M9 16h3" },
  // Beside the invoices they make.
  { key: "recurring", href: "/recurring", icon: "M4 12a8 8 0 0114-5.3M20 12a8 8 0 01-14 5.3M18 3v4h-4M6 21v-4h4" },
  { key: "creditNotes", href: "/credit-notes", icon: "M6 3h12v18l-3-2-3 2-3-2-3 2zM9 12h6" },
  { key: "payments", href: "/payments", icon: "M3 7h18v10H3zM3 11h18M7 15h3" },
  {
    key: "clients",
    href: "/clients",
    icon: "M16 19v-1a4 4 0 00-8 0v1M12 11a3 3 0 100-6 3 3 0 000 6zM20 19v-1a3 3 0 00-3-3M17 5a3 3 0 010 6",
  },
  { key: "articles", href: "/articles", icon: "M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10" },
  // Every role reads documents (documents.read), so every role sees the reports.
  { key: "reports", href: "/reports", icon: "M4 20h16M7 16v-5M12 16V6M17 16v-8" },
  { key: "settings", href: "/settings", icon: "M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1M15 4v4M9 10v4M17 16v4" },
];
