// Lists a document's paragraphs that are in another language; each one jumps to its place.
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import { formatPercent } from '../../i18n/format.js';
import { languageName } from '../../i18n/language-names.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { bandOf } from './segment-mix.js';
import { textBlocks } from './text-blocks.js';
import { useDocumentDetail } from './use-document-detail.js';

interface Props {
  id: string;
  onClose: () => void;
  onJump: (id: string, segmentIndex: number) => void;
}

export function ForeignSegmentsDialog({ id, onClose, onJump }: Props) {
  const { t, i18n } = useT();
  const summary = useWorkbench((s) => s.snapshot?.documents.find((d) => d.id === id));
  const state = useDocumentDetail(id, summary);
  const name = (code: string) => languageName(t, i18n.language, code);

  let body;
  if (state.status === 'loading') body = <p role="status">{t('documents.foreign.loading')}</p>;
  else if (state.status === 'failed')
    body = (
      <p role="alert" className="error-text">
        {caughtErrorText(t, state.error)}
      </p>
    );
  else {
    const foreign = textBlocks(state.detail).filter((b) => b.foreign);
    body =
      foreign.length === 0 ? (
        <p>{t('documents.foreign.none')}</p>
      ) : (
        <ol className="foreign-list">
          {foreign.map((b) => (
            <li key={b.segmentIndex}>
              <p className="foreign-meta">
                <span className={`lang-badge band-${bandOf(b.language)}`}>{b.language}</span>
                {t('documents.foreign.segmentLanguage', { language: name(b.language), confidence: formatPercent(i18n.language, b.segment?.confidence ?? 0) })}
              </p>
              <p className="foreign-text" lang={b.language}>
                {b.text}
              </p>
              <button type="button" className="link-button" onClick={() => onJump(id, b.segmentIndex)}>
                {t('documents.foreign.jump')}
              </button>
            </li>
          ))}
        </ol>
      );
  }

  return (
    <Modal title={t('documents.foreign.title')} closeLabel={t('documents.foreign.close')} onClose={onClose} className="foreign-dialog">
      {summary ? <p className="modal-subtitle">{t('documents.foreign.subtitle', { name: summary.name, language: name(summary.language) })}</p> : null}
      {body}
    </Modal>
  );
}
