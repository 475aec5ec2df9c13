// The Glossary view: the project's names, titles and terms (per language, with statuses); add,
// edit, delete, import and export; and a reminder to re-run the checks after a change.
import { useId, useMemo, useState } from 'react';
import type { GlossaryEntryView } from '../../../shared/api/contract.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import { RerunChecksButton } from '../findings/index.js';
import { useFindings } from '../findings/index.js';
import { GlossaryEntryEditor } from './GlossaryEntryEditor.js';
import { GlossaryEntryItem } from './GlossaryEntryItem.js';
import { GlossaryImportExport } from './GlossaryImportExport.js';
import { emptyEntry, entryTitle, filterEntries, removeEntry, sortEntries, upsertEntry } from './glossary-model.js';
import { useGlossary } from './use-glossary.js';
import '../../styles/glossary.css';

export function GlossaryView() {
  const { t, i18n } = useT();
  const g = useGlossary();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ entry: GlossaryEntryView; isNew: boolean } | null>(null);
  const checking = useFindings((s) => s.checking);
  const shown = useMemo(() => sortEntries(filterEntries(g.entries, query), i18n.language), [g.entries, query, i18n.language]);

  const [deleting, setDeleting] = useState<GlossaryEntryView | null>(null);

  return (
    <section className="glossary-view" aria-labelledby="glossary-title">
      <h1 id="glossary-title" className="sr-only">
        {t('glossary.title')}
      </h1>
      <div className="view-toolbar glossary-toolbar">
        <button type="button" className="button primary" onClick={() => setEditing({ entry: emptyEntry('name'), isNew: true })}>
          {t('glossary.add')}
        </button>
        <label className="field glossary-search" htmlFor={searchId}>
          <span className="sr-only">{t('glossary.search')}</span>
          <input id={searchId} type="search" value={query} placeholder={t('glossary.search')} onChange={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <span className="view-toolbar-spacer" />
        <GlossaryImportExport onImport={g.importText} onExport={g.exportAs} />
      </div>
      {g.stale ? (
        <div className="glossary-stale" role="status">
          <span>{checking ? t('glossary.checking') : t('glossary.stale')}</span>
          <RerunChecksButton className="button small primary" />
        </div>
      ) : null}
      {g.load.status === 'loading' ? <p role="status">{t('glossary.loading')}</p> : null}
      {g.load.status === 'failed' ? (
        <p role="alert" className="error-text">
          {caughtErrorText(t, g.load.error)}
        </p>
      ) : null}
      {g.load.status === 'ready' && g.entries.length === 0 ? <EmptyState title={t('glossary.empty.title')} body={t('glossary.empty.body')} /> : null}
      {g.load.status === 'ready' && g.entries.length > 0 ? (
        <>
          <p className="hint" role="status">
            {t('glossary.count', { count: shown.length, total: g.entries.length })}
          </p>
          <ul className="glossary-list" aria-label={t('glossary.listLabel')}>
            {shown.map((e) => (
              <GlossaryEntryItem key={e.id} entry={e} onEdit={() => setEditing({ entry: e, isNew: false })} onDelete={() => setDeleting(e)} />
            ))}
          </ul>
        </>
      ) : null}
      {deleting ? (
        <Modal title={t('glossary.confirmDelete', { title: entryTitle(deleting) })} closeLabel={t('glossary.editor.cancel')} onClose={() => setDeleting(null)}>
          <div className="dialog-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                void g.save(removeEntry(g.entries, deleting.id));
                setDeleting(null);
              }}
            >
              {t('glossary.delete')}
            </button>
            <button type="button" className="button" onClick={() => setDeleting(null)}>
              {t('glossary.editor.cancel')}
            </button>
          </div>
        </Modal>
      ) : null}
      {editing ? (
        <GlossaryEntryEditor
          entry={editing.entry}
          isNew={editing.isNew}
          onClose={() => setEditing(null)}
          onSave={(entry) => {
            setEditing(null);
            void g.save(upsertEntry(g.entries, entry));
          }}
        />
      ) : null}
    </section>
  );
}
