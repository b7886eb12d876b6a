import http, { type IncomingMessage } from "node:http";
import { normalizePeerAddress } from "./client-address";

// Appends the socket's remote address to X-Forwarded-For on every request this process's HTTP
// server receives, before Next.js sees it — what a reverse proxy does. Installed once at
// start-up by instrumentation.ts (register). See ./client-address.ts for why.

const INSTALLED = Symbol.for("facturo.peerAddressStamp");

export function stampPeerAddress(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const address = normalizePeerAddress(peer);
  const current = request.headers["x-forwarded-for"];
  const existing = Array.isArray(current) ? current.join(", ") : current;
  request.headers["x-forwarded-for"] = existing ? `${existing}, ${address}` : address;
}

/** Patches http.Server so every "request" event gets its peer stamped first. Idempotent. */
export function installPeerAddressStamp(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & {
    emit: (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request" || event === "checkContinue" || event === "checkExpectation") {
      stampPeerAddress(args[0] as IncomingMessage);
    }
    return emit.call(this, event, ...args);
  };
  proto[INSTALLED] = true;
}
