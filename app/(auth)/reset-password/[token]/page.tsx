import type { Metadata } from "next";
import { describeResetLink } from "@/lib/auth/password-reset/find-reset-token";
import { getRequestMessages } from "../../../_shared/request-locale";
import { ResetPasswordForm } from "./reset-password-form";
import { UnusableLink } from "./unusable-link";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  // The token is in the URL: never hand it to another site through the Referer header.
  return { title: `${messages.account.reset.title} · ${messages.common.appName}`, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { messages } = await getRequestMessages();
  const t = messages.account.reset;
  const state = await describeResetLink(token);
  if (state !== "valid") {
    return (
      <>
        <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t.unusableTitle}</h1>
        <UnusableLink reason={messages.account.errors[`reset_link_${state}`]} messages={t} />
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t.lead}</p>
      <ResetPasswordForm
        token={token}
        messages={{
          account: messages.account,
          auth: messages.auth,
          validation: messages.validation,
          common: messages.common,
        }}
      />
    </>
  );
}
