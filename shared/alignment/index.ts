export * from './beads.js';
export * from './operations.js';
