import "server-only";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createDatabaseFileStorage } from "./database-file-storage";

// Where uploaded bytes live. Every file has a StoredFile row (owner organization, type, size,
// sha256, dimensions); a backend decides where the bytes go. Only the database backend
// exists today (StoredFile.data); a folder or S3 backend would write the bytes elsewhere,
// keep their key in StoredFile.storageKey, and be chosen in createFileStorage below.

export type NewFile = {
  organizationId: string;
  /** What the file is for ("logo", later "pdf"…). */
  purpose: string;
  contentType: string;
  data: Uint8Array;
  sha256: string;
  width?: number | null;
  height?: number | null;
};

export type StoredFileInfo = {
  id: string;
  organizationId: string;
  purpose: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  width: number | null;
  height: number | null;
  createdAt: Date;
};

/**
 * Ids are not a permission: callers find them through rows of the acting organization
 * (e.g. the organization's settings) and never take one from a client.
 */
export interface FileStorage {
  put(file: NewFile): Promise<StoredFileInfo>;
  get(id: string): Promise<{ info: StoredFileInfo; data: Uint8Array } | null>;
  /** Deleting a missing file is not an error (replacements may race). */
  delete(id: string): Promise<void>;
}

/** Database client or transaction the storage writes its rows with. */
export type FileStorageClient = Pick<Prisma.TransactionClient, "storedFile">;

/**
 * The storage backend. Pass a transaction to make the row part of it (the database backend
 * then stores bytes and row atomically; an external backend could only leave an orphan
 * object behind on rollback, to be swept later).
 */
export function createFileStorage(client: FileStorageClient = db): FileStorage {
  return createDatabaseFileStorage(client);
}
