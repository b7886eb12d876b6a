import Link from "next/link";
import type { OnboardingChecklist } from "@/lib/dashboard/onboarding-checklist";
import { format } from "@/lib/i18n/format";
import type { DashboardMessages } from "@/lib/i18n/messages/dashboard-fr";

// A new organization's first steps: a list whose items say "done" or "to do" in words (the tick
// is decoration), each a link to the page where the step is done.

export function OnboardingChecklistPanel({
  checklist,
  labels,
}: {
  checklist: OnboardingChecklist;
  labels: DashboardMessages;
}) {
  const done = checklist.steps.filter((step) => step.done).length;
  return (
    <section
      aria-labelledby="dashboard-checklist-title"
      className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-5"
    >
      <h2 id="dashboard-checklist-title" className="text-lg font-semibold text-slate-900">
        {labels.checklistTitle}
      </h2>
      <p className="text-sm text-slate-700">
        {format(labels.checklistProgress, { done, total: checklist.steps.length })}
      </p>
      <ul aria-labelledby="dashboard-checklist-title" className="mt-3 flex flex-col gap-2">
        {checklist.steps.map(({ step, done: stepDone, href }) => (
          <li key={step} className="flex items-start gap-2 text-sm">
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full border ${
                stepDone ? "border-green-700 bg-green-700 text-white" : "border-slate-400 bg-white"
              }`}
            >
              {stepDone ? "✓" : ""}
            </span>
            <span className="min-w-0">
              <Link
                prefetch={false}
                href={href}
                className={
                  stepDone
                    ? "text-slate-600 line-through underline-offset-2 hover:underline"
                    : "font-medium text-brand-700 underline-offset-2 hover:underline"
                }
              >
                {labels.steps[step]}
              </Link>{" "}
              <span className="text-slate-600">({stepDone ? labels.done : labels.toDo})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
