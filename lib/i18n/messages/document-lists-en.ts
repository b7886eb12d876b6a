import type { documentListsFr } from "./document-lists-fr";

export const documentListsEn: typeof documentListsFr = {};
