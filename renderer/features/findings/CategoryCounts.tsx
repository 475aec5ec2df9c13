// Open/total counts per category; each is a toggle that narrows the list to that category.
import { useT } from '../../i18n/index.js';
import type { CategoryCount } from './finding-query.js';
import { categoryLabel } from './finding-labels.js';

interface Props {
  counts: readonly CategoryCount[];
  active: string | null;
  onChoose: (category: string | null) => void;
}

export function CategoryCounts({ counts, active, onChoose }: Props) {
  const { t } = useT();
  if (counts.length === 0) return null;
  return (
    <ul className="category-counts" aria-label={t('findings.countsLabel')}>
      {counts.map((c) => {
        const label = categoryLabel(t, c.category);
        const on = active === c.category;
        return (
          <li key={c.category}>
            <button
              type="button"
              className={`category-chip ${c.open === 0 ? 'is-done' : ''}`}
              aria-pressed={on}
              title={t('findings.countTitle', { category: label, open: c.open, total: c.total })}
              onClick={() => onChoose(on ? null : c.category)}
            >
              <span>{label}</span>
              <span className="chip-count" aria-hidden="true">
                {t('findings.countShort', { open: c.open, total: c.total })}
              </span>
              <span className="sr-only">{t('findings.countTitle', { category: label, open: c.open, total: c.total })}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
