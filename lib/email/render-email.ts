import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";

/** What every template builder returns: ready for `queueEmail({ ...email, to })`. */
export type RenderedEmail = { template: string; subject: string; html: string; text: string };

/**
 * HTML and plain-text versions of an email component.
 *
 * Called from server actions and route handlers, i.e. Next's React Server Components layer.
 * @react-email/render never imports `react-dom/server` statically (Next rejects that at build
 * time in the server graph); it loads it with a dynamic `import()` at render time, which Next
 * maps, on the Node.js runtime, to its own compiled `react-dom/server.node` paired with the
 * client build of React. On the Edge runtime, or with a bundler that resolves `react-dom/server`
 * with the plain `react-server` condition, that import throws: see the error below.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  try {
    const [html, text] = await Promise.all([
      render(element),
      // html-to-text shouts headings in capitals by default; keep them as written.
      render(element, {
        plainText: true,
        htmlToTextOptions: { selectors: [{ selector: "h1", options: { uppercase: false } }] },
      }),
    ]);
    return { html, text };
  } catch (error) {
    if (error instanceof Error && error.message.includes("not supported in React Server Components")) {
      throw new Error(
        "Email rendering needs react-dom/server, which this bundle resolved to its React Server Components " +
          'stub. Render emails on the Node.js runtime, not `export const runtime = "edge"`; if this is the ' +
          'Node.js runtime, list "@react-email/render" in serverExternalPackages (next.config.mjs).',
        { cause: error },
      );
    }
    throw error;
  }
}
