/** What the server knows about the signed-in user on each request. Plain data, no secrets. */
export type SessionContext = {
  sessionId: string;
  user: { id: string; name: string; email: string; locale: string; isPlatformAdmin: boolean };
  activeOrganizationId: string | null;
};
