import { calendarFromDate } from "@/lib/documents/calendar-date";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";

export type PaymentView = {
  id: string;
  documentId: string;
  /** "YYYY-MM-DD" */
  date: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  note: string | null;
  createdById: string | null;
  createdAt: Date;
};

export const paymentSelect = {
  id: true,
  documentId: true,
  date: true,
  amountCents: true,
  method: true,
  reference: true,
  note: true,
  createdById: true,
  createdAt: true,
} as const;

export function paymentView(row: {
  id: string;
  documentId: string;
  date: Date;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  note: string | null;
  createdById: string | null;
  createdAt: Date;
}): PaymentView {
  return { ...row, date: calendarFromDate(row.date) };
}
