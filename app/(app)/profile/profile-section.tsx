type ProfileSectionProps = {
  id: string;
  title: string;
  lead?: string;
  tone?: "default" | "danger";
  children: React.ReactNode;
};

/** One card of the profile page, labelled by its heading. */
export function ProfileSection({ id, title, lead, tone = "default", children }: ProfileSectionProps) {
  const border = tone === "danger" ? "border-red-200" : "border-slate-200";
  return (
    <section aria-labelledby={id} className={`rounded-xl border ${border} bg-white p-6 shadow-sm`}>
      <h2 id={id} className={`text-lg font-semibold ${tone === "danger" ? "text-red-800" : "text-slate-900"}`}>
        {title}
      </h2>
      {lead ? <p className="mt-1 text-sm text-slate-600">{lead}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
