import { ButtonLink } from "@/components/ui/button";
import { getRequestMessages } from "./_shared/request-locale";

export default async function NotFound() {
  const { messages } = await getRequestMessages();
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{messages.errors.notFoundTitle}</h1>
      <p className="mt-4 text-slate-600">{messages.errors.notFoundBody}</p>
      <ButtonLink href="/" size="lg" className="mt-8">
        {messages.common.backHome}
      </ButtonLink>
    </main>
  );
}
