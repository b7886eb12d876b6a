import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { describeChallenge } from "@/lib/auth/challenges/describe-challenge";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getEnv } from "@/lib/env/env";
import { format } from "@/lib/i18n/format";
import { readChallengeCookie } from "../../../_shared/challenge-cookie";
import { getRequestMessages } from "../../../_shared/request-locale";
import { VerifyForm } from "./verify-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.auth.verify.title} · ${messages.common.appName}` };
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const challenge = await describeChallenge(await readChallengeCookie());
  if (!challenge) redirect("/login");
  const { messages } = await getRequestMessages();
  const t = messages.auth.verify;
  const showMailbox = getEnv().NODE_ENV !== "production";
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{format(t.lead, { email: challenge.email })}</p>
      <VerifyForm
        messages={{ auth: messages.auth, validation: messages.validation, common: messages.common }}
        next={safeNextPath((await searchParams).next) ?? undefined}
      />
      {showMailbox ? (
        <p className="mt-6 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t.devHint}{" "}
          <Link
            href={`/dev/mailbox?to=${encodeURIComponent(challenge.email)}`}
            target="_blank"
            className="font-medium underline"
          >
            {t.devMailbox}
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}
