// Locks, recovery and migration: a second process gets a read-only project and is told who holds
// it; nothing is ever seeded over, wiped or silently re-done; every repair is reported.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentLog } from '../../main/services/log/logger';
import { openWorkbench } from '../../main/services/open-workbench';
import { LOCK_FILE_NAME } from '../../main/services/project/project-lock';
import { JOURNAL_FILE_NAME, ProjectStore } from '../../main/services/project/project-store';
import { PROJECT_FILE_NAME, parseProjectFile, serializeProject } from '../../shared/project/format';
import { corpus } from '../service/helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bitext-recovery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, PROJECT_FILE_NAME);

function writeLock(pid: number, host = os.hostname()) {
  writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, host, at: new Date().toISOString() }));
}

describe('project lock', () => {
  it('a project held by a live process opens read-only and names the holder; writes are refused', async () => {
    const first = await ProjectStore.open(dir, { create: true, name: 'Held' });
    await first.store.close();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      writeLock(holder.pid!);
      const r = await ProjectStore.open(dir);
      expect(r.lockedBy).toMatchObject({ pid: holder.pid, host: os.hostname() });
      expect(r.store.readOnly).toBe(true);
      expect(r.store.project.name).toBe('Held');
      await expect(r.store.update((p) => void (p.name = 'x'))).rejects.toMatchObject({ code: 'project.readOnly', params: { pid: holder.pid } });
      expect(JSON.parse(readFileSync(file(), 'utf8')).name).toBe('Held');
    } finally {
      holder.kill();
    }
  });

  it('a lock left by a process that died is stale and taken over', async () => {
    await (await ProjectStore.open(dir, { create: true })).store.close();
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => dead.once('exit', r));
    writeLock(dead.pid!);
    const r = await ProjectStore.open(dir);
    expect(r.lockedBy).toBeUndefined();
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    await r.store.update((p) => void (p.name = 'mine'));
    await r.store.close();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('a lock from another host is respected (its process cannot be checked)', async () => {
    await (await ProjectStore.open(dir, { create: true })).store.close();
    writeLock(1, 'some-other-host.example');
    const r = await ProjectStore.open(dir);
    expect(r.lockedBy?.host).toBe('some-other-host.example');
  });
});

describe('recovery that never destroys', () => {
  it('a missing project file with a backup is restored from it, and the sample corpus is not seeded over it', async () => {
    const proj = path.join(dir, 'p');
    const first = await ProjectStore.open(proj, { create: true, name: 'Mine' });
    await first.store.update((p) => void (p.name = 'Mine, edited'));
    await first.store.update((p) => void (p.languages = ['en', 'fr', 'de']));
    await first.store.close();
    rmSync(path.join(proj, PROJECT_FILE_NAME));
    const bak = readFileSync(path.join(proj, `${PROJECT_FILE_NAME}.bak`), 'utf8');
    const opened = await openWorkbench({ projectDir: proj, configDir: path.join(dir, 'cfg'), sampleCorpusDir: corpus });
    try {
      expect(opened.created).toBe(false);
      expect(opened.recoveredFrom).toContain('.bak');
      const snap = await opened.service.getSnapshot();
      expect(snap.project.name).toBe('Mine, edited');
      expect(snap.documents).toHaveLength(0);
      expect(readFileSync(path.join(proj, `${PROJECT_FILE_NAME}.bak`), 'utf8')).toBe(bak);
      expect(recentLog().some((e) => e.event === 'project.recovery')).toBe(true);
    } finally {
      await opened.service.close();
    }
  });

  it('a migration keeps the glossary of a file whose version label is wrong, and keeps a copy of the file it read', async () => {
    const { store } = await ProjectStore.open(dir, { create: true });
    await store.update((p) => {
      p.glossary = { entries: [{ id: 'g1', kind: 'name', terms: { '*': [{ text: 'Ada Lovelace', status: 'preferred' }] } }] };
    });
    await store.close();
    const raw = JSON.parse(readFileSync(file(), 'utf8'));
    raw.version = 2;
    const text = JSON.stringify(raw);
    writeFileSync(file(), text);
    const r = await ProjectStore.open(dir);
    expect((r.store.project.glossary as { entries: unknown[] }).entries).toHaveLength(1);
    const copies = readdirSync(dir).filter((n) => n.startsWith(`${PROJECT_FILE_NAME}.pre-migration-`));
    expect(copies).toHaveLength(1);
    expect(readFileSync(path.join(dir, copies[0]!), 'utf8')).toBe(text);
    expect(r.recoveries.join(' ')).toContain('pre-migration');
  });

  it('a history position past the end fails validation with a clear reason', () => {
    const p = parseProjectFile(serializeProject({ ...emptyLike(), history: { records: [], cursor: 3 } }));
    expect(p).toMatchObject({ ok: false, code: 'project.corrupt' });
    expect(p.ok ? '' : p.reason).toContain('history position past the end');
  });

  it('an interrupted save is completed from the journal: project and side file move together', async () => {
    const { store } = await ProjectStore.open(dir, { create: true, name: 'Before' });
    await store.close();
    const next = { ...store.project, name: 'After' };
    writeFileSync(
      path.join(dir, JOURNAL_FILE_NAME),
      JSON.stringify({
        format: 'bitext-workbench-journal',
        project: serializeProject(next),
        side: [{ rel: 'alignments/p_0123456789abcdef.json', data: '{"x":1}' }],
      }),
    );
    const r = await ProjectStore.open(dir);
    expect(r.store.project.name).toBe('After');
    expect(readFileSync(path.join(dir, 'alignments', 'p_0123456789abcdef.json'), 'utf8')).toBe('{"x":1}');
    expect(existsSync(path.join(dir, JOURNAL_FILE_NAME))).toBe(false);
    expect(r.recoveries.join(' ')).toContain('journal');
  });

  it('temp files left by an interrupted write are removed on open', async () => {
    await (await ProjectStore.open(dir, { create: true })).store.close();
    mkdirSync(path.join(dir, 'alignments'));
    const orphan = path.join(dir, 'alignments', `.p_1.json.4242.${'ab12'.repeat(3)}.tmp`);
    writeFileSync(orphan, 'half');
    writeFileSync(path.join(dir, `.${PROJECT_FILE_NAME}.4242.${'cd34'.repeat(3)}.tmp`), 'half');
    const r = await ProjectStore.open(dir);
    expect(existsSync(orphan)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(r.recoveries.join(' ')).toContain('2 temporary');
  });

  for (const how of ['missing', 'damaged'] as const) {
    it(`a project file ${how} and restored from its .bak takes the alignment back to the same generation: undo walks back to the start`, async () => {
      const proj = path.join(dir, 'p');
      const cfg = path.join(dir, 'cfg');
      const first = await openWorkbench({ projectDir: proj, configDir: cfg, sampleCorpusDir: corpus });
      const pair = (await first.service.listPairs())[0]!;
      const start = await first.service.getAlignment({ pairId: pair.id });
      expect(start.beads.length).toBeGreaterThan(2);
      // Generation A: a confirmation. Generation B (lost below): a merge, which changes the beads.
      await first.service.editAlignment({ pairId: pair.id, op: { type: 'confirm', bead: 0, confirmed: !start.beads[0]!.confirmed } });
      await first.service.editAlignment({ pairId: pair.id, op: { type: 'merge-next', bead: 1 } });
      await first.service.close();
      const file = path.join(proj, PROJECT_FILE_NAME);
      if (how === 'missing') rmSync(file);
      else writeFileSync(file, '{"format": "bitext-workbench-project", "vers');

      const again = await openWorkbench({ projectDir: proj, configDir: cfg });
      try {
        expect(again.recoveredFrom).toContain('.bak');
        // The alignment is the one of generation A: confirmed, not merged.
        const a = await again.service.getAlignment({ pairId: pair.id });
        expect(a.beads.length).toBe(start.beads.length);
        expect(a.beads[0]!.confirmed).toBe(!start.beads[0]!.confirmed);
        // The newer copy is kept aside, and the repair is logged.
        expect(readdirSync(path.join(proj, 'alignments')).some((n) => n.startsWith(`${pair.id}.json.ahead-`))).toBe(true);
        expect(again.recoveries.join(' ')).toContain('restored generation');
        expect(recentLog().some((e) => e.event === 'project.recovery' && String(e.data?.what).includes('restored generation'))).toBe(true);
        // History and alignment are in step: one undo takes the confirmation back, then nothing is left.
        await again.service.undo({});
        const back = await again.service.getAlignment({ pairId: pair.id });
        expect(back.beads.map((b) => [b.src, b.tgt, b.confirmed])).toEqual(start.beads.map((b) => [b.src, b.tgt, b.confirmed]));
        // Further edits work and are durable.
        await again.service.editAlignment({ pairId: pair.id, op: { type: 'merge-next', bead: 0 } });
        expect((await again.service.getAlignment({ pairId: pair.id })).beads.length).toBe(start.beads.length - 1);
      } finally {
        await again.service.close();
      }
    });
  }

  it('a .bak restore after a unit without side files leaves the side files alone (they already match)', async () => {
    const proj = path.join(dir, 'p');
    const cfg = path.join(dir, 'cfg');
    const first = await openWorkbench({ projectDir: proj, configDir: cfg, sampleCorpusDir: corpus });
    const pair = (await first.service.listPairs())[0]!;
    const start = await first.service.getAlignment({ pairId: pair.id });
    await first.service.editAlignment({ pairId: pair.id, op: { type: 'merge-next', bead: 1 } });
    await first.service.close();
    // A change of the project file alone (no side file): the .bak is the generation with the merge.
    const plain = await ProjectStore.open(proj);
    await plain.store.update((p) => void (p.name = 'renamed'));
    await plain.store.close();
    rmSync(path.join(proj, PROJECT_FILE_NAME));
    const again = await openWorkbench({ projectDir: proj, configDir: cfg });
    try {
      const a = await again.service.getAlignment({ pairId: pair.id });
      expect(a.beads.length).toBe(start.beads.length - 1);
      expect(readdirSync(path.join(proj, 'alignments')).some((n) => n.includes('.ahead-'))).toBe(false);
      await again.service.undo({});
      expect((await again.service.getAlignment({ pairId: pair.id })).beads.length).toBe(start.beads.length);
    } finally {
      await again.service.close();
    }
  });

  it('a damaged alignment file is reported, kept aside, and aligned again only when the editor asks', async () => {
    const proj = path.join(dir, 'p');
    const cfg = path.join(dir, 'cfg');
    const first = await openWorkbench({ projectDir: proj, configDir: cfg, sampleCorpusDir: corpus });
    const pair = (await first.service.listPairs())[0]!;
    await first.service.getAlignment({ pairId: pair.id });
    await first.service.editAlignment({ pairId: pair.id, op: { type: 'confirm', bead: 0, confirmed: true } });
    await first.service.close();
    writeFileSync(path.join(proj, 'alignments', `${pair.id}.json`), '{"pairId": "oops", "beads": [');
    const again = await openWorkbench({ projectDir: proj, configDir: cfg });
    try {
      await expect(again.service.getAlignment({ pairId: pair.id })).rejects.toMatchObject({ code: 'alignment.damaged' });
      // Still reported (not silently re-aligned) on the next request.
      await expect(again.service.getAlignment({ pairId: pair.id })).rejects.toMatchObject({ code: 'alignment.damaged' });
      expect(readdirSync(path.join(proj, 'alignments')).some((n) => n.startsWith(`${pair.id}.json.corrupt-`))).toBe(true);
      const realigned = await again.service.getAlignment({ pairId: pair.id, realign: true });
      expect(realigned.beads.length).toBeGreaterThan(0);
    } finally {
      await again.service.close();
    }
  });
});

function emptyLike() {
  return {
    format: 'bitext-workbench-project' as const,
    version: 3 as const,
    name: 'x',
    createdAt: '',
    savedAt: '',
    languages: ['en'],
    documents: [],
    rejected: [],
    pairs: [],
    alignments: {},
    history: { records: [], cursor: 0 },
    glossary: { entries: [] },
    checkProfile: null,
    ignoreRules: [],
    checks: { checkedAt: null },
  };
}
