// What the payment form shows before anything is checked (its method options, field lengths),
// apart from the schema (payment-schema.ts): the form imports these without zod, which it
// loads only to check a submit (issue 11: zod was 32 KB gzip of the invoice page's first JS).

export const PAYMENT_METHODS = ["TRANSFER", "CARD", "CHEQUE", "CASH", "OTHER"] as const;
export type PaymentMethodValue = (typeof PAYMENT_METHODS)[number];

export const paymentLimits = { reference: 100, note: 1000 } as const;
