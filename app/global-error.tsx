"use client";

import { ErrorView } from "@/components/error-view";
import "./globals.css";

// Replaces the root layout when it fails itself, so it renders its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body className="font-sans">
        <ErrorView digest={error.digest} onRetry={reset} />
      </body>
    </html>
  );
}
