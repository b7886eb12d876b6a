type EmptyStateProps = {
  title: string;
  body: string;
  /** Optional call to action (a link or button) shown under the text. */
  action?: React.ReactNode;
};

export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <section
      aria-labelledby="empty-state-title"
      className="flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-16 text-center"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="mb-4 h-10 w-10 text-slate-400"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path d="M7 3h7l5 5v13H7z" strokeLinejoin="round" />
        <path d="M14 3v5h5M10 13h6M10 17h4" strokeLinecap="round" />
      </svg>
      <h2 id="empty-state-title" className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-2 max-w-md text-sm text-slate-600">{body}</p>
      {action ? <div className="mt-6">{action}</div> : null}
    </section>
  );
}
