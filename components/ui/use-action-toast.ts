"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";

type ToastableState = { status: string; message?: string };

/**
 * Shows a success toast each time a server action returns a new "success" state (the form
 * shows errors inline; a toast confirms what happened when nothing else on screen changes).
 */
export function useActionToast(state: ToastableState, successMessage: string): void {
  const shown = useRef<ToastableState | null>(null);
  useEffect(() => {
    if (state.status === "success" && shown.current !== state) {
      shown.current = state;
      toast.success(state.message ?? successMessage);
    }
  }, [state, successMessage]);
}
