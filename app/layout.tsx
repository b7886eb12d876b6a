import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import localFont from "next/font/local";
import { Toaster } from "@/components/ui/toaster";
import { NONCE_HEADER, ZOD_JITLESS_SCRIPT } from "@/lib/security/content-security-policy";
import { getRequestMessages } from "./_shared/request-locale";
import "./globals.css";

// Served from the repository: Google Fonts are unreachable offline and leak visitors' IPs.
const inter = localFont({
  src: [
    { path: "./fonts/inter-latin.woff2", weight: "100 900", style: "normal" },
    { path: "./fonts/inter-latin-ext.woff2", weight: "100 900", style: "normal" },
  ],
  variable: "--font-inter",
  display: "swap",
});

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: messages.meta.title, description: messages.meta.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd6" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, messages } = await getRequestMessages();
  // The CSP nonce of this request (proxy.ts); Next.js puts it on its own scripts by itself.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang={locale} className={inter.variable}>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_JITLESS_SCRIPT }} />
      </head>
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          {messages.common.skipToContent}
        </a>
        {children}
        <Toaster />
      </body>
    </html>
  );
}
