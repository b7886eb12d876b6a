import "server-only";
import sharp from "sharp";
import type { LogoType } from "./logo-file-type";

// Every logo is stored as a PNG of at most 600×300: one format to serve and to put in PDFs,
// metadata stripped, SVG rasterized here once (never served as SVG).

export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 300;
// A 1 MB PNG can still declare a gigantic canvas (decompression bomb): refuse beyond this.
const MAX_INPUT_PIXELS = 40_000_000;
const formatOf: Record<LogoType, string> = { "image/png": "png", "image/jpeg": "jpeg", "image/svg+xml": "svg" };

export type NormalizedLogo = { data: Buffer; width: number; height: number };

/** Throws when the image cannot be decoded (corrupt, truncated, or not what it claims). */
export async function normalizeLogo(bytes: Uint8Array, type: LogoType): Promise<NormalizedLogo> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" as const };
  const metadata = await sharp(bytes, options).metadata();
  if (metadata.format !== formatOf[type] || !metadata.width || !metadata.height) {
    throw new Error(`expected ${formatOf[type]}, decoded ${metadata.format}`);
  }
  // SVG: render at the density that fills the box, so a small drawing is not upscaled blurry.
  const density =
    type === "image/svg+xml"
      ? Math.min(2400, Math.max(1, 72 * Math.min(LOGO_MAX_WIDTH / metadata.width, LOGO_MAX_HEIGHT / metadata.height)))
      : undefined;
  const { data, info } = await sharp(bytes, { ...options, density })
    .autoOrient()
    .resize({ width: LOGO_MAX_WIDTH, height: LOGO_MAX_HEIGHT, fit: "inside", withoutEnlargement: true })
    .png({ compressionLevel: 9 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
