import Link from "next/link";
import type { ComponentProps } from "react";

// The app's buttons: one look per role, so a call to action reads the same on every page.
// No "use client": plain markup, usable from server and client components alike. The classes
// are composed from whole, literal strings so Tailwind's scanner finds every one of them.

export type ButtonVariant =
  /** The one main action of a page or form (brand colour). */
  | "primary"
  /** Other actions beside it (white, outlined). */
  | "secondary"
  /** A destructive action offered next to others (white, red outline). */
  | "danger"
  /** The confirmation of a destructive action (solid red). */
  | "destructive"
  /** An action that presses the client (a payment reminder: amber outline). */
  | "caution"
  /** A row action in a table or list (brand text, no border). */
  | "ghost"
  /** A destructive row action (red text, no border). */
  | "ghostDanger"
  /** A quiet way out (cancel beside a submit: grey text, no border). */
  | "plain";

export type ButtonSize =
  /** Row actions: small, inline (no flex box), slightly rounded. */
  | "xs"
  /** Toolbars and panels: small text. */
  | "sm"
  /** Page and panel actions: small text (the default). */
  | "md"
  /** Form submits: the text size around them. */
  | "lg"
  /** Sign-in and public pages' full-width submits. */
  | "xl"
  /** The landing page's call to action. */
  | "hero";

export type ButtonStyle = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Full width (the auth pages' buttons). */
  block?: boolean;
  /**
   * How a disabled button looks: "busy" while its form is submitting (wait cursor), or
   * "unavailable" when it cannot be used yet (e.g. nothing selected).
   */
  disabledLook?: "busy" | "unavailable";
  /** Extra classes (margins, placement), appended. */
  className?: string;
};

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 font-semibold text-white shadow-sm hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white font-medium text-slate-800 hover:bg-slate-50",
  danger: "border border-red-200 bg-white font-medium text-red-700 hover:bg-red-50",
  destructive: "bg-red-700 font-semibold text-white shadow-sm hover:bg-red-800",
  caution: "border border-amber-300 bg-white font-medium text-amber-900 hover:bg-amber-50",
  ghost: "font-medium text-brand-700 hover:bg-brand-50",
  ghostDanger: "font-medium text-red-700 hover:bg-red-50",
  plain: "font-medium text-slate-700 hover:bg-slate-100",
};

const sizes: Record<ButtonSize, string> = {
  xs: "rounded-md px-2 py-1 text-sm",
  sm: "inline-flex items-center justify-center rounded-lg px-3 py-1.5 text-sm",
  md: "inline-flex items-center justify-center rounded-lg px-4 py-2 text-sm",
  lg: "inline-flex items-center justify-center rounded-lg px-4 py-2",
  xl: "inline-flex items-center justify-center rounded-lg px-4 py-2.5",
  hero: "inline-flex items-center justify-center rounded-lg px-5 py-3",
};

const disabledLooks = {
  busy: "disabled:cursor-wait disabled:opacity-70",
  unavailable: "disabled:cursor-not-allowed disabled:opacity-60",
} as const;

/** The classes of a button (or of a link, a label, a summary that looks like one). */
export function buttonClass({
  variant = "primary",
  size = "md",
  block = false,
  disabledLook = "busy",
  className,
}: ButtonStyle = {}): string {
  return [sizes[size], variants[variant], disabledLooks[disabledLook], block ? "w-full" : null, className]
    .filter(Boolean)
    .join(" ");
}

type ButtonProps = Omit<ComponentProps<"button">, "className"> & ButtonStyle;

/**
 * A native <button>: every native attribute (type, disabled, form, aria-*, name/value…) is
 * passed through. `type` defaults to "button", so a button inside a form submits only when
 * it says so.
 */
export function Button({ variant, size, block, disabledLook, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, block, disabledLook, className })} {...props} />;
}

type ButtonLinkProps = Omit<ComponentProps<typeof Link>, "className"> & Omit<ButtonStyle, "disabledLook">;

/** A link that looks like a button: it stays a link (navigation, new tab, role "link"). */
export function ButtonLink({ variant, size, block, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClass({ variant, size, block, className })} {...props} />;
}
