"use server";

import { revalidatePath } from "next/cache";
import { resetChartOfAccounts, updateChartOfAccounts } from "@/lib/exports/fec/update-chart-of-accounts";
import { formValues, type FormState } from "../../../_shared/form-state";
import { memberAction } from "../../../_shared/member-action";
import { getRequestMeta } from "../../../_shared/session";

// Thin shells: the organization is the session's active one, the role check requireMember's
// (organization.update), every rule in lib/exports/fec.

const PAGE = "/settings/accounting";

export async function updateChartOfAccountsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return memberAction(
    "organization.update",
    async (member) => {
      await updateChartOfAccounts(member, values, await getRequestMeta());
      revalidatePath(PAGE);
      return { status: "success" };
    },
    { values },
  );
}

export async function resetChartOfAccountsAction(): Promise<FormState> {
  return memberAction("organization.update", async (member) => {
    await resetChartOfAccounts(member, await getRequestMeta());
    revalidatePath(PAGE);
    return { status: "success" };
  });
}
