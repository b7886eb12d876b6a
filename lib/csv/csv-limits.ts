// Limits of CSV import and export (documented in the README).

/** Largest file accepted for import. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_MEGABYTES = MAX_CSV_BYTES / 1024 / 1024;

/** Most data lines in one import (5 MB of short articles is well under it). */
export const MAX_CSV_ROWS = 50_000;

/** Most rows in one export; above it the user narrows the filters (the file is built in memory). */
export const MAX_EXPORT_ROWS = 50_000;

/** Valid rows shown in the import preview. */
export const PREVIEW_SAMPLE_SIZE = 50;

/** Rows per createMany inside the import transaction (≈ 12 000 bind parameters, far below PostgreSQL's 65 535). */
export const INSERT_BATCH_SIZE = 1000;
