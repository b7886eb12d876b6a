import { z } from "zod";
import { clientNotFound } from "./client-errors";

const idSchema = z.string().trim().min(1).max(64);

/** A client id from a URL or a form: anything malformed is simply a client that does not exist. */
export function parseClientId(raw: unknown): string {
  const result = idSchema.safeParse(raw);
  if (!result.success) throw clientNotFound();
  return result.data;
}
