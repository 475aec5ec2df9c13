import { WorkbenchError } from '../../../shared/api/errors.js';

/** A short reason for import.unreadable from a Node fs error code. */
export function reasonForFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

export function unreadable(err: unknown, path: string): WorkbenchError {
  return new WorkbenchError('import.unreadable', { reason: reasonForFsError(err) }, `${path}: ${String(err)}`);
}
