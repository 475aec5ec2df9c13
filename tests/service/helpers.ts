import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkbench } from '../../main/services/open-workbench';

export const root = path.resolve(__dirname, '../..');
export const corpus = path.join(root, 'corpus');

/** A fresh project seeded with the sample corpus, in a temp folder removed by cleanup(). */
export async function sampleWorkbench() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-wb-'));
  const open = () => openWorkbench({ projectDir: path.join(tmp, 'proj'), configDir: path.join(tmp, 'cfg'), sampleCorpusDir: corpus });
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
