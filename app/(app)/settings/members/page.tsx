import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { can, manageableRoles } from "@/lib/auth/permissions";
import { formatParisInstant } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import { listPendingInvitations } from "@/lib/invitations/list-invitations";
import { listMembers } from "@/lib/members/list-members";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { leaveOrganizationAction, removeMemberAction } from "./actions";
import { ConfirmRemoveForm } from "./confirm-remove-form";
import { pickFormMessages } from "./form-messages";
import { InviteForm } from "./invite-form";
import { RevokeInvitationForm } from "./revoke-invitation-form";
import { RoleForm } from "./role-form";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.members.title} · ${messages.common.appName}` };
}

const cell = "px-4 py-3 align-top";

export default async function MembersPage() {
  const member = await requireActiveMember("members.read");
  const { locale, messages } = await getRequestMessages();
  const t = messages.members;
  const formMessages = pickFormMessages(messages);
  // The UI only hides what the role cannot do; the server refuses it regardless.
  const manageable = manageableRoles(member.role);
  const canUpdateRole = can(member.role, "members.updateRole");
  const canRemove = can(member.role, "members.remove");
  const canInvite = can(member.role, "members.invite");
  const [members, invitations] = await Promise.all([
    listMembers(member),
    canInvite ? listPendingInvitations(member) : Promise.resolve([]),
  ]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>

      <TableCard caption={t.tableCaption}>
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className={cell}>
              {t.name}
            </th>
            <th scope="col" className={cell}>
              {t.email}
            </th>
            <th scope="col" className={cell}>
              {t.role}
            </th>
            <th scope="col" className={cell}>
              {t.joined}
            </th>
            <th scope="col" className={cell}>
              {t.actions}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {members.map((row) => {
            const self = row.userId === member.userId;
            const manages = manageable.includes(row.role);
            return (
              <tr key={row.membershipId}>
                <th scope="row" className={`${cell} font-medium text-slate-900`}>
                  {row.name} {self ? <span className="font-normal text-slate-500">{t.you}</span> : null}
                </th>
                <td className={`${cell} break-all text-slate-700`}>{row.email}</td>
                <td className={cell}>
                  {canUpdateRole && manages ? (
                    <RoleForm
                      membershipId={row.membershipId}
                      memberName={row.name}
                      role={row.role}
                      roles={manageable}
                      messages={formMessages}
                    />
                  ) : (
                    messages.roles[row.role]
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap text-slate-700`}>
                  {formatParisInstant(row.joinedAt, locale)}
                </td>
                <td className={cell}>
                  {self ? (
                    <ConfirmRemoveForm
                      action={leaveOrganizationAction}
                      label={t.leave}
                      question={format(t.leaveConfirm, { name: member.organizationName })}
                      confirmLabel={t.confirmLeave}
                      messages={formMessages}
                    />
                  ) : canRemove && manages ? (
                    <ConfirmRemoveForm
                      action={removeMemberAction}
                      membershipId={row.membershipId}
                      label={t.remove}
                      question={format(t.removeConfirm, { name: row.name })}
                      confirmLabel={t.confirmRemove}
                      messages={formMessages}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </TableCard>

      {canInvite ? (
        <>
          <section aria-labelledby="pending-invitations" className="mt-10">
            <h2 id="pending-invitations" className="mb-3 text-lg font-semibold">
              {t.pendingTitle}
            </h2>
            {invitations.length === 0 ? (
              <p className="text-sm text-slate-600">{t.pendingEmpty}</p>
            ) : (
              <TableCard caption={t.pendingCaption}>
                <thead className={tableHeadClass}>
                  <tr>
                    <th scope="col" className={cell}>
                      {t.email}
                    </th>
                    <th scope="col" className={cell}>
                      {t.role}
                    </th>
                    <th scope="col" className={cell}>
                      {t.invitedBy}
                    </th>
                    <th scope="col" className={cell}>
                      {t.expires}
                    </th>
                    <th scope="col" className={cell}>
                      {t.actions}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row" className={`${cell} break-all font-medium text-slate-900`}>
                        {invitation.email}
                      </th>
                      <td className={cell}>{messages.roles[invitation.role]}</td>
                      <td className={cell}>{invitation.invitedByName ?? "—"}</td>
                      <td className={`${cell} whitespace-nowrap`}>
                        {invitation.expired ? (
                          <span className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-900">{t.expired}</span>
                        ) : (
                          formatParisInstant(invitation.expiresAt, locale)
                        )}
                      </td>
                      <td className={cell}>
                        {manageable.includes(invitation.role) ? (
                          <RevokeInvitationForm
                            invitationId={invitation.id}
                            email={invitation.email}
                            messages={formMessages}
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </TableCard>
            )}
          </section>

          <Card aria-labelledby="invite-member" padding="lg" className="mt-10">
            <h2 id="invite-member" className="text-lg font-semibold">
              {t.inviteTitle}
            </h2>
            <p className="mb-4 mt-1 text-sm text-slate-600">{t.inviteLead}</p>
            <InviteForm roles={manageable} messages={formMessages} />
          </Card>
        </>
      ) : null}
    </>
  );
}
