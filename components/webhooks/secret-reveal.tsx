"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/fr";

type SecretRevealProps = { secret: string; messages: Messages["webhooks"] };

/**
 * A new signing secret, shown this once (the server never shows it again), selectable and
 * with a copy button; "Copied" is announced.
 */
export function SecretReveal({ secret, messages: t }: SecretRevealProps) {
  const [copied, setCopied] = useState(false);
  return (
    <section
      aria-labelledby="webhook-secret-title"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h3 id="webhook-secret-title" className="text-sm font-semibold text-amber-950">
        {t.secretTitle}
      </h3>
      <p className="text-sm text-amber-900">{t.secretOnce}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="webhook-secret"
          className="min-w-0 break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900"
        >
          {secret}
        </code>
        <Button
          variant="secondary"
          size="sm"
          aria-label={t.copyLabel}
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {t.copy}
        </Button>
        <span role="status" className="text-sm text-amber-900">
          {copied ? t.copied : ""}
        </span>
      </div>
    </section>
  );
}
