// The core: implements the API contract on top of a project store, the analyzer and the job
// runner. Electron IPC, the HTTP bridge and the CLI all call this one object.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type {
  ApiInput,
  DocumentDetail,
  DocumentSummary,
  ImportReport,
  RejectedFile,
  Snapshot,
  WorkbenchApi,
  WorkbenchEvent,
} from '../../shared/api/contract.js';
import { WorkbenchError, toApiError } from '../../shared/api/errors.js';
import type { DocumentRecord } from '../../shared/project/format.js';
import { summarize } from '../../shared/project/summary.js';
import { analyzeText, type AnalyzeResult } from './analyze.js';
import { collectFiles } from './import/collect.js';
import { readBytesForImport } from './import/read-file.js';
import { MAX_UPLOADS_IN_FLIGHT, decodeUpload, sanitizeRelPath, uploadName } from './import/uploads.js';
import { MAX_IMPORT_BYTES, type SourceFormat } from './import/types.js';
import { JobRunner } from './jobs.js';
import { ProjectStore } from './project/project-store.js';
import type { SettingsStore } from './settings-store.js';
import type { Analyzer } from './workers/analyzer.js';
import { AlignmentService } from './alignment/alignment-service.js';
import { FindingsService } from './findings/findings-service.js';
import { primitives, type EditRecord } from '../../shared/history/records.js';
import { HistoryService } from './history/history-service.js';
import { log } from './log/logger.js';
import { languageRecord, registerDocumentDecisions, reviewedRecord } from './documents/document-decisions.js';
import { corpusFromProject } from './export/corpus-from-project.js';
import { exportCorpus } from './export/export-corpus.js';
import { readExportTags } from './export/export-tags.js';
import { checkLanguageTags } from '../../shared/export/lang-tag.js';
import { bitextKind, readBitextBytes } from './bitext/read-bitext.js';
import { bitextApiError, importBitextFile } from './bitext/import-bitext.js';
import type { AlignedBead } from '../../shared/alignment/beads.js';
import type { ExportResult } from '../../shared/api/contract.js';
import { SearchService } from './search/search-service.js';

/** What only a desktop front can do (OS dialogs). The HTTP bridge and the CLI have none. */
export interface NativeHost {
  pickImportPaths(mode: 'files' | 'folder'): Promise<string[]>;
  /** The folder to export into, or null when the editor cancelled. */
  pickExportDir(): Promise<string | null>;
  /** Of these paths, those that came from a real drop event (each accepted once); none when absent. */
  takeDroppedPaths?(paths: string[]): string[];
}

export interface ServiceOptions {
  store: ProjectStore;
  settings: SettingsStore;
  analyzer: Analyzer;
  host?: NativeHost;
  /** App cache folder (expanded spelling dictionaries). */
  cacheDir?: string;
}

interface IncomingFile {
  name: string;
  relPath: string;
  sourcePath: string | null;
  load: () => Promise<Uint8Array>;
}

const MAX_REJECTED_KEPT = 500;
/** Project saves during a long import: every this many documents (and at the end). */
const IMPORT_BATCH = 25;
/** The steps of an import job (see importJob). */
const IMPORT_STAGES = ['import', 'pair', 'check'] as const;

export class WorkbenchService implements WorkbenchApi {
  readonly jobs: JobRunner;
  private readonly listeners = new Set<(e: WorkbenchEvent) => void>();
  private readonly store: ProjectStore;
  private readonly settingsStore: SettingsStore;
  private readonly analyzer: Analyzer;
  private readonly host: NativeHost | undefined;
  private readonly alignment: AlignmentService;
  private readonly findings: FindingsService;
  /** The one owner of edits, undo and redo: changes of this project run one at a time. */
  private readonly history: HistoryService;
  private readonly search: SearchService;

  constructor(opts: ServiceOptions) {
    this.store = opts.store;
    this.settingsStore = opts.settings;
    this.analyzer = opts.analyzer;
    this.host = opts.host;
    this.jobs = new JobRunner((job) => this.emit({ type: 'job', job }));
    this.history = new HistoryService(this.store);
    registerDocumentDecisions(this.history);
    this.alignment = new AlignmentService({
      history: this.history,
      store: this.store,
      analyzer: this.analyzer,
      jobs: this.jobs,
      textOf: (rec) => this.textOf(rec),
      onPatch: (patch) => this.emit({ type: 'alignment-changed', patch }),
      // Pair summaries count confirmed and doubtful beads: every alignment change says the pairs.
      onChanged: () => {
        this.changed();
        this.pairsChanged(null);
      },
    });
    this.findings = new FindingsService({
      history: this.history,
      store: this.store,
      analyzer: this.analyzer,
      jobs: this.jobs,
      alignment: this.alignment,
      textOf: (rec) => this.textOf(rec),
      onChanged: () => this.changed(),
      onFindingsChanged: (docIds) => this.emit({ type: 'findings-changed', ...(docIds ? { docIds } : {}) }),
      onTextChanged: (ids) => ids.forEach((id) => this.documentChanged(id, true)),
      ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    });
    this.search = new SearchService({ store: this.store, alignment: this.alignment, findings: this.findings, textOf: (rec) => this.textOf(rec) });
  }

  onEvent(cb: (e: WorkbenchEvent) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private emit(e: WorkbenchEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** `structure`: the documents list, refused files or project settings changed (no named event says it). */
  private changed(structure = false): void {
    this.emit({ type: 'project-changed', savedAt: this.store.project.savedAt, history: this.alignment.history(), ...(structure ? { structure } : {}) });
  }

  get projectDir(): string {
    return this.store.dir;
  }

  async getSnapshot(_input: ApiInput<'getSnapshot'> = {}): Promise<Snapshot> {
    const p = this.store.project;
    return {
      project: {
        name: p.name,
        dir: this.store.dir,
        formatVersion: p.version,
        languages: p.languages,
        ...(p.languageTags ? { languageTags: p.languageTags } : {}),
        savedAt: p.savedAt,
        ...(this.store.lockedBy ? { lockedBy: { pid: this.store.lockedBy.pid, host: this.store.lockedBy.host } } : {}),
      },
      documents: p.documents.map(summarize),
      rejected: p.rejected as RejectedFile[],
      settings: this.settingsStore.settings,
      capabilities: { nativeDialogs: this.host !== undefined },
      pairs: this.alignment.listPairs(),
      history: this.history.state(),
    };
  }

  async getDocument({ id }: ApiInput<'getDocument'>): Promise<DocumentDetail> {
    const rec = this.store.findDocument(id);
    return { summary: summarize(rec), text: await this.textOf(rec), segments: rec.detection.segments };
  }

  /** The decoded text, rebuilt from the untouched original if the derived cache is gone. */
  async textOf(rec: DocumentRecord): Promise<string> {
    const cached = await this.store.readText(rec.id);
    if (cached !== null) return cached;
    const bytes = await this.store.readOriginal(rec);
    const r = await this.analyzer.analyze({
      bytes,
      name: rec.name,
      ...(rec.encodingForced ? { encoding: rec.encoding } : {}),
      languages: this.store.project.languages,
    });
    await this.store.storeText(rec.id, r.decoded.text);
    return r.decoded.text;
  }

  async importUploads({ files }: ApiInput<'importUploads'>): Promise<ImportReport> {
    return this.importJob(() => this.importUploadedFiles(files));
  }

  private uploadsInFlight = 0;

  private async importUploadedFiles(files: ApiInput<'importUploads'>['files']): Promise<ImportReport> {
    // Each request holds its files in memory until imported: a bounded number at once.
    if (this.uploadsInFlight >= MAX_UPLOADS_IN_FLIGHT) throw new WorkbenchError('import.busy', { limit: MAX_UPLOADS_IN_FLIGHT });
    this.uploadsInFlight++;
    try {
      const incoming: IncomingFile[] = files.map((f) => ({
        name: uploadName(f.name),
        relPath: sanitizeRelPath(f.relPath, f.name),
        sourcePath: null,
        load: async () => decodeUpload(f.dataBase64),
      }));
      return await this.importIncoming(incoming, []);
    } finally {
      this.uploadsInFlight--;
    }
  }

  /**
   * An import and what follows it, as one job (one entry, one progress, one Cancel): the files are
   * read and analysed, then the new documents are considered for pairing (their kind and partners
   * inform the checks), then checked. The import result is answered as soon as the first step
   * ends; pairing and checks go on in the background, queued so two imports never pair or check
   * at the same time (one still waiting leaves them to a later import's job, which covers its
   * documents too). settled() waits for them. The services' own jobs become the steps
   * (JobRunner.runStages).
   */
  private importJob<R extends ImportReport>(doImport: () => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let answered = false;
      const job = this.jobs.runStages('import', IMPORT_STAGES, async (ctx) => {
        const before = this.store.project.documents.length;
        // Units: one per file read, then one per document of the project for each of pairing and checks.
        const report = await ctx.stage(0, doImport, undefined, (files) => ctx.setTotal(files + 2 * (before + files)));
        answered = true;
        resolve(report);
        if (report.imported.length === 0 || ctx.signal.aborted) return;
        const previous = this.importFollowUp;
        let release!: () => void;
        const mine = new Promise<void>((r) => (release = r));
        this.importFollowUp = mine;
        try {
          await ctx.waitFor(previous);
          // Pairing and checks take every document: an import queued behind this one (the next
          // batch of a large upload) does them for these documents too.
          if (this.importFollowUp !== mine) return;
          const docs = this.store.project.documents.length;
          ctx.setTotal(ctx.done + 2 * docs);
          try {
            this.pairsChanged(await ctx.stage(1, () => this.alignment.suggestPairs(), docs));
          } catch (e) {
            ctx.checkCancelled();
            // Failed: logged; the checks still run (without the new pairs).
            log.warn('import.followUp.pairsFailed', { error: e });
          }
          ctx.checkCancelled();
          await ctx.stage(2, () => this.findings.runChecks(), docs);
        } finally {
          release();
        }
      });
      job.catch((e: unknown) => {
        if (!answered) reject(e);
        // Cancelled or failed after the answer: the job's event told the editor.
        else if (!(e instanceof WorkbenchError && e.code === 'job.cancelled')) log.warn('import.followUp.failed', { error: e });
      });
    });
  }
  /** The last import's pairing and checks (each waits for the one before). */
  private importFollowUp: Promise<void> = Promise.resolve();
  private async importsSettled(): Promise<void> {
    // An import answered meanwhile may have queued another follow-up.
    for (let last: Promise<void> | null = null; last !== this.importFollowUp;) await (last = this.importFollowUp);
  }

  async importWithDialog({ mode }: ApiInput<'importWithDialog'>): Promise<ImportReport> {
    if (!this.host) throw new WorkbenchError('ipc.forbidden', {}, 'no native dialogs in this front');
    const paths = await this.host.pickImportPaths(mode);
    if (paths.length === 0) return { imported: [], rejected: [] };
    return this.importJob(() => this.importPaths(paths));
  }

  async importDropped({ paths }: ApiInput<'importDropped'>): Promise<ImportReport> {
    if (!this.host) throw new WorkbenchError('ipc.forbidden', {}, 'drops with paths come only from the desktop front');
    // Only paths the front saw in a real drop are taken; collectFiles then re-checks each one
    // (exists, regular file or folder, type). A path the renderer made up is refused.
    const dropped = new Set(this.host.takeDroppedPaths ? this.host.takeDroppedPaths(paths) : []);
    const refused = paths.filter((p) => !dropped.has(p) || !path.isAbsolute(p));
    if (refused.length) log.warn('import.dropRefused', { count: refused.length });
    return this.importJob(async () => {
      const report = await this.importPaths(paths.filter((p) => dropped.has(p) && path.isAbsolute(p)));
      const now = new Date().toISOString();
      return {
        ...report,
        rejected: [...refused.map((p) => ({ name: path.basename(p), error: { code: 'ipc.forbidden' as const }, at: now })), ...report.rejected],
      };
    });
  }

  /** Files and folders by path (CLI, dialogs, drops). */
  async importPaths(paths: string[], cwd = process.cwd()): Promise<ImportReport> {
    const { files, errors } = await collectFiles(paths, cwd);
    const incoming: IncomingFile[] = files.map((f) => ({
      name: path.basename(f.path),
      relPath: f.relPath,
      sourcePath: f.path,
      load: () => readBytesForImport(f.path),
    }));
    const pre: RejectedFile[] = errors.map((e) => ({ name: e.name, error: e.error, at: new Date().toISOString() }));
    return this.importIncoming(incoming, pre);
  }

  private async importIncoming(incoming: IncomingFile[], preRejected: RejectedFile[]): Promise<ImportReport> {
    const imported: DocumentSummary[] = [];
    const rejected: RejectedFile[] = [...preRejected];
    let batch: DocumentRecord[] = [];
    let batchRejected: RejectedFile[] = [...preRejected];

    const flush = async () => {
      if (batch.length === 0 && batchRejected.length === 0) return;
      const docs = batch;
      const rej = batchRejected;
      batch = [];
      batchRejected = [];
      await this.store.update((p) => {
        p.documents.push(...docs);
        // A file that now imported (or failed again) replaces its older refusal.
        const names = new Set([...docs.map((d) => d.relPath), ...rej.map((r) => r.name)]);
        p.rejected = [...p.rejected.filter((r) => !names.has(r.name)), ...rej].slice(-MAX_REJECTED_KEPT);
      });
      this.changed(true);
    };

    try {
      await this.jobs.run('import', incoming.length, async (ctx) => {
        const seen = new Map(this.store.project.documents.map((d) => [d.id, d.relPath]));
        for (let i = 0; i < incoming.length; i++) {
          ctx.checkCancelled();
          const f = incoming[i]!;
          ctx.progress(i, incoming.length, f.relPath);
          try {
            const bytes = await f.load();
            // Each file has its own time budget and can be cancelled (see workers/analyze-pool.ts);
            // a large file's analysis moves the progress within its file (done is fractional then),
            // never back (an analysis started again in-process tells its shares from 0).
            let told = 0;
            const onProgress = (share: number) => {
              if (share <= told) return;
              told = share;
              ctx.progress(i + Math.min(1, share), incoming.length);
            };
            const result = await this.analyzer.analyze({ bytes, name: f.name, languages: this.store.project.languages }, { signal: ctx.signal, onProgress });
            const id = docId(result.sha256);
            const dup = seen.get(id);
            if (dup !== undefined) throw new WorkbenchError('import.duplicate', { name: dup });
            // Original first, then text, then the record: a crash leaves at worst an unused copy.
            await this.store.storeOriginal(result.sha256, f.name, bytes);
            await this.store.storeText(id, result.decoded.text);
            const rec = makeRecord(id, f, bytes.length, result);
            seen.set(id, rec.relPath);
            batch.push(rec);
            imported.push(summarize(rec));
          } catch (e) {
            const r: RejectedFile = { name: f.relPath, error: toApiError(e), at: new Date().toISOString() };
            rejected.push(r);
            batchRejected.push(r);
          }
          if (batch.length >= IMPORT_BATCH) await flush();
        }
        ctx.progress(incoming.length, incoming.length);
      });
    } catch (e) {
      if (!(e instanceof WorkbenchError && e.code === 'job.cancelled')) {
        await flush();
        throw e;
      }
    }
    await flush();
    return { imported, rejected };
  }

  /** Undoable (a history record, see documents/document-decisions.ts). */
  async setLanguageOverride({ id, language }: ApiInput<'setLanguageOverride'>): Promise<DocumentSummary> {
    const d = this.store.findDocument(id);
    // Choosing the detected language again means "no override".
    const next = language === null || language === d.detection.language ? null : language;
    if (next !== d.override) {
      await this.history.commit(languageRecord(id, d.override, next));
      this.changed();
      this.documentChanged(id);
    }
    return summarize(this.store.findDocument(id));
  }

  /** Undoable (a history record, see documents/document-decisions.ts). */
  async setReviewed({ id, reviewed }: ApiInput<'setReviewed'>): Promise<DocumentSummary> {
    const d = this.store.findDocument(id);
    if (d.reviewed !== reviewed) {
      await this.history.commit(reviewedRecord(id, d.reviewed, reviewed));
      this.changed();
      this.documentChanged(id);
    }
    return summarize(this.store.findDocument(id));
  }

  async setEncoding({ id, encoding }: ApiInput<'setEncoding'>): Promise<DocumentSummary> {
    const rec = this.store.findDocument(id);
    const bytes = await this.store.readOriginal(rec);
    const r = await this.analyzer.analyze({ bytes, name: rec.name, encoding, languages: this.store.project.languages });
    await this.store.storeText(id, r.decoded.text);
    await this.store.update((p) => {
      const d = p.documents.find((x) => x.id === id)!;
      Object.assign(d, decodedFields(r), { encodingForced: true, detection: r.detection, stats: r.stats });
    });
    this.changed();
    this.documentChanged(id, true);
    return summarize(this.store.findDocument(id));
  }

  async removeDocument({ id }: ApiInput<'removeDocument'>): Promise<{ removed: boolean }> {
    const exists = this.store.project.documents.some((d) => d.id === id);
    if (!exists) return { removed: false };
    await this.store.update((p) => {
      p.documents = p.documents.filter((d) => d.id !== id);
    });
    // The original copy stays: content-addressed, it may back an undo or another document.
    await this.store.removeDerived(id);
    this.changed(true);
    return { removed: true };
  }

  async setLanguageTags({ tags }: ApiInput<'setLanguageTags'>) {
    const checked = checkLanguageTags(tags, this.store.project.languages);
    if (!checked.ok) {
      throw checked.problem === 'syntax'
        ? new WorkbenchError('project.languageTagInvalid', { tag: checked.tag })
        : new WorkbenchError('project.languageTagMismatch', { tag: checked.tag, language: checked.language });
    }
    await this.store.update((p) => {
      p.languageTags = checked.tags;
    });
    this.changed(true);
    return (await this.getSnapshot()).project;
  }

  async setUiLanguage({ language }: ApiInput<'setUiLanguage'>) {
    await this.settingsStore.setUiLanguage(language);
    return this.settingsStore.settings;
  }

  async listPairs(_input: ApiInput<'listPairs'> = {}) {
    return this.alignment.listPairs();
  }
  async suggestPairs(input: ApiInput<'suggestPairs'> = {}) {
    return this.pairsChanged(await this.alignment.suggestPairs(input.dictionary));
  }
  async setPairStatus({ pairId, status }: ApiInput<'setPairStatus'>) {
    return this.pairsChanged(await this.alignment.setPairStatus(pairId, status));
  }
  async createPair({ a, b }: ApiInput<'createPair'>) {
    return this.pairsChanged(await this.alignment.createPair(a, b));
  }

  // ---- what changed, named (the UI refetches only that) ----
  private pairsChanged<T>(value: T): T {
    this.emit({ type: 'pairs-changed', pairs: this.alignment.listPairs() });
    return value;
  }
  private documentChanged(id: string, text = false): void {
    const rec = this.store.project.documents.find((d) => d.id === id);
    this.emit({ type: 'document-changed', id, ...(rec ? { summary: summarize(rec) } : {}), ...(text ? { text: true } : {}) });
  }
  /** Documents whose text a history record changes (its text edits). */
  private textDocs(record: EditRecord | undefined): string[] {
    return record ? [...new Set(primitives(record).flatMap((r) => (r.kind === 'text' ? [r.docId] : [])))] : [];
  }
  private glossaryChanged<T>(value: T): T {
    this.emit({ type: 'glossary-changed' });
    return value;
  }
  async getAlignment({ pairId, realign, dictionary }: ApiInput<'getAlignment'>) {
    return this.alignment.getAlignment(pairId, realign ?? false, dictionary);
  }
  async editAlignment({ pairId, op }: ApiInput<'editAlignment'>) {
    return this.alignment.edit(pairId, op);
  }
  async editSentence({ pairId, side, index, text }: ApiInput<'editSentence'>) {
    const r = await this.alignment.editSentence(pairId, side, index, text);
    const pair = this.store.project.pairs.find((p) => p.id === pairId);
    if (pair) this.documentChanged(side === 'src' ? pair.a : pair.b, true);
    return r;
  }
  async undo(_input: ApiInput<'undo'> = {}) {
    const h = this.store.project.history;
    const record = h.records[h.cursor - 1];
    const r = await this.alignment.undo();
    this.afterUndoRedo(record);
    return r;
  }
  async redo(_input: ApiInput<'redo'> = {}) {
    const h = this.store.project.history;
    const record = h.records[h.cursor];
    const r = await this.alignment.redo();
    this.afterUndoRedo(record);
    return r;
  }
  private afterUndoRedo(record: EditRecord | undefined): void {
    // Only the documents whose findings the record touches (none for a pair or reviewed decision).
    const docIds = record ? this.findings.findingDocsOf(record) : undefined;
    this.emit({ type: 'findings-changed', ...(docIds ? { docIds } : {}) });
    const prims = record ? primitives(record) : [];
    for (const id of this.textDocs(record)) this.documentChanged(id, true);
    for (const r of prims) if (r.kind === 'status' && /^(reviewed|language):/.test(r.target)) this.documentChanged(r.target.slice(r.target.indexOf(':') + 1));
    if (prims.some((r) => r.kind === 'status' && r.target.startsWith('pair:'))) this.pairsChanged(null);
    this.findings.scheduleRecheck();
  }

  async runChecks(_input: ApiInput<'runChecks'> = {}) {
    return this.findings.runChecks();
  }
  async getFindings({ docIds }: ApiInput<'getFindings'> = {}) {
    return this.findings.state(docIds);
  }
  async acceptFinding({ findingId, suggestion }: ApiInput<'acceptFinding'>) {
    return this.history.exclusive(() => this.findings.accept(findingId, suggestion));
  }
  async editFinding({ findingId, text }: ApiInput<'editFinding'>) {
    return this.history.exclusive(() => this.findings.edit(findingId, text));
  }
  async rejectFinding({ findingId, reason, ignorePattern }: ApiInput<'rejectFinding'>) {
    return this.history.exclusive(() => this.findings.reject(findingId, reason, ignorePattern));
  }
  async reopenFinding({ findingId }: ApiInput<'reopenFinding'>) {
    return this.history.exclusive(() => this.findings.reopen(findingId));
  }
  async previewApplyToAll({ findingId, suggestion }: ApiInput<'previewApplyToAll'>) {
    return this.findings.preview(findingId, suggestion);
  }
  async applyToAll({ findingId, suggestion, findingIds }: ApiInput<'applyToAll'>) {
    return this.history.exclusive(() => this.findings.applyToAll(findingId, suggestion, findingIds));
  }
  async fixText({ docId, start, end, text }: ApiInput<'fixText'>) {
    return this.history.exclusive(() => this.findings.fixText(docId, start, end, text));
  }
  async applyFixAt({ from, to, places }: ApiInput<'applyFixAt'>) {
    return this.history.exclusive(() => this.findings.applyFixAt(from, to, places));
  }
  async getCleanText({ id }: ApiInput<'getCleanText'>) {
    const { original, cleaned, edits } = await this.findings.cleanText(this.store.findDocument(id));
    return {
      original,
      cleaned,
      edits: edits.map(({ start, end, before, after, source, findingId }) => ({ start, end, before, after, source, ...(findingId ? { findingId } : {}) })),
    };
  }
  async addNameToGlossary({ findingId, name }: ApiInput<'addNameToGlossary'>) {
    return this.glossaryChanged(await this.findings.addNameToGlossary(findingId, name));
  }
  async getCheckProfile(_input: ApiInput<'getCheckProfile'> = {}) {
    return this.findings.profileView();
  }
  async setCheckProfile({ profile }: ApiInput<'setCheckProfile'>) {
    return this.findings.setProfile(profile);
  }
  /** Resolves once background re-checks are done (used by tests and before closing). */
  async settled(): Promise<void> {
    await this.importsSettled();
    await this.findings.settled();
  }

  async getGlossary(_input: ApiInput<'getGlossary'> = {}) {
    return this.findings.glossary().entries;
  }
  async setGlossary({ entries }: ApiInput<'setGlossary'>) {
    return this.glossaryChanged(await this.findings.setGlossary(entries));
  }
  async importGlossary({ format, content }: ApiInput<'importGlossary'>) {
    return this.glossaryChanged(await this.findings.importGlossary(format, content));
  }
  async exportGlossary({ format }: ApiInput<'exportGlossary'>) {
    return this.findings.exportGlossary(format);
  }

  async exportCorpus({ formats, includeUnconfirmed, minConfidence, many, languages }: ApiInput<'exportCorpus'>): Promise<ExportResult | null> {
    const outDir = this.host ? await this.host.pickExportDir() : path.join(this.store.dir, 'exports', new Date().toISOString().replace(/[:.]/g, '-'));
    if (!outDir) return null;
    const corpus = await corpusFromProject(this.store.dir);
    // Tags typed for this export become the project's tags when they are tags of its languages
    // (a same-language TM's en-US/en-GB is used for this export only); none typed: the project's
    // tags, else those an older version kept in export-tags.json.
    if (languages && checkLanguageTags(languages, this.store.project.languages).ok) await this.setLanguageTags({ tags: languages });
    const tags = languages ?? this.store.project.languageTags ?? (await readExportTags(this.store.dir));
    const { value: summary } = await this.jobs.run('export', formats.length, (ctx) =>
      exportCorpus(corpus, outDir, {
        formats,
        includeUnconfirmed,
        ...(minConfidence !== undefined ? { minConfidence } : {}),
        ...(many ? { many } : {}),
        ...(tags ? { languages: tags } : {}),
        uiLanguage: this.settingsStore.settings.uiLanguage,
        signal: ctx.signal,
        onProgress: (p) => ctx.progress(p.step, p.steps, p.file),
      }),
    );
    return {
      outDir: summary.outDir,
      files: summary.files.map((f) => ({
        format: f.format,
        path: f.path,
        bytes: f.bytes,
        ...(f.records !== undefined ? { records: f.records } : {}),
        ...(f.removed ? { removedChars: f.removed.count } : {}),
      })),
      segments: summary.segments,
      beads: summary.beads,
      pairs: { exported: summary.pairs.exported, skipped: summary.pairs.skipped.length },
      documents: summary.documents,
      removedChars: summary.removedChars,
      ...(summary.notWritten ? { notWritten: summary.notWritten } : {}),
      ...(summary.languages ? { languages: summary.languages } : {}),
      leftOut: summary.leftOut,
      selection: { includeUnconfirmed: includeUnconfirmed ?? false, ...(minConfidence !== undefined ? { minConfidence } : {}) },
    };
  }

  async inspectBitext({ name, dataBase64 }: ApiInput<'inspectBitext'>) {
    if (!bitextKind(name)) throw new WorkbenchError('import.unsupportedType', { ext: path.extname(name).toLowerCase() || name });
    try {
      const read = readBitextBytes(Buffer.from(dataBase64, 'base64'), name, { prefer: this.store.project.languages });
      return {
        format: read.format,
        encoding: read.encoding,
        languagesFound: read.languagesFound ?? [read.srcLang, read.tgtLang],
        languages: [read.srcLang, read.tgtLang] as [string, string],
        segments: read.segments.length,
      };
    } catch (e) {
      throw bitextApiError(e) ?? e;
    }
  }

  async importBitext({ name, dataBase64, languages, tsvHeader }: ApiInput<'importBitext'>) {
    if (!bitextKind(name)) throw new WorkbenchError('import.unsupportedType', { ext: path.extname(name).toLowerCase() || name });
    // The follow-up (pair suggestions, checks) runs once the pair exists: importJob's next steps.
    return this.importJob(async () => {
      let out;
      try {
        out = await importBitextFile(
          {
            projectDir: this.store.dir,
            importFiles: (files) => this.importUploadedFiles(files.map((f) => ({ name: f.name, dataBase64: f.bytes.toString('base64') }))),
            textOf: async (id) => (await this.getDocument({ id })).text,
            createAligned: (a, b, src, tgt, beads) => this.alignment.createAligned(a, b, src, tgt, beads),
          },
          name,
          Buffer.from(dataBase64, 'base64'),
          { ...(languages ? { languages } : {}), prefer: this.store.project.languages, ...(tsvHeader ? { tsvHeader } : {}) },
        );
      } catch (e) {
        if (e instanceof WorkbenchError) throw e;
        throw bitextApiError(e) ?? new WorkbenchError('ipc.invalidPayload', { reason: (e as Error).message });
      }
      return {
        ...out.report,
        pair: out.pair,
        warnings: out.warnings,
        format: out.bitext.format,
        encoding: out.bitext.encoding,
        languages: out.languages,
        languagesFound: out.bitext.languagesFound ?? out.languages,
        segments: out.segments,
        codes: (out.bitext.codes?.src.length ?? 0) + (out.bitext.codes?.tgt.length ?? 0),
        ...(out.bitext.headerRow !== undefined ? { headerRow: out.bitext.headerRow } : {}),
      };
    });
  }

  async searchCorpus(input: ApiInput<'searchCorpus'>) {
    return this.search.search(input);
  }
  async replaceInCorpus(input: ApiInput<'replaceInCorpus'>) {
    return this.search.replace(input);
  }

  async getJob({ id }: ApiInput<'getJob'>) {
    const j = this.jobs.get(id);
    if (!j) throw new WorkbenchError('job.notFound', { id });
    return j;
  }

  async cancelJob({ id }: ApiInput<'cancelJob'>) {
    const j = this.jobs.cancel(id);
    if (!j) throw new WorkbenchError('job.notFound', { id });
    return j;
  }

  /** Re-runs detection on stored text (e.g. after the project's languages change). */
  async redetect(id: string): Promise<DocumentSummary> {
    const rec = this.store.findDocument(id);
    const text = await this.textOf(rec);
    const r = analyzeText(text, this.store.project.languages);
    await this.store.update((p) => {
      const d = p.documents.find((x) => x.id === id)!;
      d.detection = r.detection;
      d.stats = r.stats;
    });
    return summarize(this.store.findDocument(id));
  }

  /** First run: a new project gets the sample corpus, so a new user sees real data. */
  async seedFrom(dir: string): Promise<ImportReport | null> {
    if (this.store.project.documents.length > 0) return null;
    const entries = await fsp.readdir(dir).catch((error: unknown) => {
      log.warnUnlessMissing('project.sampleUnreadable', error, { dir });
      return [] as string[];
    });
    const files = entries
      .filter((n) => /\.(txt|md|html?|docx)$/i.test(n))
      .sort()
      .map((n) => path.join(dir, n));
    if (files.length === 0) return null;
    const report = await this.importPaths(files);
    // A new user should see the stories that belong together at once, and what the checks found.
    await this.alignment.suggestPairs();
    await this.findings.runChecks();
    return report;
  }

  async close(): Promise<void> {
    await this.importsSettled();
    this.findings.cancelScheduled();
    await this.findings.settled();
    await this.history.idle();
    await this.analyzer.close();
    await this.store.close();
  }
}

export function docId(sha256: string): string {
  return `d_${sha256.slice(0, 16)}`;
}

function formatOf(name: string): SourceFormat {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  return 'txt';
}

function decodedFields(r: AnalyzeResult) {
  return {
    encoding: r.decoded.encoding,
    bom: r.decoded.bom,
    lineEnding: r.decoded.lineEnding,
    normalized: r.decoded.normalized,
  };
}

function makeRecord(id: string, f: IncomingFile, size: number, r: AnalyzeResult): DocumentRecord {
  return {
    id,
    name: f.name,
    relPath: f.relPath,
    format: r.decoded.format ?? formatOf(f.name),
    sha256: r.sha256,
    size,
    sourcePath: f.sourcePath,
    ...decodedFields(r),
    encodingForced: false,
    importedAt: new Date().toISOString(),
    detection: r.detection,
    override: null,
    reviewed: false,
    stats: r.stats,
  };
}
