import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

type CsvListActionsProps = {
  /** e.g. "/api/clients/export": the list's current parameters are appended. */
  exportPath: string;
  /** e.g. "/clients/import"; omitted for roles that cannot write. */
  importHref?: string;
  params: Record<string, string>;
  labels: { export: string; exportHint: string; import: string };
  className?: string;
};

const button = buttonClass({ variant: "secondary" });

/**
 * "Export CSV" (the list as filtered, searched and sorted now: same parameters) and "Import a
 * CSV". Plain links: the export is a GET download that works without JavaScript.
 */
export function CsvListActions({ exportPath, importHref, params, labels, className = button }: CsvListActionsProps) {
  const query = new URLSearchParams(params);
  query.delete("page");
  const search = query.toString();
  return (
    <>
      <a
        href={search ? `${exportPath}?${search}` : exportPath}
        download
        title={labels.exportHint}
        className={className}
      >
        {labels.export}
      </a>
      {importHref ? (
        <Link href={importHref} className={className}>
          {labels.import}
        </Link>
      ) : null}
    </>
  );
}
