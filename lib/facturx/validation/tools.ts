import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// Where the validation chain finds its pieces. The official rule sets are data published by
// their owners (FNFE-MPE, CEN, the French CTC rules): they are read from a folder outside the
// repository, never copied into it. The Java side comes from Debian packages (.ci/run installs
// them), so the jar paths are Debian's.

/** Env variable naming the folder of the official rule sets. */
export const RULES_DIR_VARIABLE = "FACTURX_VALIDATION_DIR";

/**
 * The folder of the official rule sets: $FACTURX_VALIDATION_DIR, else `../shared/facturx-validation`
 * beside the repository. Like lib/pdf/register-fonts.ts, the repository root is the working
 * directory: npm scripts and jest both run from it.
 */
export function rulesDir(): string {
  const configured = process.env[RULES_DIR_VARIABLE];
  return configured ? path.resolve(configured) : path.resolve(process.cwd(), "..", "shared", "facturx-validation");
}

/** The files of the rule-set folder, relative to it. */
export const RULE_FILES = {
  xsd: "facturx-1.09-en16931/Factur-X_EN16931.xsd",
  facturx: "facturx-1.09-en16931/Factur-X_1.09_EN16931.xsl",
  // Read by the Factur-X XSL through document() relative to itself: it must stay next to it.
  facturxCodeDb: "facturx-1.09-en16931/FACTUR-X_EN16931_codedb.xml",
  en16931: "en16931-cii/EN16931-CII-validation.xslt",
  brFr: "br-fr-flux2/BR-FR-Flux2-Schematron-CII.xslt",
} as const;

export function ruleFile(name: keyof typeof RULE_FILES): string {
  return path.join(rulesDir(), RULE_FILES[name]);
}

export const SAXON_JAR = "/usr/share/java/Saxon-HE.jar";

/**
 * PDFBox Preflight and what it loads, all from Debian: preflight.jar, pdfbox2.jar and xmpbox.jar
 * (libpdfbox2-java), fontbox2.jar (libfontbox2-java) and commons-logging.jar
 * (libcommons-logging-java), both pulled in by libpdfbox2-java, and javax.activation.jar
 * (libactivation-java) and jaxb-api.jar (libjaxb-api-java), which Preflight needs on Java 11+ but
 * the package does not depend on.
 */
export const PREFLIGHT_JARS: Readonly<Record<string, string>> = {
  "/usr/share/java/preflight.jar": "libpdfbox2-java",
  "/usr/share/java/pdfbox2.jar": "libpdfbox2-java",
  "/usr/share/java/xmpbox.jar": "libpdfbox2-java",
  "/usr/share/java/fontbox2.jar": "libfontbox2-java",
  "/usr/share/java/commons-logging.jar": "libcommons-logging-java",
  "/usr/share/java/javax.activation.jar": "libactivation-java",
  "/usr/share/java/jaxb-api.jar": "libjaxb-api-java",
};

/**
 * JVM options for the short runs here (one batch, a few seconds): C1-only JIT and the serial GC.
 * The C2 compiler threads never pay off in a run this short and compete with the work for the
 * cores: the three rule sets over 12 invoices took 4.3 s wall / 7.2 s CPU with the defaults,
 * 2.9 s / 3.0 s with these (2-core machine, same load).
 */
export const JVM_OPTIONS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"] as const;

export interface ToolCheck {
  available: boolean;
  /** What is missing, each with the Debian package (or setting) that provides it. */
  missing: string[];
}

function commandRuns(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).error === undefined;
}

function check(missing: string[]): ToolCheck {
  return { available: missing.length === 0, missing };
}

/** What validateFacturxXmls needs: java, Saxon-HE, xmllint and the rule sets. */
export function facturxValidationTools(): ToolCheck {
  const missing: string[] = [];
  if (!commandRuns("java", ["-version"])) missing.push("java (apt: default-jre-headless)");
  if (!existsSync(SAXON_JAR)) missing.push(`${SAXON_JAR} (apt: libsaxonhe-java)`);
  if (!commandRuns("xmllint", ["--version"])) missing.push("xmllint (apt: libxml2-utils)");
  const absent = Object.values(RULE_FILES).filter((file) => !existsSync(path.join(rulesDir(), file)));
  if (!existsSync(rulesDir())) {
    missing.push(`the official rule sets: no folder ${rulesDir()} (set ${RULES_DIR_VARIABLE} to their folder)`);
  } else if (absent.length > 0) {
    missing.push(
      `the official rule sets in ${rulesDir()} (${absent.join(", ")}; set ${RULES_DIR_VARIABLE} to their folder)`,
    );
  }
  return check(missing);
}

/** What the PDF helpers need: poppler (pdfdetach, pdffonts), qpdf, and java with PDFBox Preflight. */
export function facturxPdfTools(): ToolCheck {
  const missing: string[] = [];
  for (const tool of ["pdfdetach", "pdffonts"]) {
    if (!commandRuns(tool, ["-v"])) missing.push(`${tool} (apt: poppler-utils)`);
  }
  if (!commandRuns("qpdf", ["--version"])) missing.push("qpdf (apt: qpdf)");
  if (!commandRuns("java", ["-version"])) missing.push("java (apt: default-jre-headless)");
  for (const [jar, pkg] of Object.entries(PREFLIGHT_JARS)) {
    if (!existsSync(jar)) missing.push(`${jar} (apt: ${pkg})`);
  }
  return check(missing);
}
