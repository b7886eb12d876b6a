import "server-only";
import type { FileStorage, FileStorageClient, StoredFileInfo } from "./file-storage";

// Bytes in StoredFile.data: no extra service to run, backed up with the database. Fine for
// logos (≤ a few hundred kB after normalization).

const infoFields = {
  id: true,
  organizationId: true,
  purpose: true,
  contentType: true,
  byteSize: true,
  sha256: true,
  width: true,
  height: true,
  createdAt: true,
} as const;

export function createDatabaseFileStorage(client: FileStorageClient): FileStorage {
  return {
    async put(file): Promise<StoredFileInfo> {
      return client.storedFile.create({
        data: {
          organizationId: file.organizationId,
          purpose: file.purpose,
          contentType: file.contentType,
          byteSize: file.data.byteLength,
          sha256: file.sha256,
          width: file.width ?? null,
          height: file.height ?? null,
          data: new Uint8Array(file.data),
        },
        select: infoFields,
      });
    },

    async get(id) {
      const row = await client.storedFile.findUnique({ where: { id }, select: { ...infoFields, data: true } });
      if (!row || !row.data) return null;
      const { data, ...info } = row;
      return { info, data: new Uint8Array(data) };
    },

    async delete(id) {
      await client.storedFile.deleteMany({ where: { id } });
    },
  };
}
