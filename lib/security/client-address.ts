// Which X-Forwarded-For entry names the client. Next.js 16 does not expose the socket address
// to proxy.ts, route handlers or server actions, and `next start` only fills X-Forwarded-For
// from the socket when the request has none (a client-sent header is kept as is). So the
// server stamps the socket peer onto the header itself (./peer-address.ts, installed by
// instrumentation.ts), the way a reverse proxy does: the last entry is always the peer this
// process saw. Behind N trusted proxies, each appending the address it saw, the client is N
// entries before it; everything further left was written by the client and is ignored.

/** Longest address kept (IPv6 with zone fits; anything longer is not an address). */
const MAX_ADDRESS = 64;

export function forwardedEntries(forwardedFor: string | null | undefined): string[] {
  return (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client address given the X-Forwarded-For header as this process received it (peer
 * stamped last) and the number of trusted proxies in front of the app. With fewer entries
 * than proxies (a request that did not come through all of them), the left-most entry.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = forwardedEntries(forwardedFor);
  if (entries.length === 0) return null;
  const index = Math.max(0, entries.length - 1 - trustedHops);
  return entries[index]!.slice(0, MAX_ADDRESS);
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) → "127.0.0.1". */
export function normalizePeerAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
