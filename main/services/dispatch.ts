// The single entry point the fronts use: name + untrusted payload in, Result out.
// Validation happens here, once, for IPC and HTTP alike; nothing throws across a boundary.
import { isApiMethod, parseInput, type ApiMethod, type Result, type WorkbenchApi } from '../../shared/api/contract.js';
import { toApiError } from '../../shared/api/errors.js';

export async function dispatch(api: WorkbenchApi, method: string, payload: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'ipc.unknownMethod', params: { method: method.slice(0, 64) } } };
  const parsed = parseInput(method, payload);
  if (!parsed.ok) return parsed;
  try {
    const fn = api[method as ApiMethod] as (i: unknown) => Promise<unknown>;
    return { ok: true, value: await fn.call(api, parsed.value) };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}
