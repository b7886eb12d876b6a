import { ShareLinksPanel } from "@/components/documents/share-links-panel";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { getShareActivity, listShareLinks } from "@/lib/share-links/list-share-links";
import { createShareLinkAction, regenerateShareLinkAction, revokeShareLinkAction } from "./share-link-actions";

/** The document page's "Liens de partage" panel (documents that left DRAFT). */
export async function ShareLinksSection(props: {
  member: MemberContext;
  documentId: string;
  locale: Locale;
  messages: Messages;
}) {
  const [links, activity] = await Promise.all([
    listShareLinks(props.member, props.documentId),
    getShareActivity(props.member, props.documentId),
  ]);
  return (
    <ShareLinksPanel
      documentId={props.documentId}
      links={links}
      activity={activity}
      canManage={can(props.member.role, "documents.issue")}
      locale={props.locale}
      createAction={createShareLinkAction}
      revokeAction={revokeShareLinkAction}
      regenerateAction={regenerateShareLinkAction}
      messages={{ shareLinks: props.messages.shareLinks, shareLinkErrors: props.messages.shareLinkErrors }}
    />
  );
}
