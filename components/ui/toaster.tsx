"use client";

import { Toaster as SonnerToaster } from "sonner";

/**
 * One toast region for the whole app (sonner announces toasts through an aria-live region).
 * Bottom right: the pages keep their action buttons at the top right, where a toast would
 * cover the next thing the user wants to click.
 */
export function Toaster() {
  return <SonnerToaster position="bottom-right" richColors closeButton />;
}
