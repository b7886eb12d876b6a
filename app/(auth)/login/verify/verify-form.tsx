"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { translateFormError } from "@/components/forms/translate-errors";
import { Button } from "@/components/ui/button";
import { codeInput } from "@/lib/auth/auth-schemas";
import type { Messages } from "@/lib/i18n/messages/fr";
import type { FormState } from "../../../_shared/form-state";
import { resendCodeAction } from "./actions";

type VerifyFormProps = {
  messages: Pick<Messages, "auth" | "validation" | "common">;
  /** Where to land once signed in (a same-site path checked by the page); the dashboard otherwise. */
  next?: string;
};

type Problem = { code: string; params?: Record<string, string | number> };

/** next-auth hands back the JSON that app/_shared/auth-options.ts put in the error. */
function parseAuthError(error: string): Problem {
  try {
    const payload = JSON.parse(error) as { code?: string; details?: Record<string, unknown> };
    const details = payload.details ?? {};
    const params: Record<string, string | number> = {};
    if (typeof details.attemptsLeft === "number") params.count = details.attemptsLeft;
    return { code: payload.code ?? "generic", params };
  } catch {
    return { code: "generic" };
  }
}

export function VerifyForm({ messages, next }: VerifyFormProps) {
  const t = messages.auth.verify;
  const router = useRouter();
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [resend, setResend] = useState<FormState | null>(null);
  const [verifying, startVerify] = useTransition();
  const [resending, startResend] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setResend(null);
    // Same schema as the server: a malformed code never leaves the browser.
    const parsed = codeInput.safeParse({ code });
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message ?? "code_format";
      setFieldError(messages.validation[key as keyof typeof messages.validation] ?? key);
      return;
    }
    setFieldError(null);
    startVerify(async () => {
      const result = await signIn("email-code", { code: parsed.data.code, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(next ?? "/dashboard");
        router.refresh();
        return;
      }
      setProblem(result?.error ? parseAuthError(result.error) : { code: "generic" });
    });
  }

  function askAgain() {
    setProblem(null);
    startResend(async () => setResend(await resendCodeAction()));
  }

  const errorText = problem ? translateFormError(problem, messages.auth.errors) : null;
  const resendError = resend?.status === "error" ? translateFormError(resend.formError, messages.auth.errors) : null;
  const gone = problem?.code === "challenge_expired";

  return (
    <div className="space-y-4">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormAlert message={errorText ?? resendError} />
        <FormAlert message={resend?.status === "success" ? t.resent : null} tone="success" />
        <TextField
          label={t.code}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          autoFocus
          value={code}
          onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
          errors={fieldError ? [fieldError] : undefined}
          className="[&_input]:text-center [&_input]:font-mono [&_input]:text-2xl [&_input]:tracking-[0.5em]"
        />
        <Button type="submit" disabled={verifying || gone} size="xl" block disabledLook={gone ? "unavailable" : "busy"}>
          {verifying ? messages.common.loading : t.submit}
        </Button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <button
          type="button"
          onClick={askAgain}
          disabled={resending || gone}
          className="font-medium text-brand-700 underline-offset-2 hover:underline disabled:opacity-60"
        >
          {resending ? messages.common.loading : t.resend}
        </button>
        <Link href="/login" className="text-slate-600 underline-offset-2 hover:underline">
          {t.restart}
        </Link>
      </div>
    </div>
  );
}
