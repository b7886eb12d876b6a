type UserMenuProps = {
  name: string;
  email: string;
  organizationName: string | null;
  logoutLabel: string;
  logoutAction: () => Promise<void>;
};

/** Who is signed in, in which organization, and the way out (works without JavaScript). */
export function UserMenu({ name, email, organizationName, logoutLabel, logoutAction }: UserMenuProps) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 text-sm">
      {organizationName ? (
        <p className="font-semibold text-slate-900" data-testid="active-organization">
          {organizationName}
        </p>
      ) : null}
      <p className="truncate text-slate-700" title={email}>
        {name}
        <span className="block truncate text-xs text-slate-500">{email}</span>
      </p>
      <form action={logoutAction}>
        <button type="submit" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100">
          {logoutLabel}
        </button>
      </form>
    </div>
  );
}
