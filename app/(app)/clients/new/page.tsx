import type { Metadata } from "next";
import Link from "next/link";
import { countryOptions } from "@/lib/clients/countries";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { createClientAction } from "../actions";
import { ClientForm } from "../client-form";
import { pickClientMessages } from "../client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.clientForm.newTitle} · ${messages.common.appName}` };
}

export default async function NewClientPage() {
  // Roles without clients.write get the 403 page (the action refuses them too).
  await requireActiveMember("clients.write");
  const { locale, messages } = await getRequestMessages();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/clients" className="text-brand-700 underline-offset-2 hover:underline">
          {messages.clientDetail.backToList}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{messages.clientForm.newTitle}</h1>
      <ClientForm
        action={createClientAction}
        initial={{ kind: "COMPANY", billingCountry: "FR", emails: "" }}
        countries={countryOptions(locale)}
        submitLabel={messages.clientForm.create}
        cancelHref="/clients"
        messages={pickClientMessages(messages)}
      />
    </>
  );
}
