// The preload exposes exactly the contract: one function per method, each on its own channel,
// and no piece of ipcRenderer itself.
import { describe, expect, it, vi } from 'vitest';
import { DROP_CHANNEL } from '../../main/security/drop-registry';
import { API_METHODS, ipcChannel } from '../../shared/api/contract';

const exposed: Array<[string, Record<string, unknown>]> = [];
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
const on = vi.fn();
const removeListener = vi.fn();
const send = vi.fn();
// The page the preload runs in: only its drop listener is of interest here.
const pageListeners: Array<[string, (e: unknown) => void, unknown]> = [];
(globalThis as unknown as { addEventListener: unknown }).addEventListener = (type: string, l: (e: unknown) => void, capture: unknown) =>
  pageListeners.push([type, l, capture]);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
  ipcRenderer: { invoke, on, removeListener, send },
  webUtils: { getPathForFile: (f: { fake: string }) => f.fake },
}));

describe('preload bridge', () => {
  it('exposes one function per API method under window.workbench', async () => {
    await import('../../main/electron/preload');
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0]!;
    expect(key).toBe('workbench');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'getPathForFile', 'onEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const m of API_METHODS) {
      await (api[m] as (i: unknown) => Promise<unknown>)({ probe: m });
      expect(invoke).toHaveBeenLastCalledWith(ipcChannel(m), { probe: m });
    }
    const off = (api.onEvent as (cb: () => void) => () => void)(() => undefined);
    expect(on).toHaveBeenCalledWith('workbench:event', expect.any(Function));
    off();
    expect(removeListener).toHaveBeenCalledWith('workbench:event', on.mock.calls[0]![1]);
    expect((api.getPathForFile as (f: unknown) => string)({ fake: '/tmp/x.txt' })).toBe('/tmp/x.txt');
    for (const v of Object.values(api)) expect(v).not.toBe(invoke);
  });

  it('reports the paths of trusted drops to main, and nothing for a drop a page script made up', async () => {
    await import('../../main/electron/preload');
    const drop = pageListeners.find(([type]) => type === 'drop');
    expect(drop?.[2]).toBe(true);
    const files = [{ fake: '/home/ed/a.txt' }, { fake: '/home/ed/news' }];
    drop![1]({ isTrusted: false, dataTransfer: { files } });
    expect(send).not.toHaveBeenCalled();
    drop![1]({ isTrusted: true, dataTransfer: { files } });
    expect(send).toHaveBeenCalledWith(DROP_CHANNEL, ['/home/ed/a.txt', '/home/ed/news']);
  });
});
