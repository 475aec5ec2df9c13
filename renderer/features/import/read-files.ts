// Browser side of importing: collect Files (picked or dropped, folders included) and encode them.
import type { ApiInput, RejectedFile } from '../../../shared/api/contract.js';
import { base64Length, IMPORT_LIMIT_BYTES, MAX_FILE_BASE64 } from './upload-batches.js';

export type Upload = ApiInput<'importUploads'>['files'][number];

export interface PickedFile {
  file: File;
  /** Folder-relative path ("folder/sub/a.txt"), or the bare name for single files. */
  relPath: string;
}

export function fromFileList(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({ file, relPath: file.webkitRelativePath || file.name }));
}

export function readAsUpload({ file, relPath }: PickedFile): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      // A data: URL is the cheapest way to base64 in a browser; keep what follows the comma.
      const url = String(reader.result);
      resolve({ name: file.name, relPath, dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** Files too big for the upload contract are refused here, with the server's own error code. */
export function refuseOversized(files: PickedFile[], now: string): { accepted: PickedFile[]; refused: RejectedFile[] } {
  const accepted: PickedFile[] = [];
  const refused: RejectedFile[] = [];
  for (const f of files) {
    if (base64Length(f.file.size) > MAX_FILE_BASE64) {
      refused.push({ name: f.relPath, at: now, error: { code: 'import.tooLarge', params: { size: f.file.size, limit: IMPORT_LIMIT_BYTES } } });
    } else accepted.push(f);
  }
  return { accepted, refused };
}

function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in chunks (about 100 in Chromium) until it returns an empty array.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((entries) => {
        if (entries.length === 0) resolve(all);
        else {
          all.push(...entries);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, relPath: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/** Everything dropped, walking into dropped folders (entries must be taken during the drop event). */
export async function collectDropped(dt: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(dt.items, (item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  if (entries.every((e) => e === null)) return fromFileList(dt.files);
  const out: PickedFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, out);
  return out;
}
