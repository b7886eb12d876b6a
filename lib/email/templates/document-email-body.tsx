import type { Locale } from "@/lib/i18n/locales";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "./email-layout";

// What the document emails share: the sender's own message (paragraphs split on blank lines,
// line breaks kept), the public link as a button and as text, the name of the attached PDF.

export type DocumentEmailBodyProps = {
  locale: Locale;
  subject: string;
  /** "Facture F-2026-00001". */
  heading: string;
  message: string;
  url: string;
  button: string;
  fallback: string;
  attached: string;
  footerReason: string;
  /** "Reply to this email…" when replies reach the seller, else the layout's default line. */
  replies: string | undefined;
  /** The seller's brand at the top: its name, and its logo as an inline image ("cid:…"), if any. */
  sellerName: string;
  sellerLogoSrc?: string | null;
};

export function DocumentEmailBody(props: DocumentEmailBodyProps) {
  const paragraphs = props.message
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return (
    <EmailLayout
      locale={props.locale}
      title={props.subject}
      preview={paragraphs[1] ?? paragraphs[0] ?? props.heading}
      footerReason={props.footerReason}
      automatedNote={props.replies}
      brand={{ name: props.sellerName, logoSrc: props.sellerLogoSrc }}
    >
      <Heading>{props.heading}</Heading>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </Paragraph>
      ))}
      <ButtonLink href={props.url} label={props.button} fallback={props.fallback} />
      <Paragraph muted>{props.attached}</Paragraph>
    </EmailLayout>
  );
}
