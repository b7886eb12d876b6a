import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import localFont from "next/font/local";
import { Toaster } from "@/components/ui/toaster";
import { NONCE_HEADER, ZOD_JITLESS_SCRIPT } from "@/lib/security/content-security-policy";
import { getRequestMessages } from "./_shared/request-locale";
import "./globals.css";

// Served from the repository: Google Fonts are unreachable offline and leak visitors' IPs.
// Two faces split by unicode-range, as Google serves them: the Latin one (French and English
// text, €) is preloaded; the Latin Extended one (85 KB: ő, ł, ș… in a client's name) is
// fetched only by a page that shows such a letter. Preloading both put 134 KB of fonts ahead
// of everything else on every page (Lighthouse mobile, issue 11); without unicode-range the
// two identical faces competed for every character.
const inter = localFont({
  src: "./fonts/inter-latin.woff2",
  weight: "100 900",
  style: "normal",
  variable: "--font-inter",
  display: "swap",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
  ],
});
// Listed before the Latin face in --font-sans (globals.css): its range excludes basic Latin, so
// the browser moves on to the next family for those, and only its own letters come from it.
const interExtended = localFont({
  src: "./fonts/inter-latin-ext.woff2",
  weight: "100 900",
  style: "normal",
  variable: "--font-inter-extended",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
    },
  ],
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
    <html lang={locale} className={`${inter.variable} ${interExtended.variable}`}>
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
