// Check messages: references (data) and their rendering from the EN/FR catalogues.
export { msg, isMessageRef, type MessageRef, type MessageParams } from './ref.js';
export { renderMessage, renderBoth, messageLanguage, storedMessage, storedEvidence, placeholders, CATALOGUES, type MessageLanguage } from './render.js';
export type { Catalogue, Template } from './catalogue.js';
