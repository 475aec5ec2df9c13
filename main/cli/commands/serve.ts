import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatErrorEn, toApiError } from '../../../shared/api/errors.js';
import { startBridgeServer } from '../../http/server.js';
import { appPaths, configDir, defaultProjectDir } from '../../runtime-paths.js';
import { openWorkbench } from '../../services/open-workbench.js';
import { parseCommandArgs, rejectPositionals } from '../options.js';
import { EXIT_INPUT_FAILED, UsageError, type CliCommand } from '../types.js';

const help = `Usage: bitext serve [--port N] [--project DIR] [--empty]

Serves the workbench to a browser on this machine (127.0.0.1 only). The first line printed is
  Listening on http://127.0.0.1:PORT/?token=…
Every request needs that per-launch token. Stop with Ctrl+C.

Options:
  --port N        port to listen on (default: a free port)
  --project DIR   project folder (created if missing; a new project gets the sample corpus)
                  default: the last project opened, else the sample project
  --empty         do not put the sample corpus into a new project
  --help          this help
`;

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the app on a loopback port, for a browser',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' }, project: { type: 'string' }, empty: { type: 'boolean' } });
    rejectPositionals(positionals);
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535`);

    const dist = path.dirname(fileURLToPath(import.meta.url));
    const paths = appPaths(dist);
    const cfg = configDir();
    const projectDir = path.resolve(io.cwd, values.project ?? defaultProjectDir());
    let opened;
    try {
      opened = await openWorkbench({
        projectDir,
        configDir: cfg,
        worker: { script: paths.analyzeWorker },
        ...(values.empty ? {} : { sampleCorpusDir: paths.sampleCorpusDir }),
      });
    } catch (e) {
      io.stderr(`bitext serve: ${projectDir}: ${formatErrorEn(toApiError(e))}\n`);
      return EXIT_INPUT_FAILED;
    }
    const server = await startBridgeServer({ service: opened.service, rendererDir: paths.rendererDir, port });
    io.stdout(`Listening on ${server.url}\n`);
    io.stderr(`Project: ${projectDir}${opened.recoveredFrom ? ` (recovered from ${opened.recoveredFrom})` : ''}\n`);
    for (const r of opened.recoveries) io.stderr(`Recovery: ${r}\n`);
    if (opened.lockedBy)
      io.stderr(`Read-only: ${formatErrorEn({ code: 'project.locked', params: { pid: opened.lockedBy.pid, host: opened.lockedBy.host } })}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await opened.service.close();
    return 0;
  },
};
