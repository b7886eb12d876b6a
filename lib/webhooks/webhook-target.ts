import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { addressGuardEnabled, isPublicAddress } from "./webhook-address-guard";
import { webhookTargetRefused } from "./webhook-errors";

export type PinnedAddress = { address: string; family: 4 | 6 };

/**
 * Where a webhook URL may be posted: in production its host is resolved once and every
 * address it resolves to must be public (else VALIDATION "url_unresolvable" /
 * "url_private_address"); the address returned is the one the request then connects to, so
 * a second lookup (DNS rebinding) cannot swap in a private one. Off the guard (development,
 * tests): null, the request resolves as usual.
 */
export async function checkWebhookTarget(rawUrl: string): Promise<PinnedAddress | null> {
  if (!addressGuardEnabled()) return null;
  const url = new URL(rawUrl);
  // URL keeps IPv6 literals bracketed.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = isIP(host);
  const addresses: PinnedAddress[] = literal
    ? [{ address: host, family: literal === 4 ? 4 : 6 }]
    : await lookup(host, { all: true, verbatim: true }).then(
        (found) => found.map(({ address, family }) => ({ address, family: family === 4 ? 4 : 6 }) as PinnedAddress),
        () => [],
      );
  if (addresses.length === 0) throw webhookTargetRefused("unresolvable");
  if (!addresses.every(({ address }) => isPublicAddress(address))) throw webhookTargetRefused("private_address");
  return addresses[0]!;
}
