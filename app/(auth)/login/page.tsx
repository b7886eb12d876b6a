import type { Metadata } from "next";
import Link from "next/link";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getRequestMessages } from "../../_shared/request-locale";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.auth.login.title} · ${messages.common.appName}` };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string; created?: string; next?: string; reset?: string }>;
}) {
  const { messages } = await getRequestMessages();
  const params = await searchParams;
  const t = messages.auth.login;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t.lead}</p>
      {params.created ? (
        <p
          role="status"
          className="mb-4 rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          {t.accountCreated}
        </p>
      ) : null}
      {params.reset ? (
        <p
          role="status"
          className="mb-4 rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          {messages.account.loginNotice.passwordReset}
        </p>
      ) : null}
      <LoginForm
        messages={{ auth: messages.auth, validation: messages.validation, common: messages.common }}
        defaultEmail={typeof params.email === "string" ? params.email.slice(0, 254) : undefined}
        next={safeNextPath(params.next) ?? undefined}
      />
      <p className="mt-6 text-center text-sm text-slate-600">
        {t.noAccount}{" "}
        <Link href="/signup" prefetch={false} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t.signupLink}
        </Link>
      </p>
    </>
  );
}
