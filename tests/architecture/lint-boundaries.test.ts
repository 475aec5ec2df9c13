// The import boundaries in eslint.config.js do catch what they are meant to catch.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function errors(code: string, file: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (r?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('services never import a front or the renderer', async () => {
    expect(await errors("import { startBridgeServer } from '../http/server.js';\nvoid startBridgeServer;\n", 'main/services/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await errors("import { runCli } from '../../cli/index.js';\nvoid runCli;\n", 'main/services/import/x.ts')).toContain('no-restricted-imports');
    expect(await errors("import { app } from 'electron';\nvoid app;\n", 'main/services/x.ts')).toContain('no-restricted-imports');
    expect(await errors("import { log } from './log/logger.js';\nvoid log;\n", 'main/services/x.ts')).toEqual([]);
  });

  it('renderer features reach each other only through their public index', async () => {
    expect(await errors("import { useFindings } from '../findings/use-findings.js';\nvoid useFindings;\n", 'renderer/features/pairs/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await errors("import { useFindings } from '../../findings/use-findings.js';\nvoid useFindings;\n", 'renderer/features/pairs/rail/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await errors("import { useFindings } from '../findings/index.js';\nvoid useFindings;\n", 'renderer/features/pairs/x.ts')).toEqual([]);
    // Inside one feature, files use each other directly.
    expect(await errors("import { x } from '../pair-names.js';\nvoid x;\n", 'renderer/features/pairs/rail/x.ts')).toEqual([]);
  });

  it('shared/ stays pure', async () => {
    expect(await errors("import fs from 'node:fs';\nvoid fs;\n", 'shared/x.ts')).toContain('no-restricted-imports');
  });
});
