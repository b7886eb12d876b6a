import { hashToken } from "../crypto/tokens";

// Failed password attempts lock the email for 15 minutes after 5 failures, and the IP after
// 20 (several accounts behind one office NAT still get room).
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const FAILURES_PER_EMAIL = 5;
export const FAILURES_PER_IP = 20;

// Keys are hashed so the table does not hold a list of attempted addresses.
export const emailFailureKey = (email: string) => `login-fail:email:${hashToken(email.toLowerCase())}`;
export const ipFailureKey = (ip: string) => `login-fail:ip:${hashToken(ip)}`;
