"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Card, cardClass } from "@/components/ui/card";
import type { CsvRowError } from "@/lib/csv/csv-errors";
import type { CsvPreview } from "@/lib/csv/csv-preview";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import { CsvErrorTable } from "./csv-error-table";
import { readNdjson } from "./read-ndjson";

type Problem = { code: string; params?: Record<string, string | number>; errors?: CsvRowError[] };

type Phase =
  | { kind: "idle" }
  | { kind: "previewing" }
  | { kind: "previewed"; preview: CsvPreview }
  | { kind: "importing"; preview: CsvPreview; done: number; total: number }
  | { kind: "imported"; created: number }
  | { kind: "failed"; problem: Problem; preview?: CsvPreview };

export type CsvImportFormProps = {
  /** Route handler: POST { file, mode, fingerprint } (app/_shared/csv-routes.ts). */
  endpoint: string;
  listHref: string;
  backLabel: string;
  texts: Messages["csvImport"];
  errorTexts: Messages["csvErrors"];
  /** Row error codes → texts (validation.*, the domain's validation section, csvErrors.*). */
  messageTexts: Record<string, string>;
  /** Field → column header, for the errors table. */
  columnLabels: Record<string, string>;
};

/**
 * Choose a file → Preview (nothing written) → Import, all or nothing. The browser keeps the
 * File and sends it again to import, with the preview's fingerprint; the server checks the
 * whole file again before writing and streams its progress batch by batch.
 */
export function CsvImportForm({
  endpoint,
  listHref,
  backLabel,
  texts,
  errorTexts,
  messageTexts,
  columnLabels,
}: CsvImportFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const fileId = useId();
  const hintId = useId();
  const blockedId = useId();
  const busy = phase.kind === "previewing" || phase.kind === "importing";
  const preview = "preview" in phase ? phase.preview : undefined;

  function send(mode: "preview" | "import", fingerprint?: string): Promise<Response> {
    const body = new FormData();
    body.set("file", file as File);
    body.set("mode", mode);
    if (fingerprint) body.set("fingerprint", fingerprint);
    return fetch(endpoint, { method: "POST", body });
  }

  async function problemOf(response: Response): Promise<Problem> {
    try {
      return (await response.json()) as Problem;
    } catch {
      return { code: "generic" };
    }
  }

  async function runPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setPhase({ kind: "failed", problem: { code: "csv_no_file" } });
      return;
    }
    setPhase({ kind: "previewing" });
    try {
      const response = await send("preview");
      if (!response.ok) setPhase({ kind: "failed", problem: await problemOf(response) });
      else setPhase({ kind: "previewed", preview: (await response.json()) as CsvPreview });
    } catch {
      setPhase({ kind: "failed", problem: { code: "generic" } });
    }
  }

  async function runImport() {
    if (!file || !preview) return;
    setPhase({ kind: "importing", preview, done: 0, total: preview.validCount });
    try {
      const response = await send("import", preview.fingerprint);
      if (!response.ok) {
        setPhase({ kind: "failed", problem: await problemOf(response), preview });
        return;
      }
      let finished = false;
      await readNdjson(response, (raw) => {
        const event = raw as { type: string; done?: number; total?: number; created?: number } & Problem;
        if (event.type === "progress") {
          setPhase({ kind: "importing", preview, done: event.done ?? 0, total: event.total ?? preview.validCount });
        } else if (event.type === "done") {
          finished = true;
          const created = event.created ?? 0;
          setPhase({ kind: "imported", created });
          toast.success(format(texts.success, { count: created }));
        } else if (event.type === "error") {
          finished = true;
          setPhase({ kind: "failed", problem: event, preview });
        }
      });
      if (!finished) setPhase({ kind: "failed", problem: { code: "generic" }, preview });
    } catch {
      setPhase({ kind: "failed", problem: { code: "generic" }, preview });
    }
  }

  const errorText = (problem: Problem) => {
    const template = (errorTexts as Record<string, string>)[problem.code] ?? errorTexts.generic;
    return format(template, problem.params ?? {});
  };
  const rowErrors: CsvRowError[] =
    phase.kind === "failed" && phase.problem.errors ? phase.problem.errors : (preview?.errors ?? []);
  const blocked = !preview || preview.errors.length > 0 || rowErrors.length > 0;

  return (
    <div className="space-y-6">
      <form onSubmit={runPreview} noValidate className={cardClass({ padding: "lg", className: "space-y-4" })}>
        <div>
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
            {texts.file}
          </label>
          <input
            id={fileId}
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-describedby={hintId}
            disabled={busy}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setPhase({ kind: "idle" });
            }}
            className="mt-1 block w-full text-sm file:mr-4 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-medium file:text-brand-700 hover:file:bg-brand-100"
          />
          <p id={hintId} className="mt-1 text-sm text-slate-600">
            {texts.fileHint}
          </p>
        </div>
        <Button type="submit" disabled={busy || !file} variant="secondary" size="lg" disabledLook="unavailable">
          {texts.preview}
        </Button>
      </form>

      <div aria-live="polite" className="space-y-2">
        {phase.kind === "previewing" ? (
          <>
            <progress className="h-2 w-full" aria-label={texts.previewing} />
            <p className="text-sm text-slate-700">{texts.previewing}</p>
          </>
        ) : null}
        {phase.kind === "importing" ? (
          <>
            {phase.done > 0 ? (
              <progress className="h-2 w-full" aria-label={texts.progressLabel} value={phase.done} max={phase.total} />
            ) : (
              <progress className="h-2 w-full" aria-label={texts.progressLabel} />
            )}
            <p className="text-sm text-slate-700">
              {texts.importing} {format(texts.importProgress, { done: phase.done, total: phase.total })}
            </p>
          </>
        ) : null}
        {phase.kind === "imported" ? (
          <div
            className="rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900"
            role="status"
          >
            <p>{format(texts.success, { count: phase.created })}</p>
            <Link href={listHref} className="mt-2 inline-block font-medium underline underline-offset-2">
              {backLabel}
            </Link>
          </div>
        ) : null}
        {preview && phase.kind !== "importing" ? (
          <p role="status" className="text-sm text-slate-800">
            {format(preview.errors.length > 0 ? texts.summary : texts.summaryOk, {
              total: preview.rowCount,
              valid: preview.validCount,
              invalid: preview.invalidCount,
            })}
          </p>
        ) : null}
      </div>

      {phase.kind === "failed" ? <FormAlert message={errorText(phase.problem)} /> : null}

      {rowErrors.length > 0 ? (
        <section aria-labelledby="csv-errors-title" className="space-y-2">
          <h2 id="csv-errors-title" className="text-lg font-semibold text-red-900">
            {format(texts.errorsTitle, { count: rowErrors.length })}
          </h2>
          <p className="text-sm text-slate-700">{texts.errorsLead}</p>
          <CsvErrorTable
            errors={rowErrors}
            columnLabels={columnLabels}
            messageTexts={messageTexts}
            labels={{ caption: texts.errorsCaption, line: texts.line, column: texts.column, problem: texts.problem }}
          />
        </section>
      ) : null}

      {preview && preview.sample.length > 0 ? (
        <section aria-labelledby="csv-sample-title" className="space-y-2">
          <h2 id="csv-sample-title" className="text-lg font-semibold">
            {texts.sampleTitle}
          </h2>
          <p className="text-sm text-slate-700">{format(texts.sampleLead, { count: preview.sample.length })}</p>
          <Card as="div" padding="none" className="relative max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{texts.sampleCaption}</caption>
              <thead className="sticky top-0 border-b border-slate-200 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {texts.line}
                  </th>
                  {preview.columns.map((column) => (
                    <th key={column.field} scope="col" className="px-3 py-2">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.sample.map((row) => (
                  <tr key={row.line}>
                    <th scope="row" className="px-3 py-2 font-medium tabular-nums">
                      {row.line}
                    </th>
                    {preview.columns.map((column) => (
                      <td key={column.field} className="max-w-xs truncate px-3 py-2">
                        {row.values[column.field]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </section>
      ) : null}

      {preview && phase.kind !== "imported" ? (
        <div className="space-y-2">
          <Button
            type="button"
            onClick={runImport}
            disabled={busy || blocked}
            aria-describedby={blocked ? blockedId : undefined}
            size="lg"
            disabledLook="unavailable"
          >
            {format(texts.importButton, { count: preview.validCount })}
          </Button>
          {blocked ? (
            <p id={blockedId} className="text-sm text-slate-600">
              {texts.blockedHint}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
