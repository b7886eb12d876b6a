import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { formatParisInstant } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import { getInvitationByToken, type InvitationView } from "@/lib/invitations/get-invitation-by-token";
import type { Messages } from "@/lib/i18n/messages/fr";
import { logoutAction } from "../../_shared/auth-actions";
import { getRequestMessages } from "../../_shared/request-locale";
import { getSession } from "../../_shared/session";
import { AcceptForm } from "./accept-form";
import { NewAccountForm } from "./new-account-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  // The token is in this page's URL: never send it to another site as a Referer, never index it.
  return {
    title: `${messages.invitationPage.title} · ${messages.common.appName}`,
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

const notice = "rounded-lg border px-3 py-2 text-sm";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationByToken(token);
  if (!invitation) notFound();
  const [{ locale, messages }, session] = await Promise.all([getRequestMessages(), getSession()]);
  const t = messages.invitationPage;
  const role = messages.roles[invitation.role];
  const values = { organization: invitation.organizationName, inviter: invitation.inviterName ?? "", role };

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{format(t.heading, values)}</h1>
      <p className="mb-2 mt-2 text-sm text-slate-700">
        {format(invitation.inviterName ? t.intro : t.introNoInviter, values)}
      </p>
      <p className="mb-6 text-sm text-slate-600">
        {format(t.sentTo, {
          email: invitation.email,
          date: formatParisInstant(invitation.expiresAt, locale, { dateStyle: "long" }),
        })}
      </p>
      {invitation.state !== "valid" ? (
        <>
          <p role="alert" className={`${notice} border-amber-200 bg-amber-50 text-amber-900`}>
            {t[invitation.state]}
          </p>
          <Link
            href={session ? "/dashboard" : "/"}
            className="mt-6 inline-block font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {t.goToApp}
          </Link>
        </>
      ) : session ? (
        <SignedIn invitation={invitation} email={session.user.email} token={token} messages={messages} />
      ) : invitation.hasAccount ? (
        <>
          <p className="mb-4 text-sm text-slate-700">{format(t.loginToAccept, { email: invitation.email })}</p>
          <ButtonLink
            href={`/login?email=${encodeURIComponent(invitation.email)}&next=${encodeURIComponent(`/invitations/${token}`)}`}
            size="xl"
            block
          >
            {t.loginLink}
          </ButtonLink>
        </>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">{t.createAccount}</p>
          <NewAccountForm
            token={token}
            email={invitation.email}
            messages={{
              invitationPage: messages.invitationPage,
              memberErrors: messages.memberErrors,
              validation: messages.validation,
              auth: messages.auth,
              common: messages.common,
            }}
          />
        </>
      )}
    </>
  );
}

function SignedIn({
  invitation,
  email,
  token,
  messages,
}: {
  invitation: InvitationView;
  email: string;
  token: string;
  messages: Messages;
}) {
  const t = messages.invitationPage;
  // Only a hint for the page; acceptInvitation compares the addresses again on the server.
  if (email.toLowerCase() !== invitation.email) {
    return (
      <>
        <p role="alert" className={`${notice} mb-4 border-amber-200 bg-amber-50 text-amber-900`}>
          {format(t.mismatch, { email: invitation.email })}
        </p>
        <p className="mb-4 text-sm text-slate-600">{format(t.signedInAs, { email })}</p>
        <form action={logoutAction}>
          <Button type="submit" variant="secondary" size="lg">
            {t.logout}
          </Button>
        </form>
      </>
    );
  }
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">{format(t.signedInAs, { email })}</p>
      <AcceptForm
        token={token}
        messages={{
          invitationPage: messages.invitationPage,
          memberErrors: messages.memberErrors,
          common: messages.common,
        }}
      />
    </>
  );
}
