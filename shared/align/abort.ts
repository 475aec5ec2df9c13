// Cooperative cancellation: long loops call this every few hundred rows.

export interface AbortFlag {
  aborted: boolean;
}

export function throwIfAborted(signal: AbortFlag | undefined): void {
  if (signal?.aborted) {
    const e = new Error('Alignment aborted');
    e.name = 'AbortError';
    throw e;
  }
}
