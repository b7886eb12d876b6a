import { ButtonLink } from "@/components/ui/button";
import { getRequestMessages } from "../_shared/request-locale";

/** /admin refused (403) to an account that is not a platform administrator: says what /admin is. */
export default async function AdminForbidden() {
  const { messages } = await getRequestMessages();
  const t = messages.admin.refused;
  return (
    <div className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-4 text-slate-600">{t.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/settings/organization" variant="secondary" size="lg">
          {t.settings}
        </ButtonLink>
        <ButtonLink href="/dashboard" size="lg">
          {t.backToApp}
        </ButtonLink>
      </div>
    </div>
  );
}
