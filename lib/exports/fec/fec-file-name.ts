import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { FecPeriod } from "./fec-period-schema";
import { fecDate } from "./write-fec";

/**
 * The FEC file's name for a period, "<SIREN>FEC<closing date YYYYMMDD>.txt" (art. A47 A-1 LPF),
 * or null while the organization has no SIREN (the export refuses then: fec_siren_missing).
 * exports.read.
 */
export async function fecFileName(member: MemberContext, period: FecPeriod): Promise<string | null> {
  assertCan(member, "exports.read");
  const settings = await db.organizationSettings.findUnique({
    where: { organizationId: member.organizationId },
    select: { siren: true },
  });
  return settings?.siren ? `${settings.siren}FEC${fecDate(period.to)}.txt` : null;
}
