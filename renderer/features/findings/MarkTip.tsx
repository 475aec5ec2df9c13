// What a highlight says on hover or focus: the finding's message, its evidence (both in the UI
// language) and its fix as a diff, or for a fix already made, what it changed. Plain React text,
// never HTML.
import type { FindingView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { categoryLabel, evidenceIn, messageIn } from './finding-labels.js';
import { FixDiff } from './FixDiff.js';
import type { CleanEdit } from './text-marks.js';

const NO_CONTEXT = { before: '', after: '' };

export function FindingTip({ id, finding: f, more, lang }: { id: string; finding: FindingView; more: number; lang: string | undefined }) {
  const { t, i18n } = useT();
  return (
    <span role="tooltip" id={id} className="hl-tip">
      <span className="hl-tip-title">{categoryLabel(t, f.category)}</span>
      <span className="hl-tip-message" lang={i18n.language}>
        {messageIn(f, i18n.language)}
      </span>
      {f.evidence.length > 0 ? (
        <span className="hl-tip-evidence" lang={i18n.language}>
          {evidenceIn(f, i18n.language).map((e, i) => (
            <span key={i} className="hl-tip-evidence-line">
              {e}
            </span>
          ))}
        </span>
      ) : null}
      {f.suggestions[0] !== undefined ? <FixDiff context={NO_CONTEXT} from={f.text} to={f.suggestions[0]} lang={lang} /> : null}
      {more > 0 ? <span className="hl-tip-more">{t('findings.marks.more', { count: more })}</span> : null}
    </span>
  );
}

export function EditTip({ id, edit, lang }: { id: string; edit: CleanEdit; lang: string | undefined }) {
  const { t } = useT();
  return (
    <span role="tooltip" id={id} className="hl-tip">
      <span className="hl-tip-title">{edit.after === '' ? t('findings.marks.excludedTitle') : t('findings.marks.fixedTitle')}</span>
      <FixDiff context={NO_CONTEXT} from={edit.before} to={edit.after} lang={lang} />
    </span>
  );
}
