// The send dialog's field lengths, apart from its schema (send-document-schema.ts): the dialog
// imports these without zod, which it loads only to check a submit (issue 11).

export const sendLimits = { subject: 300, message: 5000, recipients: 50 } as const;
