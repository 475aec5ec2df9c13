// The glossary feature as the other features see it: import from here, not from its files.
export { emptyEntry } from './glossary-model.js';
