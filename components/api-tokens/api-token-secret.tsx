"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/fr";

type ApiTokenSecretProps = { secret: string; messages: Messages["apiTokens"]; onDone: () => void };

/**
 * A new token's secret, shown this once (only its hash is kept), selectable and with a copy
 * button; "Copied" is announced. "Done" hides it for good.
 */
export function ApiTokenSecret({ secret, messages: t, onDone }: ApiTokenSecretProps) {
  const [copied, setCopied] = useState(false);
  return (
    <section
      aria-labelledby="api-token-secret-title"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h3 id="api-token-secret-title" className="text-sm font-semibold text-amber-950">
        {t.secretTitle}
      </h3>
      <p role="alert" className="text-sm text-amber-900">
        {t.secretOnce}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="api-token-secret"
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
      <Button variant="primary" size="sm" onClick={onDone}>
        {t.done}
      </Button>
    </section>
  );
}
