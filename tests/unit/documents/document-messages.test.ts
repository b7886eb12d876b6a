import { AppError } from "@/lib/errors/app-error";
import * as documentErrors from "@/lib/documents/document-errors";
import { documentDbError } from "@/lib/documents/document-db-errors";
import { documentInput } from "@/lib/documents/document-schema";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

// Every code the document functions can throw, and every field message of documentInput and
// of their fieldErrors, has a French and an English text.

const line = (overrides: Record<string, unknown> = {}) => ({
  description: "Ligne",
  quantity: "1",
  unit: "piece",
  unitPrice: "10",
  vatRate: "2000",
  ...overrides,
});

/** Inputs that, together, make documentInput produce each of its messages. */
const invalidInputs: unknown[] = [
  {},
  { clientId: "c", lines: [] },
  { clientId: "c", lines: Array.from({ length: 501 }, () => line()) },
  { clientId: "c", language: "de", paymentTermsDays: "400", issueDate: "2026-13-45", lines: [line()] },
  { clientId: "c", issueDate: "2026-03-10", dueDate: "2026-03-01", validUntil: "2026-03-01", lines: [line()] },
  { clientId: "c", discountKind: "X", discountValue: "1", lines: [line()] },
  { clientId: "c", discountKind: "PERCENT", discountValue: "150", lines: [line()] },
  { clientId: "c", discountKind: "AMOUNT", discountValue: "50", lines: [line()] },
  { clientId: "c", lines: [line({ quantity: "10000000", unitPrice: "20000000" })] },
  {
    clientId: "c",
    lines: [
      line({ description: "", quantity: "", unit: "", unitPrice: "", vatRate: "19", kind: "X" }),
      line({ quantity: "abc", unitPrice: "abc" }),
      line({ quantity: "1,2345", unitPrice: "1,234" }),
      line({ quantity: "0", unitPrice: "-5" }),
      line({ unitPrice: "99999999999" }),
      line({ description: "x".repeat(3000), discountKind: "AMOUNT", discountValue: "20" }),
    ],
  },
];

function schemaMessages(): Set<string> {
  const messages = new Set<string>();
  for (const input of invalidInputs) {
    const result = documentInput.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) for (const issue of result.error.issues) messages.add(issue.message);
  }
  return messages;
}

function thrownErrors(): AppError[] {
  const errors: AppError[] = [];
  for (const [name, make] of Object.entries(documentErrors)) {
    const args =
      name === "documentArticleNotFound" ? [[0, 2]] : name === "sellerIdentityIncomplete" ? [["siren"]] : ["X"];
    const error = (make as (...args: unknown[]) => unknown)(...args);
    if (error instanceof AppError) errors.push(error);
  }
  expect(errors.length).toBe(Object.keys(documentErrors).length);
  const triggerCodes = [
    "document_frozen",
    "credit_note_without_invoice",
    "credit_note_target_not_issued",
    "credit_exceeds_invoice",
    "payment_frozen",
    "payment_amount_positive",
    "payment_not_payable",
    "payment_exceeds_balance",
  ];
  for (const code of triggerCodes) {
    const mapped = documentDbError(new Error(`Database error. Message: \`facturo:${code}\``));
    expect(mapped?.code).toBe(code);
    errors.push(mapped!);
  }
  return errors;
}

describe.each([
  ["fr", fr],
  ["en", en],
])("document messages (%s)", (_locale, catalogue) => {
  // The payment refusals' field messages belong to the payment form (paymentValidation).
  const fieldTexts: Record<string, string> = {
    ...catalogue.validation,
    ...catalogue.documentValidation,
    ...catalogue.paymentValidation,
  };

  it("has a field text for every message of documentInput", () => {
    const messages = [...schemaMessages()];
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((message) => !fieldTexts[message])).toEqual([]);
  });

  it("has an error text for every code the document functions throw, and field texts for their fieldErrors", () => {
    const errors = thrownErrors();
    const codes = errors.map((error) => error.code);
    expect(codes.filter((code) => !(code in catalogue.documentErrors))).toEqual([]);
    const fieldMessages = errors.flatMap((error) => Object.values(error.details.fieldErrors ?? {}).flat());
    expect(fieldMessages.filter((message) => !fieldTexts[message])).toEqual([]);
  });
});

it("maps unique and foreign-key violations by constraint, and leaves other errors alone", () => {
  const driverError = (kind: string, originalCode: string, originalMessage: string) =>
    Object.assign(new Error("Invalid invocation"), {
      code: kind === "UniqueConstraintViolation" ? "P2002" : "P2003",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind, originalCode, originalMessage } } },
    });
  expect(
    documentDbError(
      driverError(
        "UniqueConstraintViolation",
        "23505",
        'duplicate key value violates unique constraint "Document_organizationId_number_key"',
      ),
    )?.code,
  ).toBe("number_taken");
  expect(
    documentDbError(
      driverError(
        "ForeignKeyConstraintViolation",
        "23503",
        'insert or update on table "DocumentLine" violates foreign key constraint "DocumentLine_organizationId_articleId_fkey"',
      ),
    )?.code,
  ).toBe("article_not_found");
  expect(
    documentDbError(
      driverError(
        "ForeignKeyConstraintViolation",
        "23503",
        'update or delete on table "Document" violates foreign key constraint "Document_organizationId_creditedInvoiceId_fkey" on table "Document"',
      ),
    )?.code,
  ).toBe("document_in_use");
  // A digit run in an id is not a code.
  expect(documentDbError(new Error("document cm23505p2002 not found"))).toBeNull();
  expect(
    documentDbError(
      driverError(
        "UniqueConstraintViolation",
        "23505",
        'duplicate key value violates unique constraint "User_email_key"',
      ),
    ),
  ).toBeNull();
});
