// Payments (règlements): form, list, errors (French reference).
export const paymentsFr = {};
