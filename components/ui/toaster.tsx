"use client";

import { Toaster as SonnerToaster } from "sonner";

/** One toast region for the whole app (sonner announces toasts through an aria-live region). */
export function Toaster() {
  return <SonnerToaster position="top-right" richColors closeButton />;
}
