import { recordIdOrNull } from "@/lib/validation/record-id";
import { clientNotFound } from "./client-errors";

/** A client id from a URL or a form: anything malformed is simply a client that does not exist. */
export function parseClientId(raw: unknown): string {
  const id = recordIdOrNull(raw);
  if (id === null) throw clientNotFound();
  return id;
}
