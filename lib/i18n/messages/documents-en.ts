import type { documentsFr } from "./documents-fr";

export const documentsEn: typeof documentsFr = {};
