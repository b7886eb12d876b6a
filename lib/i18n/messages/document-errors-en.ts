import type { documentErrorsFr } from "./document-errors-fr";

export const documentErrorsEn: typeof documentErrorsFr = {};
