import { hashToken } from "../crypto/tokens";

// Numbers of the "forgot password" flow, in one place (tests import them too).
export const RESET_TOKEN_TTL_MS = 60 * 60_000;
// Per address: enough to retry after a lost email, too few to flood someone's inbox.
export const RESET_REQUESTS_PER_EMAIL = 3;
// Per IP: one office may have several people who forgot, but not hundreds of addresses.
export const RESET_REQUESTS_PER_IP = 20;
export const RESET_WINDOW_MS = 60 * 60_000;

// Hashed keys, like the login lockouts: the table must not hold a list of typed addresses.
export const resetEmailKey = (email: string) => `reset:email:${hashToken(email.toLowerCase())}`;
export const resetIpKey = (ip: string) => `reset:ip:${hashToken(ip)}`;
