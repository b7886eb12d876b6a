import type { paymentsFr } from "./payments-fr";

export const paymentsEn: typeof paymentsFr = {};
