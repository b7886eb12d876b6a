import type { Metadata } from "next";
import { KeyFigureCards } from "@/components/dashboard/key-figures";
import { MonthlyChart } from "@/components/dashboard/monthly-chart";
import { TopClients } from "@/components/dashboard/top-clients";
import { OnboardingChecklistPanel } from "@/components/dashboard/onboarding-checklist";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { StoppedRecurringPanel, ToDoPanel } from "@/components/dashboard/to-do-panel";
import { can } from "@/lib/auth/permissions";
import { computeKeyFigures } from "@/lib/dashboard/compute-key-figures";
import { periodPickerState } from "@/lib/dashboard/period-picker-state";
import { listToDo, TO_DO_LIMIT } from "@/lib/dashboard/list-to-do";
import { monthlyFigures, topClients } from "@/lib/dashboard/monthly-figures";
import { onboardingChecklist } from "@/lib/dashboard/onboarding-checklist";
import { calendarDate } from "@/lib/documents/calendar-date";
import { listStoppedRecurringProfiles } from "@/lib/recurring/list-recurring-profiles";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";

// The dashboard: the onboarding checklist while a step is left, then — once a document has
// been issued or sent — the key figures of the period in the URL (?period=&from=&to=), the
// to-do panel, the 12-month chart and the period's top clients. Everything is computed by lib/dashboard from the documents and payments.
// Before that, the recurring invoices the generator stopped still show (when there are some).

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.pages.dashboard.title} · ${messages.common.appName}` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const t = messages.dashboard;
  const today = calendarDate();
  const picker = periodPickerState(params, today);
  const checklist = await onboardingChecklist(member);
  const [figures, toDo, months, clients] = checklist.hasIssuedDocument
    ? await Promise.all([
        computeKeyFigures(member, picker.period, today),
        listToDo(member, today),
        monthlyFigures(member, today),
        topClients(member, picker.period),
      ])
    : [null, null, null, null];
  // Without figures there is no to-do panel to carry them.
  const stoppedRecurring = toDo ? null : await listStoppedRecurringProfiles(member, TO_DO_LIMIT);
  const invalid = Object.keys(picker.errors).length > 0;

  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{messages.pages.dashboard.title}</h1>
      <div className="flex min-w-0 flex-col gap-6">
        {checklist.allDone ? null : <OnboardingChecklistPanel checklist={checklist} labels={t} />}
        {figures && toDo && months && clients ? (
          <>
            <div className="flex flex-col gap-2">
              {invalid ? (
                <p id="dashboard-period-invalid" className="text-sm font-medium text-red-700">
                  {t.errorSummary}
                </p>
              ) : null}
              <PeriodPicker kind={picker.kind} from={picker.from} to={picker.to} errors={picker.errors} labels={t} />
            </div>
            <KeyFigureCards figures={figures} period={picker.period} locale={locale} labels={t} />
            <ToDoPanel
              toDo={toDo}
              locale={locale}
              labels={t}
              names={{ types: messages.documentTypes, draft: messages.documentListPages.draftNumber }}
              canRemind={can(member.role, "documents.issue")}
              emailLabels={messages.emailDelivery}
              stopReasons={messages.recurringStopReasons}
            />
            <div className="grid min-w-0 grid-cols-1 gap-6 lg:grid-cols-3">
              <div className="min-w-0 lg:col-span-2">
                <MonthlyChart months={months} currency={figures.currency} locale={locale} labels={t} />
              </div>
              <TopClients clients={clients} currency={figures.currency} locale={locale} labels={t} />
            </div>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-600">{t.noFigures}</p>
            {stoppedRecurring ? (
              <StoppedRecurringPanel
                stopped={stoppedRecurring}
                labels={t}
                stopReasons={messages.recurringStopReasons}
              />
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
