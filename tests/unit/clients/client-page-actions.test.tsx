import { render, screen } from "@testing-library/react";
import ClientPage from "@/app/(app)/clients/[id]/page";
import type { ClientDetail } from "@/lib/clients/get-client";

// A client's page offers, for that client, a new invoice, a new quote and a new recurring
// invoice (each form reads ?client=) to the roles that write documents, while the client is
// active; the edit and archive actions follow clients.write.

const state: { role: string; client: ClientDetail } = { role: "OWNER", client: undefined as unknown as ClientDetail };

jest.mock("@/app/_shared/session", () => ({
  requireActiveMember: jest.fn(async () => ({ role: state.role, organizationId: "org1", userId: "u1" })),
}));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: jest.fn(async () => ({
    locale: "fr",
    messages: jest.requireActual("@/lib/i18n/messages/fr").fr,
  })),
}));
jest.mock("@/app/(app)/clients/[id]/load-client", () => ({ loadClient: jest.fn(async () => state.client) }));
jest.mock("@/lib/client-groups/list-groups", () => ({ listGroups: jest.fn(async () => []) }));
// The documents list, the toast, the archive/delete buttons and the groups form (server actions) are
// not this test's subject.
jest.mock("@/app/(app)/clients/[id]/client-documents", () => ({ ClientDocuments: () => null }));
jest.mock("@/app/(app)/clients/notice-toast", () => ({ NoticeToast: () => null }));
jest.mock("@/app/(app)/clients/[id]/client-lifecycle", () => ({ ClientLifecycle: () => null }));
jest.mock("@/app/(app)/clients/[id]/client-groups-form", () => ({ ClientGroupsForm: () => null }));

function client(overrides: Partial<ClientDetail> = {}): ClientDetail {
  return {
    id: "cl1",
    kind: "COMPANY",
    name: "Imprimerie Lune",
    legalName: "Imprimerie Lune SAS",
    firstName: null,
    lastName: null,
    siren: null,
    siret: null,
    vatNumber: null,
    billingAddressLine1: "1 rue de la Paix",
    billingAddressLine2: null,
    billingPostalCode: "75002",
    billingCity: "Paris",
    billingCountry: "FR",
    deliveryAddressLine1: null,
    deliveryAddressLine2: null,
    deliveryPostalCode: null,
    deliveryCity: null,
    deliveryCountry: null,
    emails: ["compta@lune.example"],
    phone: null,
    paymentTermsDays: null,
    paymentTermsEndOfMonth: false,
    language: null,
    notes: null,
    auxiliaryAccount: null,
    groups: [],
    documentCount: 0,
    archivedAt: null,
    createdAt: new Date("2026-01-05T10:00:00Z"),
    updatedAt: new Date("2026-01-05T10:00:00Z"),
    ...overrides,
  } as ClientDetail;
}

const page = async () =>
  render(await ClientPage({ params: Promise.resolve({ id: "cl1" }), searchParams: Promise.resolve({}) }));

beforeEach(() => {
  state.role = "OWNER";
  state.client = client();
});

it("offers a new invoice, quote and recurring invoice for the client, each form told the client", async () => {
  await page();
  expect(screen.getByRole("link", { name: "Nouvelle facture" })).toHaveAttribute("href", "/invoices/new?client=cl1");
  expect(screen.getByRole("link", { name: "Nouveau devis" })).toHaveAttribute("href", "/quotes/new?client=cl1");
  expect(screen.getByRole("link", { name: "Nouvelle facture récurrente" })).toHaveAttribute(
    "href",
    "/recurring/new?client=cl1",
  );
});

it("offers none of them to a read-only role, nor for an archived client", async () => {
  state.role = "ACCOUNTANT";
  const { unmount } = await page();
  expect(screen.queryByRole("link", { name: /^Nouve/ })).not.toBeInTheDocument();
  unmount();
  state.role = "OWNER";
  state.client = client({ archivedAt: new Date("2026-02-01T10:00:00Z") });
  await page();
  expect(screen.queryByRole("link", { name: /^Nouve/ })).not.toBeInTheDocument();
  // The owner still edits it.
  expect(screen.getByRole("link", { name: "Modifier" })).toHaveAttribute("href", "/clients/cl1/edit");
});
