import { BlockList, isIP } from "node:net";

// SSRF guard: in production a webhook may only reach a public address. Private, loopback,
// link-local, unique-local, multicast, unspecified and other special-purpose ranges are
// refused, for IPv4 and IPv6. node:net's BlockList also matches IPv4-mapped IPv6 addresses
// (::ffff:10.0.0.1) against the IPv4 ranges, so they cannot slip through.

const blocked = new BlockList();
const v4: [string, number][] = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 (unspecified)
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata endpoints live here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const v6: [string, number][] = [
  // Unspecified (::), loopback (::1) and the deprecated IPv4-compatible ::a.b.c.d.
  ["::", 96],
  ["64:ff9b::", 96], // NAT64 (embeds IPv4 addresses)
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard-only
  ["2001::", 23], // IETF protocol assignments (Teredo, ORCHID…)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4 (embeds IPv4 addresses)
  ["fc00::", 7], // unique-local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];
for (const [network, prefix] of v4) blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of v6) blocked.addSubnet(network, prefix, "ipv6");

/** A literal IP address a webhook may be sent to in production (false for anything not an IP). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const type = family === 4 ? "ipv4" : "ipv6";
  return !blocked.check(address, type);
}

/** The guard is on in production only: development and tests post to receivers on 127.0.0.1. */
export function addressGuardEnabled(): boolean {
  return process.env.NODE_ENV === "production";
}
