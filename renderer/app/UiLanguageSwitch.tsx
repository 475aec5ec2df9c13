// EN | FR toggle. Each choice is named in its own language and saved to the project settings.
import type { UiLanguage } from '../../shared/api/contract.js';
import { UI_LANGUAGES } from '../i18n/ui-languages.js';
import { useT } from '../i18n/index.js';
import { nativeLanguageName } from '../i18n/language-names.js';
import { useStore } from '../state/use-workbench.js';

export function UiLanguageSwitch() {
  const { t, i18n } = useT();
  const store = useStore();
  const choose = (lng: UiLanguage) => {
    if (lng === i18n.language) return;
    void i18n.changeLanguage(lng);
    void store.setUiLanguage(lng);
  };
  return (
    <div className="segmented" role="group" aria-label={t('uiLanguage.label')}>
      {UI_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          aria-label={nativeLanguageName(lng)}
          title={t('uiLanguage.switchTo', { language: nativeLanguageName(lng) })}
          onClick={() => choose(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
