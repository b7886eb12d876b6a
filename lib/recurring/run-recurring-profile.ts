import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { createDraftInTransaction } from "@/lib/documents/create-draft";
import { documentDbError, withDocumentDbErrors } from "@/lib/documents/document-db-errors";
import { documentInput } from "@/lib/documents/document-schema";
import { ISSUE_TRANSACTION, issueDraftInTransaction } from "@/lib/documents/issue-document";
import { queueEmail } from "@/lib/email/queue-email";
import { getEnv } from "@/lib/env/env";
import { isAppError, type AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getLogger } from "@/lib/log/logger";
import { getSendDialogData, sendDocument } from "@/lib/sending/send-document";
import { localToday, nextOccurrence } from "./recurrence";
import { recurringProfileNotActive, recurringProfileNotFound } from "./recurring-errors";
import { lockProfile, parseProfileId, recipientsAreClients, ruleOf, ruleSelect } from "./recurring-profile-data";
import { recurringStoppedEmail } from "./recurring-stopped-email";
import type { RecurringRunResult, RecurringStatusValue, RecurringStopReason } from "./recurring-types";

// Generating the invoices of a recurring profile (called by the job queue for each due
// profile, and by "run now"). Each due period, in order, one at a time, is one transaction
// holding the profile's row lock:
//   1. the checks that would make every run fail (client archived, recipients no longer the
//      client's, creator no longer allowed, template no longer valid) stop the profile instead
//      (STOPPED + stopReason, audited, the owners emailed after the commit);
//   2. the claim: a RecurringRun row for (profile, period) — its unique index makes one invoice
//      per period whatever the number of workers (a claim already there: another worker made
//      it, stop quietly);
//   3. the invoice from the template, as its creator, through the draft and issue functions
//      themselves (createDraftInTransaction, issueDraftInTransaction: gapless numbers), dated
//      TODAY in Paris — French numbers follow issue dates, so a period caught up after downtime
//      is issued today; its serviceDate is the period's day;
//   4. the run's documentId, the profile's next period and count, ENDED when its end is reached.
// The claim and the invoice commit together (a crash rolls both back). After the commit, with
// autoSend, the issued invoice is sent to the profile's recipients by the normal send function.
// Periods missed during downtime are caught up one per period, in order.

const RUN_META: RequestMeta = { ip: null, userAgent: "facturo-recurring" };

/** A guard against a runaway loop: a weekly profile ten years behind is 520 periods. */
const MAX_PERIODS_PER_CALL = 1_000;

const profileSelect = {
  ...ruleSelect,
  id: true,
  name: true,
  clientId: true,
  status: true,
  nextDate: true,
  mode: true,
  autoSend: true,
  recipients: true,
  paymentTermsDays: true,
  language: true,
  template: true,
  createdById: true,
  client: { select: { name: true, archivedAt: true, emails: true } },
  organization: { select: { name: true, disabledAt: true } },
} as const satisfies Prisma.RecurringProfileSelect;

type Profile = Prisma.RecurringProfileGetPayload<{ select: typeof profileSelect }>;

type Step =
  | { kind: "not_found" }
  | { kind: "idle"; status: RecurringStatusValue }
  | { kind: "taken" }
  | { kind: "stopped"; reason: RecurringStopReason }
  | {
      kind: "generated";
      periodDate: string;
      documentId: string;
      number: string | null;
      status: RecurringStatusValue;
      send: { actor: MemberContext; recipients: string[] } | null;
    };

/** Raised inside a period's transaction to roll it back, then stop the profile. */
class StopProfile extends Error {
  constructor(readonly reason: RecurringStopReason) {
    super(`recurring profile stopped: ${reason}`);
  }
}

/**
 * The acting member of the profile's runs: its creator, while still a member whose role
 * allows documents.write (and documents.issue when it issues), its account not disabled.
 */
async function actorOf(tx: Prisma.TransactionClient, profile: Profile, organizationId: string) {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: profile.createdById } },
    select: { role: true, user: { select: { disabledAt: true } } },
  });
  if (!membership || membership.user.disabledAt) return null;
  if (!can(membership.role, "documents.write")) return null;
  if (profile.mode === "ISSUE" && !can(membership.role, "documents.issue")) return null;
  return {
    userId: profile.createdById,
    sessionId: `recurring:${profile.id}`,
    organizationId,
    organizationName: profile.organization.name,
    role: membership.role,
  } satisfies MemberContext;
}

/** The editor's content for the period: the template, the profile's client, terms and language. */
function contentOf(profile: Profile, periodDate: string) {
  const template = profile.template;
  if (typeof template !== "object" || template === null || Array.isArray(template)) return null;
  const parsed = documentInput.safeParse({
    ...template,
    clientId: profile.clientId,
    paymentTermsDays: profile.paymentTermsDays ?? "",
    language: profile.language,
    // The period the invoice is for; its issue date is the day of the run.
    serviceDate: periodDate,
    issueDate: "",
    dueDate: "",
    validUntil: "",
  });
  return parsed.success ? parsed.data : null;
}

/** The reason to stop for an AppError of the draft (template) or issue step. */
function reasonOf(error: AppError, phase: "draft" | "issue"): RecurringStopReason {
  if (error.code === "forbidden") return "creator_not_allowed";
  if (error.code === "client_archived" || error.code === "client_not_found") return "client_archived";
  return phase === "draft" ? "template_invalid" : "issue_refused";
}

/** STOPPED with its reason, audited, in the caller's transaction (the profile locked). */
async function markStopped(
  tx: Prisma.TransactionClient,
  organizationId: string,
  profileId: string,
  reason: RecurringStopReason,
): Promise<void> {
  await tx.recurringProfile.update({ where: { id: profileId }, data: { status: "STOPPED", stopReason: reason } });
  await recordAudit(tx, {
    action: "recurring.stopped",
    organizationId,
    actorId: null,
    targetType: "RecurringProfile",
    targetId: profileId,
    ip: RUN_META.ip,
    userAgent: RUN_META.userAgent,
    metadata: { reason },
  });
}

/** One period: checks, claim, invoice, next period — or nothing when none is due. */
async function runOnePeriod(
  organizationId: string,
  profileId: string,
  today: string,
  options: { early: boolean; meta: RequestMeta },
): Promise<Step> {
  const meta = options.meta;
  return withDocumentDbErrors(() =>
    db.$transaction(async (tx): Promise<Step> => {
      if (!(await lockProfile(tx, organizationId, profileId))) return { kind: "not_found" };
      const profile = await tx.recurringProfile.findUniqueOrThrow({ where: { id: profileId }, select: profileSelect });
      // A disabled organization generates nothing (not a problem of the profile: no stop).
      if (profile.status !== "ACTIVE" || !profile.nextDate || profile.organization.disabledAt) {
        return { kind: "idle", status: profile.status };
      }
      const periodDate = calendarFromDate(profile.nextDate);
      if (periodDate > today && !options.early) return { kind: "idle", status: profile.status };

      const stop = async (reason: RecurringStopReason): Promise<Step> => {
        await markStopped(tx, organizationId, profileId, reason);
        return { kind: "stopped", reason };
      };
      if (profile.client.archivedAt) return stop("client_archived");
      if (!recipientsAreClients(profile.recipients, profile.client.emails)) return stop("recipients_not_client");
      const actor = await actorOf(tx, profile, organizationId);
      if (!actor) return stop("creator_not_allowed");
      const content = contentOf(profile, periodDate);
      if (!content) return stop("template_invalid");

      // The claim (ON CONFLICT DO NOTHING): none inserted means the period is someone else's.
      const claimed = await tx.recurringRun.createMany({
        data: [{ organizationId, profileId, periodDate: dateFromCalendar(periodDate) }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return { kind: "taken" };

      let phase: "draft" | "issue" = "draft";
      let document: { id: string; number: string | null };
      try {
        const draft = await createDraftInTransaction(tx, actor, "INVOICE", content, { languageGiven: true }, meta);
        document = { id: draft.id, number: null };
        if (profile.mode === "ISSUE") {
          phase = "issue";
          const issued = await issueDraftInTransaction(
            tx,
            actor,
            draft.id,
            { issueDate: today, dueDate: null, exchangeRate: null },
            meta,
          );
          document = { id: issued.id, number: issued.number };
        }
      } catch (error) {
        // Rolls the claim and the draft back; the profile is stopped in a transaction of its own.
        // A refusal (an AppError, or the database's as one) stops it; anything else is
        // unexpected and thrown for the queue to retry.
        const refusal = documentDbError(error);
        if (refusal) throw new StopProfile(reasonOf(refusal, phase));
        throw error;
      }

      await tx.recurringRun.update({
        where: { profileId_periodDate: { profileId, periodDate: dateFromCalendar(periodDate) } },
        data: { documentId: document.id },
      });
      const next = nextOccurrence(ruleOf(profile), periodDate);
      const status: RecurringStatusValue = next === null ? "ENDED" : "ACTIVE";
      await tx.recurringProfile.update({
        where: { id: profileId },
        data: { nextDate: next ? dateFromCalendar(next) : null, generatedCount: { increment: 1 }, status },
      });
      await recordAudit(tx, {
        action: "recurring.generated",
        organizationId,
        actorId: actor.userId,
        targetType: "RecurringProfile",
        targetId: profileId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { periodDate, documentId: document.id, number: document.number, mode: profile.mode, nextDate: next },
      });
      if (status === "ENDED") {
        await recordAudit(tx, {
          action: "recurring.ended",
          organizationId,
          actorId: null,
          targetType: "RecurringProfile",
          targetId: profileId,
          ip: meta.ip,
          userAgent: meta.userAgent,
          metadata: { reason: "end_reached", lastPeriod: periodDate },
        });
      }
      const send = profile.autoSend && profile.mode === "ISSUE" ? { actor, recipients: profile.recipients } : null;
      return { kind: "generated", periodDate, documentId: document.id, number: document.number, status, send };
    }, ISSUE_TRANSACTION),
  );
}

/** Stops an ACTIVE profile for a reason found by a rolled-back period (draft or issue refused). */
async function stopAfterRollback(organizationId: string, profileId: string, reason: RecurringStopReason) {
  return db.$transaction(async (tx) => {
    if (!(await lockProfile(tx, organizationId, profileId))) return false;
    const { status } = await tx.recurringProfile.findUniqueOrThrow({
      where: { id: profileId },
      select: { status: true },
    });
    if (status !== "ACTIVE") return false;
    await markStopped(tx, organizationId, profileId, reason);
    return true;
  });
}

/** Tells the organization's owners (in their language) that a profile stopped and why. */
async function notifyOwners(organizationId: string, profileId: string, reason: RecurringStopReason): Promise<void> {
  const [profile, owners] = await Promise.all([
    db.recurringProfile.findUniqueOrThrow({
      where: { id: profileId },
      select: { name: true, client: { select: { name: true } }, organization: { select: { name: true } } },
    }),
    db.membership.findMany({
      where: { organizationId, role: "OWNER", user: { disabledAt: null } },
      select: { user: { select: { email: true, locale: true } } },
    }),
  ]);
  const byLocale = new Map<Locale, string[]>();
  for (const { user } of owners) {
    const locale: Locale = isLocale(user.locale) ? user.locale : "fr";
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), user.email]);
  }
  const url = `${getEnv().APP_URL.replace(/\/+$/, "")}/recurring/${profileId}`;
  for (const [locale, to] of byLocale) {
    const email = await recurringStoppedEmail({
      locale,
      organizationName: profile.organization.name,
      profileName: profile.name,
      clientName: profile.client.name,
      reason,
      url,
    });
    await queueEmail({ ...email, to, organizationId });
  }
}

/** After a period committed: its invoice to the recipients, with the send dialog's default texts. */
async function sendGenerated(
  send: { actor: MemberContext; recipients: string[] },
  documentId: string,
  meta: RequestMeta,
): Promise<{ documentId: string; code: string } | null> {
  try {
    const texts = (await getSendDialogData(send.actor, documentId)).send;
    if (!texts) return { documentId, code: "document_not_issued" };
    await sendDocument(send.actor, documentId, { recipients: send.recipients, ...texts }, meta);
    return null;
  } catch (error) {
    // The invoice exists and stays (issued, numbered); only the email is missing: reported,
    // logged, and visible on the document's page (no send in its history).
    getLogger().warn({ err: error, documentId }, "recurring invoice generated but not sent");
    return { documentId, code: isAppError(error) ? error.code : "unexpected" };
  }
}

async function runPeriods(
  organizationId: string,
  profileId: string,
  now: Date,
  options: { earlyIfNoneDue: boolean; meta: RequestMeta },
): Promise<RecurringRunResult> {
  const today = localToday(now);
  const result: RecurringRunResult = { generated: [], status: "not_found", stopReason: null, sendFailures: [] };
  for (let count = 0; count < MAX_PERIODS_PER_CALL; count += 1) {
    const early = options.earlyIfNoneDue && count === 0;
    let step: Step;
    try {
      step = await runOnePeriod(organizationId, profileId, today, { early, meta: options.meta });
    } catch (error) {
      if (!(error instanceof StopProfile)) throw error;
      step = (await stopAfterRollback(organizationId, profileId, error.reason))
        ? { kind: "stopped", reason: error.reason }
        : { kind: "taken" };
    }
    if (step.kind === "generated") {
      result.generated.push({ periodDate: step.periodDate, documentId: step.documentId, number: step.number });
      if (step.send) {
        const failure = await sendGenerated(step.send, step.documentId, options.meta);
        if (failure) result.sendFailures.push(failure);
      }
      if (step.status !== "ACTIVE") break;
      continue;
    }
    if (step.kind === "stopped") {
      try {
        await notifyOwners(organizationId, profileId, step.reason);
      } catch (error) {
        // The stop is recorded (and shown on the page and the dashboard) even if queueing the email failed.
        getLogger().error({ err: error, profileId }, "recurring profile stopped, owners not emailed");
      }
      break;
    }
    // not_found, idle (nothing due, or not ACTIVE) or taken (another worker has it): done.
    break;
  }
  const row = await db.recurringProfile.findFirst({
    where: { id: profileId, organizationId },
    select: { status: true, stopReason: true },
  });
  if (row) {
    result.status = row.status;
    result.stopReason = row.stopReason as RecurringStopReason | null;
  }
  return result;
}

/**
 * Generates every due period of a profile of `organizationId` (a period is due from 00:00 of
 * its day in Paris, `now`), in order, one invoice per period (see the top of this file). For
 * the job queue: no member, the profile acts as its creator. A profile of another
 * organization, or none, is { status: "not_found" } and nothing happens; a PAUSED, ENDED or
 * STOPPED profile generates nothing.
 */
export async function runRecurringProfile(
  organizationId: string,
  profileId: string,
  now: Date = new Date(),
): Promise<RecurringRunResult> {
  return runPeriods(organizationId, profileId, now, { earlyIfNoneDue: false, meta: RUN_META });
}

/**
 * "Run now" from the profile's page (documents.issue): the due periods if any are late,
 * otherwise the next period at once, before its day (issued today; the period after it comes
 * on its own day). Only an ACTIVE profile ("recurring_profile_not_active"); another
 * organization's is "recurring_profile_not_found".
 */
export async function runRecurringProfileNow(
  member: MemberContext,
  rawProfileId: unknown,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<RecurringRunResult> {
  assertCan(member, "documents.issue");
  const id = parseProfileId(rawProfileId);
  const profile = await db.recurringProfile.findFirst({
    where: { id, organizationId: member.organizationId },
    select: { status: true },
  });
  if (!profile) throw recurringProfileNotFound();
  if (profile.status !== "ACTIVE") throw recurringProfileNotActive(profile.status);
  const due = await runPeriods(member.organizationId, id, now, { earlyIfNoneDue: false, meta });
  if (due.generated.length > 0 || due.status !== "ACTIVE") return due;
  return runPeriods(member.organizationId, id, now, { earlyIfNoneDue: true, meta });
}

/**
 * Profiles with a period due at `now` (ACTIVE, nextDate on or before today in Paris, the
 * organization not disabled), the most late first, at most `limit`: the job queue runs
 * runRecurringProfile for each (the (status, nextDate) index serves it).
 */
export async function findDueRecurringProfiles(
  now: Date = new Date(),
  limit = 100,
): Promise<{ organizationId: string; profileId: string }[]> {
  const rows = await db.recurringProfile.findMany({
    where: {
      status: "ACTIVE",
      nextDate: { lte: dateFromCalendar(localToday(now)) },
      organization: { disabledAt: null },
    },
    orderBy: [{ nextDate: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, organizationId: true },
  });
  return rows.map((row) => ({ organizationId: row.organizationId, profileId: row.id }));
}
