// Error codes are stable identifiers: the UI translates them (i18n key `errors.<code>`),
// the CLI prints the English text. Never put user-facing prose in a thrown error's code.
export const ERROR_CODES = [
  'import.empty',
  'import.binary',
  'import.tooLarge',
  'import.unreadable',
  'import.invalidUtf8',
  'import.unknownEncoding',
  'import.unsupportedType',
  'import.docxInvalid',
  'import.duplicate',
  'project.corrupt',
  'project.newerVersion',
  'project.notFound',
  'project.unwritable',
  'ipc.invalidPayload',
  'ipc.unknownMethod',
  'ipc.forbidden',
  'job.cancelled',
  'document.notFound',
  'pair.notFound',
  'pair.sameDocument',
  'alignment.invalidOp',
  'alignment.badDictionary',
  'history.nothingToUndo',
  'history.nothingToRedo',
  'import.tooLargeUnpacked',
  'import.tooManyEntries',
  'import.tooDeep',
  'import.timeout',
  'import.invalidBase64',
  'import.busy',
  'import.linkOutside',
  'import.bitextNotXml',
  'import.bitextNotBilingual',
  'import.bitextOneLanguage',
  'import.bitextUnclosedQuote',
  'import.bitextColumns',
  'import.bitextNoUnits',
  'project.locked',
  'project.readOnly',
  'project.languageTagInvalid',
  'project.languageTagMismatch',
  'alignment.damaged',
  'finding.notFound',
  'finding.noSuchSuggestion',
  'finding.spanOutside',
  'finding.noName',
  'check.timeLimit',
  'job.notFound',
  'glossary.invalid',
  'profile.invalid',
  'spelling.dictionaryMissing',
  'search.invalidPattern',
  'search.tooSlow',
  'session.lost',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure that crosses the API boundary: a code plus values for the message template. */
export interface ApiError {
  code: ErrorCode;
  params?: Record<string, string | number>;
  /** Developer detail for logs; never shown as the primary message. */
  detail?: string;
}

export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
    this.params = params;
  }
  toApiError(): ApiError {
    return { code: this.code, params: this.params, detail: this.message };
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof WorkbenchError) return err.toApiError();
  return { code: 'internal', detail: err instanceof Error ? err.message : String(err) };
}

/** English text for each code, used by the CLI and logs (the UI uses its own locale files). */
export const ERROR_TEXT_EN: Record<ErrorCode, string> = {
  'import.empty': 'empty file — nothing to import',
  'import.binary': 'not text: the file looks binary',
  'import.tooLarge': 'file too large ({{size}} bytes; the limit is {{limit}})',
  'import.unreadable': 'cannot read the file ({{reason}})',
  'import.invalidUtf8': 'invalid UTF-8 at byte {{offset}} — choose another encoding',
  'import.unknownEncoding': 'encoding unknown — choose one',
  'import.unsupportedType': 'unsupported file type “{{ext}}” (use .txt, .md, .html or .docx)',
  'import.docxInvalid': 'not a readable Word document ({{reason}})',
  'import.duplicate': 'already in the project (same content as {{name}})',
  'project.corrupt': 'the project file is damaged ({{reason}})',
  'project.newerVersion': 'the project was saved by a newer version (format {{version}}); update the app',
  'project.notFound': 'no project at {{path}}',
  'project.unwritable': 'cannot save the project ({{reason}})',
  'ipc.invalidPayload': 'invalid request ({{reason}})',
  'ipc.unknownMethod': 'unknown request {{method}}',
  'ipc.forbidden': 'request refused',
  'job.cancelled': 'cancelled',
  'document.notFound': 'no such document',
  'pair.notFound': 'no such document pair',
  'pair.sameDocument': 'a document cannot be paired with itself',
  'alignment.invalidOp': 'that change is not possible here ({{reason}})',
  'alignment.badDictionary': 'no dictionary entry found: each line must read "target words @ source words"',
  'history.nothingToUndo': 'nothing to undo',
  'history.nothingToRedo': 'nothing to redo',
  'import.tooLargeUnpacked': 'the document unpacks to more than {{limit}} bytes; it was not read',
  'import.tooManyEntries': 'the document holds too many parts ({{count}}; the limit is {{limit}})',
  'import.tooDeep': 'the page nests elements more than {{limit}} levels deep',
  'import.timeout': 'reading the file took longer than {{seconds}} s and was stopped',
  'import.invalidBase64': 'the uploaded data is not valid base64',
  'import.busy': 'too many uploads at once (limit {{limit}}); try again when the current ones are done',
  'import.linkOutside': 'a link that points outside the imported folder was skipped',
  'import.bitextNotXml': 'not well-formed XML (line {{line}}: {{reason}})',
  'import.bitextNotBilingual': 'not a {{expected}} file',
  'import.bitextOneLanguage': 'the file holds no second language besides {{language}}',
  'import.bitextUnclosedQuote': 'line {{line}}: a quoted cell is never closed',
  'import.bitextColumns': 'the file needs two columns (source TAB target)',
  'import.bitextNoUnits': 'the file holds no unit with text on both sides ({{units}} units read)',
  'project.locked': 'the project is open in another process (pid {{pid}} on {{host}}); it is open read-only here',
  'project.readOnly': 'the project is read-only here: another process (pid {{pid}} on {{host}}) holds it',
  'project.languageTagInvalid': '"{{tag}}" is not a language tag such as en, en-GB or fr-CA',
  'project.languageTagMismatch': '"{{tag}}" does not start with {{language}}, the project\'s language in this place',
  'alignment.damaged': 'the saved alignment of this pair was damaged and set aside as {{file}}; align the pair again',
  'finding.notFound': 'no such finding (the checks may have run again)',
  'finding.noSuchSuggestion': 'this finding has no suggestion number {{index}} (it has {{count}})',
  'finding.spanOutside': 'the change falls outside the document (characters {{start}}–{{end}} of {{length}})',
  'finding.noName': 'there is no name to add to the glossary: type the name',
  'check.timeLimit': 'checking this file took longer than {{seconds}} s and was stopped; it has no findings, or only those of the part checked in time',
  'job.notFound': 'no such job',
  'glossary.invalid': 'the glossary cannot be read ({{reason}})',
  'profile.invalid': 'the check profile is invalid ({{reason}})',
  'spelling.dictionaryMissing': 'the spelling dictionary for {{language}} is missing from the installation',
  'search.invalidPattern': 'the search pattern is not valid ({{reason}})',
  'session.lost': 'the session with the workbench has ended (it was restarted): open the address it printed when it started',
  'search.tooSlow': 'the search took longer than {{seconds}} s and was stopped — the pattern may backtrack too much; make it more specific',
  internal: 'internal error',
};

export function formatErrorEn(e: ApiError): string {
  return ERROR_TEXT_EN[e.code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => (e.params && k in e.params ? String(e.params[k]) : `{{${k}}}`));
}
