import type { Metadata } from "next";
import Link from "next/link";
import { getRequestMessages } from "../../_shared/request-locale";
import { SignupForm } from "./signup-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.auth.signup.title} · ${messages.common.appName}` };
}

export default async function SignupPage() {
  const { messages } = await getRequestMessages();
  const t = messages.auth.signup;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t.lead}</p>
      <SignupForm messages={{ auth: messages.auth, validation: messages.validation, common: messages.common }} />
      <p className="mt-6 text-center text-sm text-slate-600">
        {t.haveAccount}{" "}
        <Link href="/login" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t.loginLink}
        </Link>
      </p>
    </>
  );
}
