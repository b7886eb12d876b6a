import Link from "next/link";

type UserMenuProps = {
  name: string;
  email: string;
  organizationName: string | null;
  /** The name links to the profile; this labels the link for screen readers. */
  profileLabel: string;
  /** Only for platform administrators: the label of the link to /admin. */
  adminLabel?: string | null;
  logoutLabel: string;
  logoutAction: () => Promise<void>;
};

/** Who is signed in, in which organization, and the way out (works without JavaScript). */
export function UserMenu({
  name,
  email,
  organizationName,
  profileLabel,
  adminLabel,
  logoutLabel,
  logoutAction,
}: UserMenuProps) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 text-sm">
      {organizationName ? (
        <p className="font-semibold text-slate-900" data-testid="active-organization">
          {organizationName}
        </p>
      ) : null}
      <Link
        href="/profile"
        // Pages are dynamic without a loading state: a prefetch would fetch no content ahead.
        prefetch={false}
        title={email}
        className="-mx-2 block truncate rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100"
      >
        <span className="font-medium underline-offset-2 hover:underline">{name}</span>
        <span className="sr-only"> — {profileLabel}</span>
        <span className="block truncate text-xs text-slate-500">{email}</span>
      </Link>
      {adminLabel ? (
        <Link
          href="/admin"
          prefetch={false}
          className="-mx-2 block rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100"
        >
          {adminLabel}
        </Link>
      ) : null}
      <form action={logoutAction}>
        <button type="submit" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100">
          {logoutLabel}
        </button>
      </form>
    </div>
  );
}
