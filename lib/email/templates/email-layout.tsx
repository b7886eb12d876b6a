import type { CSSProperties, ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { emailMessages } from "../messages";

// Email clients ignore <style> blocks and external CSS unevenly (Gmail strips some, Outlook
// renders with Word): everything is inline styles on a table layout, the lowest common ground.

const BRAND = "#1d5fd6";
const INK = "#0f172a";
const MUTED = "#64748b";
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

type EmailLayoutProps = {
  locale: Locale;
  /** The <title> and the first words clients show in the inbox list. */
  title: string;
  /** Hidden preview line (inbox snippet); left out of the text version. */
  preview: string;
  /** "You received this email because…" */
  footerReason: string;
  /** Replaces "replies are not read" (emails sent for an organization answer to its address); null leaves it out. */
  automatedNote?: string | null;
  /**
   * An email sent for an organization to its client carries the seller's brand at the top
   * (its logo, e.g. "cid:seller-logo", and its name); Facturo is then a small line at the bottom.
   */
  brand?: { name: string; logoSrc?: string | null };
  children: ReactNode;
};

export function EmailLayout({
  locale,
  title,
  preview,
  footerReason,
  automatedNote,
  brand,
  children,
}: EmailLayoutProps) {
  const t = emailMessages(locale).layout;
  return (
    <html lang={locale} dir="ltr">
      {/* A standalone email document, not a Next.js page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta httpEquiv="Content-Type" content="text/html; charset=UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{title}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: "#f1f5f9", fontFamily: FONT, color: INK }}>
        <div data-skip-in-text="true" style={previewStyle}>
          {preview}
        </div>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse" }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: "32px 12px" }}>
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{ maxWidth: "560px", borderCollapse: "collapse" }}
                >
                  <tbody>
                    <tr>
                      <td style={{ padding: "0 4px 16px" }}>
                        {brand ? (
                          <>
                            {brand.logoSrc ? (
                              // Email clients take plain <img> with explicit limits, not CSS classes.
                              // eslint-disable-next-line @next/next/no-img-element
                              <img
                                src={brand.logoSrc}
                                alt={brand.name}
                                style={{ display: "block", maxHeight: "64px", maxWidth: "200px", border: 0 }}
                              />
                            ) : null}
                            <p
                              style={{
                                margin: brand.logoSrc ? "8px 0 0" : 0,
                                fontSize: brand.logoSrc ? "15px" : "22px",
                                fontWeight: 700,
                                color: INK,
                              }}
                            >
                              {brand.name}
                            </p>
                          </>
                        ) : (
                          <>
                            <p style={{ margin: 0, fontSize: "22px", fontWeight: 700, color: BRAND }}>Facturo</p>
                            <p style={{ margin: "2px 0 0", fontSize: "13px", color: MUTED }}>{t.tagline}</p>
                          </>
                        )}
                      </td>
                    </tr>
                    <tr>
                      <td style={{ backgroundColor: "#ffffff", borderRadius: "12px", padding: "32px 28px" }}>
                        {children}
                      </td>
                    </tr>
                    <tr>
                      <td style={{ padding: "20px 4px 0", fontSize: "12px", lineHeight: "18px", color: MUTED }}>
                        <p style={{ margin: "0 0 6px" }}>{footerReason}</p>
                        {automatedNote === null ? null : <p style={{ margin: 0 }}>{automatedNote ?? t.automated}</p>}
                        {brand ? <p style={{ margin: "6px 0 0" }}>{t.sentWith}</p> : null}
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

const previewStyle: CSSProperties = {
  display: "none",
  overflow: "hidden",
  lineHeight: "1px",
  maxHeight: 0,
  maxWidth: 0,
  opacity: 0,
};

export function Heading({ children }: { children: ReactNode }) {
  return <h1 style={{ margin: "0 0 16px", fontSize: "22px", lineHeight: "30px", color: INK }}>{children}</h1>;
}

export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return (
    <p style={{ margin: "0 0 16px", fontSize: "15px", lineHeight: "24px", color: muted ? MUTED : INK }}>{children}</p>
  );
}

/** A link styled as a button, followed by the raw URL for clients that mangle buttons. */
export function ButtonLink({ href, label, fallback }: { href: string; label: string; fallback: string }) {
  return (
    <>
      <p style={{ margin: "24px 0" }}>
        <a
          href={href}
          style={{
            display: "inline-block",
            backgroundColor: BRAND,
            color: "#ffffff",
            fontSize: "15px",
            fontWeight: 600,
            textDecoration: "none",
            padding: "12px 22px",
            borderRadius: "8px",
          }}
        >
          {label}
        </a>
      </p>
      <Paragraph muted>{fallback}</Paragraph>
      <p style={{ margin: "0 0 16px", fontSize: "13px", lineHeight: "20px", wordBreak: "break-all" }}>
        <a href={href} style={{ color: BRAND }}>
          {href}
        </a>
      </p>
    </>
  );
}
