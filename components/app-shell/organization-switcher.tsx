import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages/fr";

type SwitcherOrganization = { id: string; name: string; active: boolean; disabled: boolean };

type OrganizationSwitcherProps = {
  organizations: SwitcherOrganization[];
  labels: Messages["organizations"];
  /** Server action that switches the session's organization (works without JavaScript). */
  action: (formData: FormData) => Promise<void>;
  /** Distinguishes the two copies of the switcher (desktop sidebar, mobile menu). */
  idPrefix: string;
};

/**
 * A labelled <select> plus an explicit submit button: changing the selection never navigates
 * by itself, so keyboard and screen-reader users can browse the options safely.
 */
export function OrganizationSwitcher({ organizations, labels, action, idPrefix }: OrganizationSwitcherProps) {
  const usable = organizations.filter((organization) => !organization.disabled);
  const active = usable.find((organization) => organization.active);
  const selectId = `${idPrefix}-organization-switcher`;
  return (
    <div className="space-y-2 text-sm">
      {usable.length > 1 ? (
        <form action={action} className="space-y-1">
          <label htmlFor={selectId} className="block text-xs font-medium uppercase tracking-wide text-slate-500">
            {labels.switcherLabel}
          </label>
          <div className="flex gap-2">
            <select
              id={selectId}
              name="organizationId"
              defaultValue={active?.id ?? ""}
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
            >
              {active ? null : (
                <option value="" disabled>
                  —
                </option>
              )}
              {usable.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-2 py-1.5 font-medium text-slate-700 hover:bg-slate-100"
            >
              {labels.switchSubmit}
            </button>
          </div>
        </form>
      ) : null}
      <Link
        href="/organizations"
        prefetch={false}
        className="inline-block text-brand-700 underline-offset-2 hover:underline"
      >
        {labels.manage}
      </Link>
    </div>
  );
}
