import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

// axe-core run inside the page, as it is now, with all its default rules (WCAG 2.x A/AA and
// best practices): only the violations a person is actually
// blocked by ("serious" and "critical"), each as one readable line naming the page, the
// width, the rule and the elements, so that a failing run says what to fix.

const BLOCKING = new Set(["serious", "critical"]);

export async function blockingViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const width = page.viewportSize()?.width ?? 0;
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 4)
        .map((node) => `${node.target.join(" ")}${node.failureSummary ? ` (${firstLine(node.failureSummary)})` : ""}`)
        .join("; ");
      const more = violation.nodes.length > 4 ? ` … +${violation.nodes.length - 4}` : "";
      return `${label} @${width}px: ${violation.id} [${violation.impact}] ${violation.help} — ${targets}${more}`;
    });
}

function firstLine(summary: string): string {
  return summary.split("\n").slice(1, 2).join("").trim();
}
