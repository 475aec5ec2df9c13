// Glossary formats: TBX (v2 export, v2/v3 import) and CSV.
export * from './types.js';
export { parseGlossaryCsv, glossaryToCsv, CSV_COLUMNS } from './csv.js';
export { parseTbx, glossaryToTbx } from './tbx.js';
