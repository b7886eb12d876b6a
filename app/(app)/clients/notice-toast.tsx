"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { toast } from "sonner";

type NoticeToastProps = {
  /** The text to show, or null when the URL carries no notice. */
  message: string | null;
  /** The same page without ?notice=, so a reload or a shared link does not repeat it. */
  cleanHref: string;
};

/** After a redirect (client created, saved, deleted) the page says what happened, once. */
export function NoticeToast({ message, cleanHref }: NoticeToastProps) {
  const router = useRouter();
  useEffect(() => {
    if (!message) return;
    // A fixed id: React's development double effects must not show it twice.
    toast.success(message, { id: `notice-${cleanHref}` });
    router.replace(cleanHref, { scroll: false });
  }, [message, cleanHref, router]);
  return null;
}
