import { csvEmpty, csvNotCsv, csvNotText, csvTooLarge } from "./csv-errors";
import { MAX_CSV_BYTES } from "./csv-limits";

/** An uploaded file as the import functions receive it (the shell reads the request). */
export type CsvUpload = { name: string; bytes: Uint8Array };

// C0 control characters that never appear in a text CSV (tab, line breaks, vertical tab and
// form feed are allowed: Excel writes some of them inside cells).
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * The file's text. Accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and falls back to
 * Windows-1252 — what Excel FR writes for "CSV (séparateur : point-virgule)" — when the bytes
 * are not valid UTF-8. Refuses other extensions, empty, too large and binary files.
 */
export function decodeCsvUpload(upload: CsvUpload): string {
  if (!/\.csv$/i.test(upload.name.trim())) throw csvNotCsv();
  const { bytes } = upload;
  if (bytes.byteLength > MAX_CSV_BYTES) throw csvTooLarge();
  if (bytes.byteLength === 0) throw csvEmpty();
  const text = decodeText(bytes).replace(/^\uFEFF/, "");
  if (BINARY_CONTROL.test(text)) throw csvNotText();
  if (text.trim() === "") throw csvEmpty();
  return text;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
