import { AppError } from "@/lib/errors/app-error";

/** A refused logo file: shown under the file field (the code is a settings.validation key). */
export function logoRefused(code: string, message: string): AppError {
  return new AppError("VALIDATION", code, message, { fieldErrors: { logo: [code] } });
}
