// Numbers of the emailed-code step, in one place (tests import them too).
export const CHALLENGE_TTL_MS = 30 * 60_000; // the whole second step
export const CODE_TTL_MS = 10 * 60_000; // one code
export const CODE_MAX_ATTEMPTS = 5;
export const RESEND_INTERVAL_MS = 30_000;
export const CODES_PER_HOUR = 5;
