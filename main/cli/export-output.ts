// What `bitext export` and `bitext clean` print about an export: progress lines (--verbose) and
// the closing summary.
import type { ExportOptions, ExportSummary } from '../services/export/export-corpus.js';
import type { CliIo } from './types.js';
import { noteText } from '../../shared/export/notes.js';

/** The onProgress option of exportCorpus when --verbose is given: one line per step on stderr. */
export function exportProgress(verbose: boolean | undefined, io: CliIo): Pick<ExportOptions, 'onProgress'> {
  return verbose ? { onProgress: (p) => io.stderr(`[${p.step}/${p.steps}] ${p.file} ${p.done}/${p.total}\n`) } : {};
}

export function summaryText(s: ExportSummary): string {
  const out: string[] = [];
  out.push(
    `Exported to ${s.outDir}: ${s.segments} segment pair${s.segments === 1 ? '' : 's'} from ${s.pairs.exported} document pair${s.pairs.exported === 1 ? '' : 's'} (${s.beads.total} beads, ${s.beads.confirmed} confirmed; ${s.selection}); ${s.documents} documents.`,
  );
  // Named by the documents' file names (the CLI speaks English, like its other lines).
  for (const l of s.leftOut.filter((p) => p.reason !== 'rejected')) out.push(noteText({ kind: 'pairLeftOut', ...l }, 'en'));
  for (const n of s.notWritten ?? [])
    out.push(`  ${n.path}  not written: nothing to export, and an ${n.format === 'xliff' ? 'XLIFF 2.1' : n.format} file without units would be invalid.`);
  if (s.languages) out.push(`Language tags written: ${s.languages[0]} → ${s.languages[1]}.`);
  for (const f of s.files) {
    const extra = f.removed?.count
      ? ` — ${f.removed.count} character${f.removed.count === 1 ? '' : 's'} removed (${Object.entries(f.removed.byCodePoint)
          .map(([k, n]) => `${k}×${n}`)
          .join(', ')})`
      : '';
    out.push(`  ${f.path}  ${f.bytes} bytes${f.records !== undefined ? `, ${f.records} record${f.records === 1 ? '' : 's'}` : ''}${extra}`);
  }
  return out.join('\n') + '\n';
}
