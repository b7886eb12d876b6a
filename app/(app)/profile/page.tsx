import type { Metadata } from "next";
import { format } from "@/lib/i18n/format";
import { planAccountDeletion } from "@/lib/users/account-deletion-blockers";
import { describeEmailChange } from "@/lib/users/describe-email-change";
import { getProfile } from "@/lib/users/get-profile";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireSession } from "../../_shared/session";
import { DeleteAccountForm } from "./delete-account-form";
import { EmailChangeForm } from "./email-change-form";
import { readEmailChangeCookie } from "./email-change-cookie";
import { EmailCodeForm } from "./email-code-form";
import { IdentityForm } from "./identity-form";
import { PasswordForm } from "./password-form";
import { ProfileSection } from "./profile-section";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.account.profile.title} · ${messages.common.appName}` };
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ emailChanged?: string }> }) {
  const session = await requireSession();
  const [{ messages }, profile, pendingEmail, deletion, params] = await Promise.all([
    getRequestMessages(),
    getProfile(session.user.id),
    readEmailChangeCookie().then((token) => describeEmailChange(session.user.id, token)),
    planAccountDeletion(session.user.id),
    searchParams,
  ]);
  const t = messages.account.profile;
  const formMessages = {
    account: messages.account,
    auth: messages.auth,
    validation: messages.validation,
    common: messages.common,
  };
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-slate-600">{t.lead}</p>
      <div className="max-w-2xl space-y-6">
        <ProfileSection id="profile-identity" title={t.identity.title}>
          <IdentityForm name={profile.name} locale={profile.locale} messages={formMessages} />
        </ProfileSection>

        <ProfileSection id="profile-email" title={t.email.title} lead={t.email.lead}>
          {params.emailChanged && !pendingEmail ? (
            <p
              role="status"
              className="mb-4 rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
            >
              {format(t.email.changed, { email: profile.email })}
            </p>
          ) : null}
          <p className="mb-4 text-sm text-slate-700">{format(t.email.current, { email: profile.email })}</p>
          {pendingEmail ? (
            <EmailCodeForm newEmail={pendingEmail.newEmail} messages={formMessages} />
          ) : (
            <EmailChangeForm messages={formMessages} />
          )}
        </ProfileSection>

        <ProfileSection id="profile-password" title={t.password.title} lead={t.password.lead}>
          <PasswordForm messages={formMessages} />
        </ProfileSection>

        <ProfileSection id="profile-delete" title={t.delete.title} lead={t.delete.lead} tone="danger">
          {deletion.blockers.length > 0 ? (
            <div
              role="note"
              className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
            >
              <p className="font-semibold">{t.delete.blockedTitle}</p>
              <p className="mt-1">{t.delete.blockedLead}</p>
              <ul className="mt-2 list-disc pl-5">
                {deletion.blockers.map((blocker) => (
                  <li key={blocker.organizationId}>
                    {blocker.reason === "organization_has_documents"
                      ? format(t.delete.blockerDocuments, {
                          name: blocker.organizationName,
                          count: blocker.keptDocuments ?? 0,
                        })
                      : format(t.delete.blocker, { name: blocker.organizationName, count: blocker.otherMembers })}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <DeleteAccountForm
              deletedWithAccount={deletion.deletedWithAccount.map((organization) => organization.organizationName)}
              messages={formMessages}
            />
          )}
        </ProfileSection>
      </div>
    </>
  );
}
