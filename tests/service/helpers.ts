import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openWorkbench } from '../../main/services/open-workbench';
import type { WorkbenchService } from '../../main/services/workbench-service';

export const root = path.resolve(__dirname, '../..');
export const corpus = path.join(root, 'corpus');

/** A fresh project seeded with the sample corpus (or the files of `dir`), in a temp folder removed by cleanup(). */
export async function sampleWorkbench(dir: string = corpus) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-wb-'));
  const open = () => openWorkbench({ projectDir: path.join(tmp, 'proj'), configDir: path.join(tmp, 'cfg'), sampleCorpusDir: dir });
  const first = await open();
  return {
    tmp,
    service: first.service,
    reopen: open,
    cleanup: async () => {
      await first.service.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * One sampleWorkbench() for the tests of the calling file or describe block: opened in beforeAll,
 * closed and removed in afterAll. Read the fields inside tests (they are set once beforeAll ran).
 */
export function useSampleWorkbench(): { readonly service: WorkbenchService; readonly tmp: string; reopen: SampleWorkbench['reopen'] } {
  let wb: SampleWorkbench | undefined;
  beforeAll(async () => {
    wb = await sampleWorkbench();
  });
  afterAll(() => wb?.cleanup());
  const started = (): SampleWorkbench => {
    if (!wb) throw new Error('the sample workbench is not open yet (read it inside a test)');
    return wb;
  };
  return {
    get service() {
      return started().service;
    },
    get tmp() {
      return started().tmp;
    },
    reopen: () => started().reopen(),
  };
}

type SampleWorkbench = Awaited<ReturnType<typeof sampleWorkbench>>;
