import { einvoiceOfDocument } from "@/lib/facturx/einvoice-of-document";
import { einvoiceProblems } from "@/lib/facturx/einvoice-problems";
import { writeCiiXml } from "@/lib/facturx/write-cii";
import { facturxShapes, randomShapes, type Shape } from "@/tests/support/facturx-shapes";
import {
  describeWithFacturxValidation,
  FACTURX_VALIDATION_TIMEOUT,
  formatFindings,
  validateFacturxXmls,
  type ValidationResult,
} from "@/tests/support/facturx-validation";

// Every shape of document the product can issue (tests/support/facturx-shapes.ts), plus random
// ones, written as Factur-X XML and run through the four official checks — Factur-X 1.09 XSD,
// EN 16931 CII, Factur-X 1.09 EN16931 schematron, French BR-FR Flux 2 — in one batch (each call
// costs the Java start-up). Each must pass with zero errors; warnings are printed, not failed.
// No database: the documents are built in memory with the real computeTotals.

const RANDOM_SHAPES = 40;

const shapes: Shape[] = [...facturxShapes(), ...randomShapes(RANDOM_SHAPES)];

describeWithFacturxValidation("Factur-X XML of every document shape", () => {
  let result: ValidationResult;

  beforeAll(async () => {
    result = await validateFacturxXmls(
      shapes.map((shape) => ({
        name: shape.name,
        xml: writeCiiXml(einvoiceOfDocument(shape.document, shape.seller, shape.client)),
      })),
    );
    const warned = Object.fromEntries(Object.entries(result).filter(([, findings]) => findings.warnings.length > 0));
    if (Object.keys(warned).length > 0) console.log(`Factur-X warnings:\n${formatFindings(warned)}`);
  }, FACTURX_VALIDATION_TIMEOUT * 2);

  it.each(shapes.map((shape) => [shape.name, shape] as const))("%s: einvoiceProblems finds nothing", (_, shape) => {
    expect(einvoiceProblems(shape.document, shape.seller, shape.client)).toEqual([]);
  });

  it.each(shapes.map((shape) => [shape.name] as const))("%s: zero errors in the four checks", (name) => {
    const findings = result[name];
    expect(findings).toBeDefined();
    if (findings!.errors.length > 0) throw new Error(formatFindings({ [name]: findings! }, { warnings: false }));
  });
});
