// Process entry of the bundled CLI (dist/cli.js).
import { runCli } from './index.js';

const io = {
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
  cwd: process.cwd(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bitext: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
