import type { Result } from "lighthouse";

/**
 * What a Lighthouse run says about a page beyond its scores, in figures that do not depend on
 * the machine's load (the mobile score moves by ±10 on a shared machine; these do not):
 * - the JavaScript the page loads (gzip bytes over the wire, bytes once decoded, file count);
 * - the requests made after the load event (Next.js prefetching links, lazily loaded chunks),
 *   and among them the RSC payloads (`?_rsc=`, what `<Link>` prefetches);
 * - TBT, the main-thread time the mobile score weighs most (not load-independent, shown to
 *   explain the score).
 */
export type PageFigures = {
  jsTransferBytes: number;
  jsDecodedBytes: number;
  jsFiles: number;
  requestsAfterLoad: number;
  rscAfterLoad: number;
  tbtMs: number;
};

type NetworkRow = {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
  rendererStartTime?: number;
};

export function pageFigures(lhr: Result): PageFigures {
  const network = lhr.audits["network-requests"]?.details as
    { items?: NetworkRow[]; debugData?: { networkStartTimeTs?: number } } | undefined;
  const rows = network?.items ?? [];
  const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number | undefined>[] } | undefined)
    ?.items?.[0];
  // The load event, in the network table's time base (ms after the first request started).
  const startTs = network?.debugData?.networkStartTimeTs;
  const loadTs = metrics?.observedLoadTs;
  const loadMs = startTs !== undefined && loadTs !== undefined ? (loadTs - startTs) / 1000 : Infinity;
  const scripts = rows.filter((row) => row.resourceType === "Script");
  const afterLoad = rows.filter((row) => (row.rendererStartTime ?? 0) > loadMs);
  return {
    jsTransferBytes: sum(scripts.map((row) => row.transferSize ?? 0)),
    jsDecodedBytes: sum(scripts.map((row) => row.resourceSize ?? 0)),
    jsFiles: scripts.length,
    requestsAfterLoad: afterLoad.length,
    rscAfterLoad: afterLoad.filter((row) => new URL(row.url).searchParams.has("_rsc")).length,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** "143/498 KB 12 f" — JS gzip/decoded kilobytes and files. */
export function formatJs(figures: PageFigures): string {
  const kb = (bytes: number) => Math.round(bytes / 1024);
  return `${kb(figures.jsTransferBytes)}/${kb(figures.jsDecodedBytes)} KB ${figures.jsFiles} f`;
}
