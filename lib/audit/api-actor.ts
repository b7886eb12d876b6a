import { AsyncLocalStorage } from "node:async_hooks";

// The API token a request acts through, for the whole call: recordAudit reads it so every
// entry written during an API call names the token, without threading it through each
// domain function (they take a MemberContext, whose actor stays the token's creator).

const storage = new AsyncLocalStorage<{ tokenId: string }>();

/** Runs fn with tokenId as the acting API token (nested calls see the innermost one). */
export function runAsApiToken<T>(tokenId: string, fn: () => Promise<T>): Promise<T> {
  return storage.run({ tokenId }, fn);
}

/** The API token of the current call, or null outside an API call. */
export function currentApiTokenId(): string | null {
  return storage.getStore()?.tokenId ?? null;
}
