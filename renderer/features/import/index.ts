// The import feature as the other features see it: import from here, not from its files.
export { ImportButtons } from './ImportButtons.js';
export { ImportResult } from './ImportResult.js';
export { RejectedFilesPanel } from './RejectedFilesPanel.js';
