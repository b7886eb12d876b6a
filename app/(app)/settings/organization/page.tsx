import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { format } from "@/lib/i18n/format";
import { getNumberingFormats } from "@/lib/organization-settings/get-numbering-formats";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import { settingsFormValues } from "@/lib/organization-settings/settings-form-values";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { removeLogoAction, updateNumberingAction, updateSettingsAction, uploadLogoAction } from "./actions";
import { pickFormMessages } from "./form-messages";
import { LogoForm } from "./logo-form";
import { NumberingForm } from "./numbering-form";
import { NumberingSummary } from "./numbering-summary";
import { settingsSelectOptions } from "./select-options";
import { SettingsForm } from "./settings-form";
import { SettingsSummary } from "./settings-summary";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.settings.organization.title} · ${messages.common.appName}` };
}

const panel = "mt-10";

/** Every member may read the settings; owners and admins edit them (the server refuses anyone else). */
export default async function OrganizationSettingsPage() {
  const member = await requireActiveMember("organization.read");
  const { locale, messages } = await getRequestMessages();
  const t = messages.settings;
  const canEdit = can(member.role, "organization.update");
  const [settings, numbering] = await Promise.all([getOrganizationSettings(member), getNumberingFormats(member)]);
  const options = settingsSelectOptions(locale, messages);
  const formMessages = pickFormMessages(messages);
  const values = settingsFormValues(settings, locale);
  const year = new Date().getFullYear();

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="text-brand-700 underline-offset-2 hover:underline">
          {t.organization.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.organization.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">
        {format(t.organization.lead, { name: member.organizationName })}
      </p>
      {canEdit ? null : (
        <p role="note" className="mb-6 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t.organization.readOnlyNotice}
        </p>
      )}
      {settings.saved ? null : (
        <p className="mb-6 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t.organization.notSavedYet}
        </p>
      )}

      <section aria-labelledby="organization-identity">
        <h2 id="organization-identity" className="sr-only">
          {t.organization.title}
        </h2>
        {canEdit ? (
          <SettingsForm initial={values} options={options} messages={formMessages} action={updateSettingsAction} />
        ) : (
          <SettingsSummary
            settings={settings}
            formValues={values}
            options={options}
            locale={locale}
            messages={messages}
          />
        )}
      </section>

      <section aria-labelledby="organization-numbering" className={panel}>
        <h2 id="organization-numbering" className="text-xl font-semibold">
          {t.numbering.title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t.numbering.lead}</p>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t.numbering.caution}</p>
        {canEdit ? (
          <NumberingForm formats={numbering} year={year} messages={formMessages} action={updateNumberingAction} />
        ) : (
          <NumberingSummary formats={numbering} year={year} messages={messages} />
        )}
      </section>

      <section
        aria-labelledby="organization-logo"
        className={`${panel} rounded-xl border border-slate-200 bg-white p-4 sm:p-6`}
      >
        <h2 id="organization-logo" className="text-xl font-semibold">
          {t.logo.title}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t.logo.lead}</p>
        <LogoForm
          logo={settings.logo}
          organizationName={member.organizationName}
          messages={formMessages}
          canEdit={canEdit}
          uploadAction={uploadLogoAction}
          removeAction={removeLogoAction}
        />
      </section>
    </>
  );
}
