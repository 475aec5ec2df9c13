// Tests never load the real Electron (no binary here). Modules that need Electron are tested
// through pure functions; anything that reaches this stub at run time is a layering bug.
const handler: ProxyHandler<object> = {
  get(_t, prop) {
    if (prop === '__esModule') return false;
    if (prop === 'then') return undefined;
    throw new Error(`electron.${String(prop)} used in a test: keep Electron behind main/electron/`);
  },
};
const stub = new Proxy({}, handler);
export default stub;
