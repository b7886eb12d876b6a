"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFormError } from "@/components/forms/translate-errors";
import { Button, buttonClass } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/fr";
import { SecretReveal } from "./secret-reveal";

type State = { status: "idle" | "error" | "success"; formError?: { code: string }; secret?: string };
type Action = (previous: State, formData: FormData) => Promise<State>;

/** Rotating the secret asks first (the old one stops working), then shows the new one once. */
export function RotateSecretForm({
  action,
  endpointId,
  messages: t,
}: {
  action: Action;
  endpointId: string;
  messages: Messages["webhooks"] & { loading: string };
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as State);
  const [confirming, setConfirming] = useState(false);
  if (state.status === "success" && state.secret) return <SecretReveal secret={state.secret} messages={t} />;
  if (!confirming) {
    return (
      <Button variant="caution" size="sm" onClick={() => setConfirming(true)}>
        {t.rotate}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
      <input type="hidden" name="endpointId" value={endpointId} />
      <p role="alert" className="font-medium text-amber-950">
        {t.rotateTitle}
      </p>
      <p className="text-amber-900">{t.rotateBody}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={t.loading} className={buttonClass({ variant: "destructive", size: "xs" })}>
          {t.rotateConfirm}
        </SubmitButton>
        <Button type="button" autoFocus onClick={() => setConfirming(false)} variant="secondary" size="xs">
          {t.cancel}
        </Button>
      </div>
      <FormAlert message={state.status === "error" ? translateFormError(state.formError, t.errors) : null} />
    </form>
  );
}
