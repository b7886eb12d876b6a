import { encode } from "next-auth/jwt";
import { generateApiTokenSecret } from "@/lib/api-tokens/api-token-secret";
import { seedDemoContent } from "@/lib/demo/seed-demo-content";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { seedDemoDocuments } from "@/lib/demo/seed-demo-documents";
import { seedClients } from "@/lib/clients/seed-clients";
import { createSession } from "@/lib/auth/sessions/create-session";
import { SESSION_TTL_SECONDS } from "@/lib/auth/sessions/session-rules";
import { closeDb, getDb } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { seedDocuments } from "./seed-documents";

// The data of the web benchmark (bench/web.ts), written through the app's own functions into the
// database of this process's environment (PGLITE_DATA_DIR, migrated beforehand, or DATABASE_URL):
// the demo user (seedDemoData) in a second organization that it joined last (where its session
// starts) with the demo's settings, articles and clients, N more clients, `invoices` invoices over
// three years ending 120 days ago (seedDocuments), then the demo's documents issued by the app
// (issueDocument: lines, stored PDF; the numbers continue the series), a signed-in session and
// a share link of one issued invoice. Closes the database at the end: PGlite is single-process,
// and `next start` opens the same directory next.

export type WebSeed = {
  sessionCookie: string;
  invoiceId: string;
  shareToken: string;
  /** An API token (documents.read, documents.write) of the organization, for `--api`. */
  apiToken: string;
  clientId: string;
};

const META = { ip: "127.0.0.1", userAgent: "bench-web" };

export async function seedWeb(options: { invoices: number; clients: number; authSecret: string }): Promise<WebSeed> {
  const db = getDb();
  try {
    const { userId } = await seedDemoData(db);
    const organization = await db.organization.create({
      data: { name: "Benchmark Conseil SARL", slug: `bench-web-${Date.now().toString(36)}` },
    });
    const organizationId = organization.id;
    await db.membership.create({ data: { organizationId, userId, role: "OWNER" } });
    await seedDemoContent(db, organizationId);
    await seedClients(db, organizationId, options.clients);
    const today = addDays(calendarDate(), -120);
    await seedDocuments(db, organizationId, { invoices: options.invoices, quotes: 0, today });
    await seedDemoDocuments(db, { userId, organizationId, organizationName: organization.name });

    // Signing in: the session the login's last step opens (createSession, in the organization
    // joined last). The password + emailed code steps are not replayed: rendering the email needs
    // react-dom/server, which this process (react-server condition, for lib's server-only) lacks.
    const sessionId = await createSession(userId, META);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const login = { sessionId, userId, email: user.email, name: user.name };
    // The cookie next-auth would set after the credentials callback (an encrypted JWT with the sid).
    const jwt = await encode({
      token: { sub: login.userId, email: login.email, name: login.name, sid: login.sessionId },
      secret: options.authSecret,
      maxAge: SESSION_TTL_SECONDS,
    });

    // An invoice issued by the app (its lines, its stored PDF), and a public link to it.
    const invoice = await db.document.findFirstOrThrow({
      where: { organizationId, type: "INVOICE", status: "ISSUED", id: { not: { startsWith: "bench-" } } },
      orderBy: { issueDate: "desc" },
      select: { id: true },
    });
    const link = await createShareLink(db, { organizationId, documentId: invoice.id, createdById: userId });
    // An API token as Settings → API writes it (the secret's hash only).
    const { secret, prefix, tokenHash } = generateApiTokenSecret();
    await db.apiToken.create({
      data: {
        organizationId,
        createdById: userId,
        name: "bench",
        prefix,
        tokenHash,
        scopes: ["documents.read", "documents.write"],
      },
    });
    const client = await db.client.findFirstOrThrow({ where: { organizationId }, select: { id: true } });
    return {
      sessionCookie: `next-auth.session-token=${jwt}`,
      invoiceId: invoice.id,
      shareToken: link.token,
      apiToken: secret,
      clientId: client.id,
    };
  } finally {
    await closeDb();
  }
}
