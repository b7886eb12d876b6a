import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/fr";

type UnusableLinkProps = { reason: string; messages: Messages["account"]["reset"] };

/** A dead reset link (unknown, expired, superseded or used): say why and offer a new one. */
export function UnusableLink({ reason, messages }: UnusableLinkProps) {
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {reason}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <ButtonLink href="/forgot-password" size="lg">
          {messages.askAgain}
        </ButtonLink>
        <Link href="/login" className="text-slate-600 underline-offset-2 hover:underline">
          {messages.backToLogin}
        </Link>
      </div>
    </div>
  );
}
