// A small in-memory stand-in for `bitext serve`, for UI tests that need data the real server would
// take long to produce (thousands of documents) or states it rarely reaches (refusals, jobs).
// It speaks the same HTTP bridge protocol and serves the built renderer. Test code only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DocumentDetail, DocumentSummary, RejectedFile, SegmentLanguage, Settings, WorkbenchEvent } from '../../shared/api/contract.js';

export interface FakeDoc {
  name: string;
  text: string;
}

const FR_WORDS = /\b(le|la|les|des|du|une|est|et|dans|pour|avec|sur|qui|que|pas|au|aux|ces|cette|lors|selon)\b/gi;
const EN_WORDS = /\b(the|and|of|to|in|is|that|for|with|on|as|are|was|by|this|from|at|it|be|not)\b/gi;

function guess(text: string): { language: string; confidence: number } {
  const fr = text.match(FR_WORDS)?.length ?? 0;
  const en = text.match(EN_WORDS)?.length ?? 0;
  if (fr + en < 3) return { language: 'und', confidence: 0 };
  const language = fr > en ? 'fr' : 'en';
  return { language, confidence: Math.max(fr, en) / (fr + en) };
}

function analyse(id: string, name: string, text: string, encoding: string): DocumentDetail {
  const segments: SegmentLanguage[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = guess(m[0]);
    segments.push({ start: m.index, end: m.index + m[0].length, language: g.language, confidence: g.confidence, inherited: false });
  }
  const doc = guess(text);
  for (const s of segments) if (s.language === 'und') Object.assign(s, { language: doc.language, inherited: true });
  const mix: Record<string, number> = {};
  for (const s of segments) mix[s.language] = (mix[s.language] ?? 0) + (s.end - s.start);
  const summary: DocumentSummary = {
    id,
    name,
    relPath: name,
    format: 'txt',
    encoding,
    language: doc.language,
    detectedLanguage: doc.language,
    confidence: Math.min(1, 0.4 + doc.confidence / 1.6),
    override: null,
    reviewed: false,
    segmentMix: mix,
    foreignSegments: segments.filter((s) => !s.inherited && s.language !== doc.language).length,
    words: text.split(/\s+/).filter(Boolean).length,
    sentences: (text.match(/[.!?](\s|$)/g) ?? []).length,
    chars: text.length,
    importedAt: new Date(0).toISOString(),
  };
  return { summary, text, segments };
}

export interface FakeServer {
  url: string;
  close(): Promise<void>;
  emit(e: WorkbenchEvent): void;
  calls: string[];
}

export async function startFakeServer(opts: { rendererDir: string; docs: FakeDoc[]; rejected?: RejectedFile[] }): Promise<FakeServer> {
  const token = randomBytes(12).toString('hex');
  const docs = new Map<string, DocumentDetail>();
  let n = 0;
  const add = (name: string, text: string) => {
    const id = `d_${(n++).toString(16).padStart(12, '0')}`;
    docs.set(id, analyse(id, name, text, 'utf-8'));
    return docs.get(id)!.summary;
  };
  for (const d of opts.docs) add(d.name, d.text);
  const rejected: RejectedFile[] = [...(opts.rejected ?? [])];
  let settings: Settings = { uiLanguage: 'en', recentProjects: [] };
  let savedAt: string | null = null;
  const clients = new Set<ServerResponse>();
  const calls: string[] = [];

  const emit = (e: WorkbenchEvent) => {
    for (const c of clients) c.write(`data: ${JSON.stringify(e)}\n\n`);
  };
  const changed = () => {
    savedAt = new Date().toISOString();
    emit({ type: 'project-changed', savedAt });
  };
  const docOr = (id: string) => {
    const d = docs.get(id);
    if (!d) throw { code: 'document.notFound' };
    return d;
  };
  const setSummary = (id: string, patch: Partial<DocumentSummary>) => {
    const d = docOr(id);
    d.summary = { ...d.summary, ...patch };
    d.summary.language = d.summary.override ?? d.summary.detectedLanguage;
    changed();
    return d.summary;
  };

  const methods: Record<string, (input: any) => unknown> = {
    getSnapshot: () => ({
      project: { name: 'Fake project', dir: '/fake', formatVersion: 1, languages: ['en', 'fr'], savedAt },
      documents: [...docs.values()].map((d) => d.summary),
      rejected,
      settings,
      capabilities: { nativeDialogs: false },
      pairs: [],
      history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
    }),
    getDocument: ({ id }) => docOr(id),
    setLanguageOverride: ({ id, language }) => setSummary(id, { override: language }),
    setReviewed: ({ id, reviewed }) => setSummary(id, { reviewed }),
    setEncoding: ({ id, encoding }) => setSummary(id, { encoding }),
    setUiLanguage: ({ language }) => {
      settings = { ...settings, uiLanguage: language };
      return settings;
    },
    importUploads: ({ files }: { files: Array<{ name: string; dataBase64: string }> }) => {
      const report = { imported: [] as DocumentSummary[], rejected: [] as RejectedFile[] };
      for (const f of files) {
        const bytes = Buffer.from(f.dataBase64, 'base64');
        if (bytes.length === 0) report.rejected.push({ name: f.name, at: new Date().toISOString(), error: { code: 'import.empty' } });
        else if (bytes.includes(0)) report.rejected.push({ name: f.name, at: new Date().toISOString(), error: { code: 'import.binary' } });
        else report.imported.push(add(f.name, bytes.toString('utf8')));
      }
      rejected.push(...report.rejected);
      changed();
      return report;
    },
    cancelJob: ({ id }) => ({ id, kind: 'import', state: 'cancelled', done: 0, total: 0 }),
  };

  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api/events') {
      if (url.searchParams.get('token') !== token) return void res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.headers.authorization !== `Bearer ${token}`) return void res.writeHead(401).end();
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const name = url.pathname.slice(5);
      calls.push(name);
      const fn = methods[name];
      let body: unknown;
      try {
        if (!fn) throw { code: 'ipc.unknownMethod', params: { method: name } };
        body = { ok: true, value: fn(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')) };
      } catch (error) {
        body = { ok: false, error };
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      return;
    }
    const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = path.join(opts.rendererDir, path.normalize(rel));
    try {
      const data = await readFile(file);
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      res.writeHead(200, { 'content-type': type }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    emit,
    calls,
    close: () =>
      new Promise<void>((r) => {
        for (const c of clients) c.end();
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
