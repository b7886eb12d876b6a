"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { setWebhookEndpointEnabled } from "@/lib/webhooks/set-webhook-endpoint-enabled";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestMeta } from "../../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role
// check requireMember's (organization.update), every rule in lib/webhooks. An endpoint id
// posted from another organization is NOT_FOUND there.

const PAGE = "/settings/webhooks";

/** A create or rotate also answers the new secret, shown once by the form. */
export type WebhookFormState = FormState & { secret?: string; endpointId?: string };

/** The typed fields, given back on a refusal (the ticked events as one comma-separated value). */
function typedValues(formData: FormData): Record<string, string> {
  return { ...formValues(formData), events: formData.getAll("events").map(String).join(",") };
}

/** The form's fields → the schema's input (events: every ticked box). */
function endpointInput(formData: FormData) {
  return { url: formData.get("url"), description: formData.get("description"), events: formData.getAll("events") };
}

export async function createWebhookEndpointAction(
  _previous: WebhookFormState,
  formData: FormData,
): Promise<WebhookFormState> {
  const values = typedValues(formData);
  return memberAction(
    "organization.update",
    async (member) => {
      const { endpoint, secret } = await createWebhookEndpoint(member, endpointInput(formData), await getRequestMeta());
      revalidatePath(PAGE);
      return { status: "success", secret, endpointId: endpoint.id };
    },
    { values },
  );
}

export async function updateWebhookEndpointAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  return memberAction(
    "organization.update",
    async (member) => {
      const endpointId = formData.get("endpointId");
      await updateWebhookEndpoint(member, endpointId, endpointInput(formData), await getRequestMeta());
      revalidatePath(PAGE, "layout");
      return { status: "success" };
    },
    { values },
  );
}

export async function setWebhookEnabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("organization.update", async (member) => {
    const enabled = formData.get("enabled") === "true";
    await setWebhookEndpointEnabled(member, formData.get("endpointId"), enabled, await getRequestMeta());
    revalidatePath(PAGE, "layout");
    return { status: "success" };
  });
}

export async function rotateWebhookSecretAction(
  _previous: WebhookFormState,
  formData: FormData,
): Promise<WebhookFormState> {
  return memberAction("organization.update", async (member) => {
    const { secret } = await rotateWebhookSecret(member, formData.get("endpointId"), await getRequestMeta());
    revalidatePath(PAGE, "layout");
    return { status: "success", secret };
  });
}

export async function sendTestWebhookAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("organization.update", async (member) => {
    await sendTestWebhook(member, formData.get("endpointId"), await getRequestMeta());
    revalidatePath(PAGE, "layout");
    return { status: "success" };
  });
}

export async function resendWebhookDeliveryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("organization.update", async (member) => {
    await resendWebhookDelivery(member, formData.get("deliveryId"), await getRequestMeta());
    revalidatePath(PAGE, "layout");
    return { status: "success" };
  });
}

/** After the confirmation dialog; back to the list whatever happened (a refusal changed nothing). */
export async function deleteWebhookEndpointAction(formData: FormData): Promise<void> {
  await memberAction("organization.update", async (member) => {
    await deleteWebhookEndpoint(member, formData.get("endpointId"), await getRequestMeta());
    return { status: "success" };
  });
  revalidatePath(PAGE);
  redirect(PAGE);
}
