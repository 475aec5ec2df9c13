// Importing one large file: the import job's progress moves while that file is analysed (shares
// of the file between 0 and 1), and the file is imported as usual. The analyzer here tells its
// shares at a set pace (the real analysis's shares are tested in tests/import/analyze-progress),
// so what is tested is the forwarding into the job, on any machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/api/contract.js';
import { ProjectStore } from '../../main/services/project/project-store';
import { SettingsStore } from '../../main/services/settings-store';
import { WorkbenchService } from '../../main/services/workbench-service';
import { createInProcessAnalyzer, type Analyzer } from '../../main/services/workers/analyzer';
import { largeEnglishText } from '../helpers/large-text';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-progress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The real analysis, with its share told at 0.25, 0.5, 0.75 first, 80 ms apart (above the job's 50 ms throttle). */
function pacedAnalyzer(): Analyzer {
  const real = createInProcessAnalyzer();
  return {
    ...real,
    async analyze(req, run = {}) {
      for (const share of [0.25, 0.5, 0.75]) {
        await sleep(80);
        run.onProgress?.(share);
      }
      // The real analysis's own shares go back to 0 (as an analysis started again would): never shown.
      return real.analyze(req, run);
    },
  };
}

describe('import progress within one large file', () => {
  it('sends job events with a share of the file done before it ends', async () => {
    const { store } = await ProjectStore.open(path.join(tmp, 'proj'), { create: true });
    const settings = await SettingsStore.open(path.join(tmp, 'cfg'));
    const service = new WorkbenchService({ store, settings, analyzer: pacedAnalyzer() });
    try {
      const file = path.join(tmp, 'large-report.txt');
      writeFileSync(file, largeEnglishText(300_000));
      const events: JobInfo[] = [];
      const off = service.onEvent((e) => {
        if (e.type === 'job' && e.job.kind === 'import') events.push(e.job);
      });
      const report = await service.importPaths([file]);
      off();
      expect(report.imported.map((d) => d.name)).toEqual(['large-report.txt']);
      const within = events.filter((e) => e.state === 'running' && e.done > 0 && e.done < 1).map((e) => e.done);
      expect(within).toEqual(expect.arrayContaining([0.25, 0.5, 0.75]));
      for (let i = 1; i < events.length; i++) expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
      expect(events.at(-1)).toMatchObject({ state: 'done', done: 1, total: 1 });
    } finally {
      await service.close();
    }
  }, 60_000);
});
