// Splits picked or dropped files into upload requests of bounded size: one huge request would
// hold every file in memory at once and hit the server's body limit.
export const MAX_BATCH_BASE64 = 8 * 1024 * 1024;
export const MAX_BATCH_FILES = 200;
/** Base64 length the contract accepts for one file (70 MB); larger files are refused here. */
export const MAX_FILE_BASE64 = 70 * 1024 * 1024;
/** The import limit the server applies to file contents (reported in the refusal message). */
export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** Groups item indexes into batches; a file larger than a batch travels alone. */
export function planBatches(sizes: readonly number[], maxBase64 = MAX_BATCH_BASE64, maxFiles = MAX_BATCH_FILES): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let currentSize = 0;
  sizes.forEach((size, i) => {
    const len = base64Length(size);
    if (current.length > 0 && (currentSize + len > maxBase64 || current.length >= maxFiles)) {
      batches.push(current);
      current = [];
      currentSize = 0;
    }
    current.push(i);
    currentSize += len;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
