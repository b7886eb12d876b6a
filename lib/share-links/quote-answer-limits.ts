// The quote answer form's field lengths and the signature's size, apart from the schema
// (quote-answer-schema.ts): the public page's form imports these without zod, which it loads
// only to check a submit (issue 11: zod was 32 KB gzip of the public page's first JavaScript,
// on every share link, for a form that only quotes awaiting an answer show).

export const quoteAnswerLimits = {
  signerNameMax: 200,
  reasonMax: 1000,
  /** Bytes of the decoded PNG. */
  signatureMaxBytes: 200_000,
} as const;
