import type { Metadata } from "next";
import Link from "next/link";
import { clientToFormValues } from "@/lib/clients/client-form-data";
import { countryOptions } from "@/lib/clients/countries";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../../_shared/request-locale";
import { requireActiveMember } from "../../../../_shared/session";
import { updateClientAction } from "../../actions";
import { ClientForm } from "../../client-form";
import { pickClientMessages } from "../../client-messages";
import { loadClient } from "../load-client";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.clientDetail.edit} · ${messages.common.appName}` };
}

export default async function EditClientPage({ params }: { params: Params }) {
  const member = await requireActiveMember("clients.write");
  const [{ id }, { locale, messages }] = await Promise.all([params, getRequestMessages()]);
  const client = await loadClient(member, id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/clients/${client.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          {client.name}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">
        {format(messages.clientForm.editTitle, { name: client.name })}
      </h1>
      <ClientForm
        action={updateClientAction}
        clientId={client.id}
        version={client.updatedAt.toISOString()}
        initial={clientToFormValues(client)}
        countries={countryOptions(locale, [client.billingCountry, client.deliveryCountry])}
        submitLabel={messages.clientForm.save}
        cancelHref={`/clients/${client.id}`}
        messages={pickClientMessages(messages)}
      />
    </>
  );
}
