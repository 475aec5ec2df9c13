// A CLI command is a small module: its name, its help text, and run(). Exit codes are the
// contract: 0 success, 1 some input failed (per-file errors on stderr), 2 usage error.
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Full --help text (usage line first). */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
