// An in-memory Bridge for store tests: records calls and answers from a handler table.
import type { ApiMethod, WorkbenchEvent } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import { ApiCallError, type Bridge } from '../../renderer/bridge/index.js';

type Handlers = Partial<Record<ApiMethod, (input: any) => unknown>>;

export function fakeBridge(handlers: Handlers) {
  const calls: Array<[ApiMethod, unknown]> = [];
  let listener: ((e: WorkbenchEvent) => void) | null = null;
  let opened: (() => void) | undefined;
  const bridge: Bridge = {
    kind: 'http',
    async call(method, input) {
      calls.push([method, input]);
      const h = handlers[method];
      if (!h) throw new ApiCallError({ code: 'ipc.unknownMethod', params: { method } });
      return (await h(input)) as never;
    },
    onEvent(cb, _onLost, onOpen) {
      listener = cb;
      opened = onOpen;
      onOpen?.();
      return () => (listener = null);
    },
  };
  /** reopen: the event stream opens again (as EventSource after a drop). */
  return { bridge, calls, emit: (e: WorkbenchEvent) => listener?.(e), reopen: () => opened?.() };
}

export const apiFailure = (error: ApiError) => () => {
  throw new ApiCallError(error);
};
