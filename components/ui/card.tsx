import type { ComponentProps, HTMLAttributes } from "react";

// The app's panels: a white, bordered, rounded box. Literal class strings, for Tailwind's scanner.

export type CardPadding =
  /** No padding: a table or list fills the card. */
  | "none"
  | "sm"
  /** The default. */
  | "md"
  | "lg"
  /** Small on phones, large from the `sm` breakpoint. */
  | "responsive";

const paddings: Record<CardPadding, string | null> = {
  none: null,
  sm: "p-4",
  md: "p-5",
  lg: "p-6",
  responsive: "p-4 sm:p-6",
};

/** The classes of a card; `className` (margins, grid placement, spacing) is appended. */
export function cardClass({ padding = "md", className }: { padding?: CardPadding; className?: string } = {}): string {
  return ["rounded-xl border border-slate-200 bg-white", paddings[padding], className].filter(Boolean).join(" ");
}

/**
 * The box around a wide table: it scrolls sideways on its own, and is positioned so the
 * table's screen-reader-only caption (absolutely placed) stays inside it instead of widening
 * the page on a phone.
 */
export const tableCardClass = cardClass({ padding: "none", className: "relative overflow-x-auto" });

type CardElement = "section" | "div" | "article" | "aside" | "li";

type CardProps = Omit<HTMLAttributes<HTMLElement>, "className"> & {
  /** The element: a titled panel is a <section> (the default; give it aria-labelledby). */
  as?: CardElement;
  padding?: CardPadding;
  className?: string;
};

/** A panel. Every other attribute (aria-labelledby, id, role…) is passed through. */
export function Card({ as: Element = "section", padding, className, ...props }: CardProps) {
  return <Element className={cardClass({ padding, className })} {...props} />;
}

type CardTitleProps = Omit<ComponentProps<"h2">, "className"> & { className?: string };

/** A card's heading (an <h2>: cards sit under the page's <h1>); give it the id the card is labelled by. */
export function CardTitle({ className, ...props }: CardTitleProps) {
  return <h2 className={["text-lg font-semibold", className].filter(Boolean).join(" ")} {...props} />;
}
