import { invitationState } from "@/lib/invitations/invitation-rules";

const now = new Date("2026-11-22T12:00:00Z");
const later = new Date("2026-11-29T12:00:00Z");
const earlier = new Date("2026-11-20T12:00:00Z");

describe("invitationState", () => {
  it.each([
    [{ acceptedAt: null, revokedAt: null, expiresAt: later }, "valid"],
    [{ acceptedAt: null, revokedAt: null, expiresAt: now }, "expired"],
    [{ acceptedAt: null, revokedAt: null, expiresAt: earlier }, "expired"],
    [{ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, "revoked"],
    [{ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, "accepted"],
  ] as const)("%# → %s (final states win over expiry)", (invitation, expected) => {
    expect(invitationState(invitation, now)).toBe(expected);
  });
});
