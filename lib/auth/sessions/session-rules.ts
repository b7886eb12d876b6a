export const SESSION_TTL_SECONDS = 14 * 24 * 3600;
// lastSeenAt is refreshed at most this often, so reads do not turn into writes.
export const TOUCH_INTERVAL_MS = 5 * 60_000;
