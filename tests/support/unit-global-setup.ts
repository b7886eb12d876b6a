import { buildReactPdfBundle } from "./react-pdf-bundle";

export default async function globalSetup(): Promise<void> {
  await buildReactPdfBundle();
}
