// `bitext` — the command-line front. Runs on plain Node (no Electron).
import path from 'node:path';
import { configureLogger } from '../services/log/logger.js';
import { configDir } from '../runtime-paths.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_USAGE, UsageError, type CliIo } from './types.js';

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: bitext <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'bitext <command> --help' for a command's options.",
    'Exit codes: 0 success, 1 some input failed (details on stderr), 2 usage error.',
    'Every command takes --verbose (also prints the log; the log file is in the settings folder, logs/bitext.log).',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(mainHelp() + '\n');
    return name ? 0 : EXIT_USAGE;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`bitext: unknown command '${name}'\n\n${mainHelp()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(cmd.help.trimEnd() + '\n');
    return 0;
  }
  // Warnings and recoveries go to a rotated log file in the settings folder; --verbose echoes them.
  configureLogger({ file: path.join(configDir(), 'logs', 'bitext.log'), verbose: rest.includes('--verbose'), stderr: io.stderr });
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bitext ${cmd.name}: ${(e as Error).message}\n\n${cmd.help.trimEnd()}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
