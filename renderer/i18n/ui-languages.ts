// The UI languages as a value, from the zod-free module (the contract's schemas would pull zod
// into the renderer bundle).
export { UI_LANGUAGES } from '../../shared/api/ui-languages.js';
