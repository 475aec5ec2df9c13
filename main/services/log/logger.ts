// A small logger for the places that catch an error and carry on, and for every recovery: one
// JSON line per event in a file in the app's data folder (rotated by size), echoed to stderr when
// the CLI runs with --verbose. Unconfigured (unit tests), events are kept in a short ring only.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  at: string;
  level: LogLevel;
  event: string;
  data?: Record<string, unknown>;
}

export interface LoggerConfig {
  /** The log file (e.g. <data folder>/logs/bitext.log); none: no file. */
  file?: string;
  /** Echo to stderr (CLI --verbose). */
  verbose?: boolean;
  /** Rotate when the file passes this size: file → file.1 (one old generation kept). */
  maxBytes?: number;
  stderr?: (line: string) => void;
}

const RING = 200;
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

let config: LoggerConfig = {};
const recent: LogEntry[] = [];

export function configureLogger(c: LoggerConfig): void {
  config = { ...c };
  if (c.file) mkdirSync(path.dirname(c.file), { recursive: true });
}

/** The last events (newest last): tests and the "what happened" view. */
export function recentLog(): readonly LogEntry[] {
  return recent;
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

function write(level: LogLevel, event: string, data?: Record<string, unknown>): void {
  const clean = data ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v instanceof Error ? describe(v) : v])) : undefined;
  const entry: LogEntry = { at: new Date().toISOString(), level, event, ...(clean ? { data: clean } : {}) };
  recent.push(entry);
  if (recent.length > RING) recent.splice(0, recent.length - RING);
  const line = JSON.stringify(entry);
  if (config.verbose) (config.stderr ?? ((s: string) => process.stderr.write(s)))(`${line}\n`);
  if (!config.file) return;
  try {
    rotateIfNeeded(config.file, config.maxBytes ?? DEFAULT_MAX_BYTES);
    appendFileSync(config.file, `${line}\n`);
  } catch {
    // no-log: the log is best effort: a full disk must not turn a logged warning into a failure.
  }
}

function rotateIfNeeded(file: string, maxBytes: number): void {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    return; // no-log: no log file yet, nothing to rotate
  }
  if (size >= maxBytes) renameSync(file, `${file}.1`);
}

export const log = {
  debug: (event: string, data?: Record<string, unknown>) => write('debug', event, data),
  info: (event: string, data?: Record<string, unknown>) => write('info', event, data),
  warn: (event: string, data?: Record<string, unknown>) => write('warn', event, data),
  error: (event: string, data?: Record<string, unknown>) => write('error', event, data),
  /** For a file that may rightly be absent: absence stays silent, any other failure is a warning. */
  warnUnlessMissing: (event: string, error: unknown, data?: Record<string, unknown>) => {
    if ((error as NodeJS.ErrnoException | null)?.code !== 'ENOENT') write('warn', event, { ...data, error });
  },
};
