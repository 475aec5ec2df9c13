// The `?` overlay: every shortcut, grouped, with key names in the UI language.
import type { TFunction } from 'i18next';
import { Modal } from '../components/Modal.js';
import { useT } from '../i18n/index.js';
import { keyLabel } from '../keyboard/key-labels.js';
import { isMacPlatform, SHORTCUTS, type ShortcutHelp } from '../keyboard/shortcuts.js';

const GROUPS: ShortcutHelp['group'][] = ['global', 'table', 'detail', 'pair', 'findings'];

function groupTitle(t: TFunction, group: ShortcutHelp['group']): string {
  switch (group) {
    case 'global':
      return t('keys.groups.global');
    case 'table':
      return t('keys.groups.table');
    case 'detail':
      return t('keys.groups.detail');
    case 'pair':
      return t('keys.groups.pair');
    case 'findings':
      return t('keys.groups.findings');
  }
}

export function KeysOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const mac = isMacPlatform(navigator);
  return (
    <Modal title={t('keys.title')} closeLabel={t('keys.close')} onClose={onClose} className="keys-overlay">
      {GROUPS.map((group) => (
        <section key={group}>
          <h3>{groupTitle(t, group)}</h3>
          <dl className="keys-list">
            {SHORTCUTS.filter((s) => s.group === group).map((s) => (
              <div key={s.id} className="keys-row">
                <dt>
                  {s.chords.map((chord, i) => (
                    <span key={i} className="chord">
                      {chord.map((k, j) => (
                        <kbd key={j}>{keyLabel(t, k, mac)}</kbd>
                      ))}
                    </span>
                  ))}
                </dt>
                <dd>{t(`keys.items.${s.id}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
