import { describe, expect, it } from 'vitest';
import { PROJECT_FORMAT_VERSION, emptyProject, parseProjectFile, serializeProject } from '../../shared/project/format';

describe('project file format', () => {
  const base = emptyProject('Demo', '2026-11-23T00:00:00.000Z');

  it('round-trips an empty project', () => {
    const r = parseProjectFile(serializeProject(base));
    expect(r).toEqual({ ok: true, project: base, migrated: false });
  });

  it('rejects non-JSON, foreign JSON and damaged fields with project.corrupt', () => {
    for (const text of [
      '',
      '{',
      '[]',
      '{"format":"something-else","version":1}',
      JSON.stringify({ ...base, documents: [{ id: 'x' }] }),
      JSON.stringify({ ...base, version: 0 }),
    ]) {
      const r = parseProjectFile(text);
      expect(r.ok, text.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.code).toBe('project.corrupt');
    }
  });

  it('refuses a file from a newer version instead of misreading it', () => {
    const r = parseProjectFile(JSON.stringify({ ...base, version: PROJECT_FORMAT_VERSION + 1 }));
    expect(r).toMatchObject({ ok: false, code: 'project.newerVersion', version: PROJECT_FORMAT_VERSION + 1 });
  });
});

describe('project format migrations', () => {
  it('a version-1 project (documents only) is migrated step by step to the current version', () => {
    const v1 = {
      format: 'bitext-workbench-project',
      version: 1,
      name: 'Old',
      createdAt: 'x',
      savedAt: 'y',
      languages: ['en', 'fr'],
      documents: [],
      rejected: [],
    };
    const r = parseProjectFile(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migrated).toBe(true);
      expect(r.project.version).toBe(PROJECT_FORMAT_VERSION);
      expect(r.project.pairs).toEqual([]);
      expect(r.project.history).toEqual({ records: [], cursor: 0 });
      expect(r.project.glossary).toEqual({ entries: [] });
      expect(r.project.ignoreRules).toEqual([]);
    }
  });
});
