import { getRequestMessages } from "../../_shared/request-locale";

/** Every unusable link (unknown, revoked, expired, disabled organization…) lands here alike. */
export default async function PublicLinkNotFound() {
  const { messages } = await getRequestMessages();
  const t = messages.publicDocument;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">{t.notFoundTitle}</h1>
      <p className="mt-3 text-slate-700">{t.notFoundBody}</p>
    </main>
  );
}
