"use server";

import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestMeta } from "../../../_shared/session";

// Thin shells: the organization is the session's active one (never a posted id), the role check
// requireMember's (organization.update), every rule in lib/api-tokens.

const PAGE = "/settings/api";

/** A creation also answers the secret, which the form shows once. */
export type ApiTokenFormState = FormState & { secret?: string };

export async function createApiTokenAction(
  _previous: ApiTokenFormState,
  formData: FormData,
): Promise<ApiTokenFormState> {
  const values = { ...formValues(formData), scopes: formData.getAll("scopes").map(String).join(",") };
  return memberAction(
    "organization.update",
    async (member) => {
      const input = {
        name: formData.get("name"),
        scopes: formData.getAll("scopes"),
        expiresOn: formData.get("expiresOn"),
      };
      const { secret } = await createApiToken(member, input, await getRequestMeta());
      revalidatePath(PAGE);
      return { status: "success", secret };
    },
    { values },
  );
}

/** After the confirmation dialog; a token already revoked or gone changes nothing. */
export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  await memberAction("organization.update", async (member) => {
    await revokeApiToken(member, formData.get("tokenId"), await getRequestMeta());
    return { status: "success" };
  });
  revalidatePath(PAGE);
}
