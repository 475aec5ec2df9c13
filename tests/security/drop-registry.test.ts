import { describe, expect, it } from 'vitest';
import { DROP_TTL_MS, DropRegistry } from '../../main/security/drop-registry';

describe('dropped paths', () => {
  it('accepts only paths recorded from a drop, once each, for a short while', () => {
    let t = 1000;
    const r = new DropRegistry(() => t);
    r.record(['/home/ed/a.txt', '/home/ed/folder']);
    expect(r.take(['/home/ed/a.txt', '/etc/passwd'])).toEqual({ accepted: ['/home/ed/a.txt'], refused: ['/etc/passwd'] });
    // Used once.
    expect(r.take(['/home/ed/a.txt']).accepted).toEqual([]);
    t += DROP_TTL_MS + 1;
    expect(r.take(['/home/ed/folder']).accepted).toEqual([]);
  });

  it('ignores anything that is not a list of path strings', () => {
    const r = new DropRegistry();
    r.record('/etc/passwd');
    r.record([42, null, '', '/ok']);
    expect(r.take(['/etc/passwd', '/ok'])).toEqual({ accepted: ['/ok'], refused: ['/etc/passwd'] });
  });
});

describe('importDropped through the service', () => {
  it('imports the dropped file and refuses a path the renderer made up', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { openWorkbench } = await import('../../main/services/open-workbench');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-drop-'));
    const dropped = path.join(tmp, 'dropped.txt');
    const secret = path.join(tmp, 'secret.txt');
    writeFileSync(dropped, 'A dropped article with a sentence.\n');
    writeFileSync(secret, 'Not dropped by the editor.\n');
    const drops = new DropRegistry();
    drops.record([dropped]);
    const { service } = await openWorkbench({
      projectDir: path.join(tmp, 'p'),
      configDir: path.join(tmp, 'cfg'),
      host: { pickImportPaths: async () => [], pickExportDir: async () => null, takeDroppedPaths: (p) => drops.take(p).accepted },
    });
    try {
      const r = await service.importDropped({ paths: [dropped, secret] });
      expect(r.imported.map((d) => d.name)).toEqual(['dropped.txt']);
      expect(r.rejected).toEqual([expect.objectContaining({ name: 'secret.txt', error: { code: 'ipc.forbidden' } })]);
    } finally {
      await service.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
