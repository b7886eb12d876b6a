import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/lib/env/env";
import { getRequestMessages } from "../../_shared/request-locale";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.account.forgot.title} · ${messages.common.appName}` };
}

export default async function ForgotPasswordPage() {
  const { messages } = await getRequestMessages();
  const t = messages.account.forgot;
  // Same hint as the code page: in development the link is in the test mailbox.
  const mailboxHint =
    getEnv().NODE_ENV !== "production" ? (
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {messages.auth.verify.devHint}{" "}
        <Link href="/dev/mailbox" target="_blank" className="font-medium underline">
          {messages.auth.verify.devMailbox}
        </Link>
        .
      </p>
    ) : null;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t.lead}</p>
      <ForgotPasswordForm
        messages={{ account: messages.account, validation: messages.validation, common: messages.common }}
        mailboxHint={mailboxHint}
      />
    </>
  );
}
