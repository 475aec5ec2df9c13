// Owns the ways in: OS dialogs in Electron, hidden file inputs in a browser, and drops. Components
// and shortcuts ask for "add files" / "add folder" through useImport() and never care which front runs.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ImportReport } from '../../../shared/api/contract.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { collectDropped, fromFileList, readAsUpload, refuseOversized, type PickedFile } from './read-files.js';
import { BITEXT_ACCEPT } from './bitext-import.js';
import { useBitextImport } from './BitextImportResult.js';
import { planBatches } from './upload-batches.js';

export interface ImportActions {
  addFiles(): void;
  addFolder(): void;
  importDrop(dt: DataTransfer): void;
  /** "Open TMX/TSV…": one bilingual file becomes two documents and a confirmed pair. */
  openBitext(): void;
}

const ImportContext = createContext<ImportActions | null>(null);

export function useImport(): ImportActions {
  const actions = useContext(ImportContext);
  if (!actions) throw new Error('useImport outside ImportProvider');
  return actions;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const store = useStore();
  const nativeDialogs = useWorkbench((s) => s.snapshot?.capabilities.nativeDialogs ?? false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const bitextInput = useRef<HTMLInputElement>(null);
  const bitext = useBitextImport().session;

  useEffect(() => {
    // Not a React prop: set the non-standard attribute that turns the picker into a folder picker.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const uploadPicked = useCallback(
    async (picked: PickedFile[]) => {
      const { accepted, refused } = refuseOversized(picked, new Date().toISOString());
      const batches = planBatches(accepted.map((p) => p.file.size));
      const calls = batches.map((batch) => async (): Promise<ImportReport> => {
        const files = await Promise.all(batch.map((i) => readAsUpload(accepted[i]!)));
        return store.bridge.call('importUploads', { files });
      });
      if (refused.length > 0) calls.push(async () => ({ imported: [], rejected: refused }));
      store.setReadingFiles(true);
      try {
        await store.runImport(calls);
      } finally {
        store.setReadingFiles(false);
      }
    },
    [store],
  );

  const actions = useMemo<ImportActions>(
    () => ({
      addFiles() {
        if (nativeDialogs) void store.runImport([() => store.bridge.call('importWithDialog', { mode: 'files' })]);
        else filesInput.current?.click();
      },
      addFolder() {
        if (nativeDialogs) void store.runImport([() => store.bridge.call('importWithDialog', { mode: 'folder' })]);
        else folderInput.current?.click();
      },
      importDrop(dt) {
        const { pathForFile } = store.bridge;
        if (store.bridge.kind === 'electron' && pathForFile) {
          const paths = Array.from(dt.files, (f) => pathForFile(f)).filter((p) => p !== '');
          if (paths.length > 0) void store.runImport([() => store.bridge.call('importDropped', { paths })]);
          return;
        }
        const collecting = collectDropped(dt);
        store.setReadingFiles(true);
        collecting
          .then((picked) => (picked.length > 0 ? uploadPicked(picked) : undefined))
          .catch((err: unknown) => store.report(err))
          .finally(() => store.setReadingFiles(false));
      },
      openBitext() {
        bitextInput.current?.click();
      },
    }),
    [nativeDialogs, store, uploadPicked],
  );

  const onPicked = (input: HTMLInputElement) => {
    const picked = input.files ? fromFileList(input.files) : [];
    // Reset so choosing the same files again still fires "change".
    input.value = '';
    if (picked.length > 0) void uploadPicked(picked);
  };

  return (
    <ImportContext.Provider value={actions}>
      {children}
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="files-input"
        onChange={(e) => onPicked(e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="folder-input"
        onChange={(e) => onPicked(e.currentTarget)}
      />
      <input
        ref={bitextInput}
        type="file"
        accept={BITEXT_ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="bitext-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void bitext.open(file.name, async () => (await readAsUpload({ file, relPath: file.name })).dataBase64, file.size);
        }}
      />
    </ImportContext.Provider>
  );
}
