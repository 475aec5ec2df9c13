// JobRunner.runStages: one job whose stages absorb the jobs services start inside them.
import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/api/contract.js';
import { WorkbenchError } from '../../shared/api/errors.js';
import { JobRunner } from '../../main/services/jobs.js';

function runner() {
  const events: JobInfo[] = [];
  return { events, jobs: new JobRunner((j) => events.push(j)) };
}

/** A service step that runs as a job of its own: `steps` progress steps, yielding between them. */
async function serviceStep(jobs: JobRunner, kind: 'pair' | 'check', steps: number, value: string) {
  const { value: v } = await jobs.run(kind, steps, async (ctx) => {
    for (let i = 1; i <= steps; i++) {
      await new Promise((r) => setImmediate(r));
      ctx.checkCancelled();
      ctx.progress(i);
    }
    return value;
  });
  return v;
}

describe('JobRunner.runStages', () => {
  it('jobs run inside its stages are one job: one id, monotone progress across the stages, their values returned', async () => {
    const { events, jobs } = runner();
    const { job, value } = await jobs.runStages('import', ['import', 'pair', 'check'], async (ctx) => {
      const a = await ctx.stage(
        0,
        () => serviceStep(jobs, 'check', 4, 'a'),
        undefined,
        (units) => ctx.setTotal(units + 20),
      );
      const b = await ctx.stage(1, () => serviceStep(jobs, 'pair', 7, 'b'), 10);
      const c = await ctx.stage(2, () => serviceStep(jobs, 'check', 300, 'c'), 10);
      return a + b + c;
    });
    expect(value).toBe('abc');
    expect(job).toMatchObject({ kind: 'import', state: 'done', done: 24, total: 24 });
    expect(new Set(events.map((e) => e.id))).toEqual(new Set([job.id]));
    expect(events.every((e) => e.kind === 'import')).toBe(true);
    // Every stage was told, in order, and the progress never went back.
    expect([...new Set(events.map((e) => e.stage?.index))]).toEqual([0, 1, 2]);
    expect(events.map((e) => e.stage?.kind)).toContain('pair');
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
      expect(events[i]!.done).toBeLessThanOrEqual(events[i]!.total);
    }
    // Stage 0 counts in its own steps (one unit each); stage 2's 300 steps fill its 10 units.
    expect(events.filter((e) => e.stage?.index === 0).every((e) => e.done <= 4)).toBe(true);
    expect(events.filter((e) => e.stage?.index === 2).every((e) => e.done >= 14 && e.done <= 24)).toBe(true);
    expect(events.at(-1)).toMatchObject({ state: 'done', done: 24 });
  });

  it('cancelling the job cancels the job running in its stage, and the later stages do not run', async () => {
    const { events, jobs } = runner();
    let third = false;
    const run = jobs.runStages('import', ['import', 'pair', 'check'], async (ctx) => {
      await ctx.stage(0, () => serviceStep(jobs, 'check', 2, 'a'));
      await ctx.stage(1, () => serviceStep(jobs, 'pair', 1000, 'b'), 5);
      third = true;
    });
    // Cancel through the runner, as the editor's Cancel does, once stage 1 moves.
    const stop = setInterval(() => {
      const e = events.find((x) => x.stage?.index === 1 && x.done > 2);
      if (e) jobs.cancel(e.id);
    }, 1);
    await expect(run).rejects.toMatchObject({ code: 'job.cancelled' });
    clearInterval(stop);
    expect(third).toBe(false);
    expect(events.at(-1)).toMatchObject({ state: 'cancelled' });
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
  });

  it('every step is told as it starts, even one that starts no job of its own', async () => {
    const { events, jobs } = runner();
    await jobs.runStages('import', ['import', 'pair', 'check'], async (ctx) => {
      await ctx.stage(0, () => serviceStep(jobs, 'check', 1, 'a'));
      await ctx.stage(1, async () => 'nothing to pair', 2);
      await ctx.stage(2, () => serviceStep(jobs, 'check', 1, 'c'), 2);
    });
    expect([...new Set(events.map((e) => e.stage?.kind))]).toEqual(['import', 'pair', 'check']);
  });

  it('waitFor gives up as soon as the job is cancelled', async () => {
    const { events, jobs } = runner();
    const never = new Promise<void>(() => undefined);
    const run = jobs.runStages('import', ['import', 'pair'], async (ctx) => {
      await ctx.stage(0, () => serviceStep(jobs, 'check', 1, 'a'));
      await ctx.waitFor(never);
    });
    await new Promise((r) => setTimeout(r, 20));
    jobs.cancel(events[0]!.id);
    await expect(run).rejects.toMatchObject({ code: 'job.cancelled' });
  });

  it('a job refused before any stage work starts is never announced; its error goes to the caller', async () => {
    const { events, jobs } = runner();
    const run = jobs.runStages('import', ['import'], (ctx) =>
      ctx.stage(0, async () => {
        throw new WorkbenchError('import.busy', { limit: 2 });
      }),
    );
    await expect(run).rejects.toMatchObject({ code: 'import.busy' });
    expect(events).toEqual([]);
  });

  it('a job started after its stage ended (a timer set inside it) is a job of its own', async () => {
    const { events, jobs } = runner();
    let later: Promise<string> | undefined;
    const { job } = await jobs.runStages('import', ['import'], (ctx) =>
      ctx.stage(0, async () => {
        await serviceStep(jobs, 'check', 1, 'a');
        later = new Promise((resolve) => setTimeout(() => resolve(serviceStep(jobs, 'pair', 2, 'late')), 5));
      }),
    );
    expect(await later).toBe('late');
    const own = events.filter((e) => e.id !== job.id);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.kind === 'pair' && e.stage === undefined)).toBe(true);
  });
});
