// The body of the check-settings dialog: per category a switch and its checks (each with its own
// switch, severity and options), the French no-break-space house style and the minimum severity.
// Stateless: the dialog owns the form and passes every change back.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import type { OptionValue } from '../../../shared/checks/profile.js';
import { useT } from '../../i18n/index.js';
import { languageName } from '../../i18n/language-names.js';
import {
  NO_BREAK_SPACE_STYLES,
  SEVERITIES,
  groupRules,
  optionKind,
  parseOption,
  setCategory,
  updateRule,
  type CheckSettingsForm as Form,
  type NoBreakSpaceStyle,
  type OptionInput,
  type OptionProblem,
  type RuleInfo,
  type SeverityChoice,
} from './check-settings-model.js';
import { categoryLabel, severityLabel } from './finding-labels.js';

interface Props {
  rules: readonly RuleInfo[];
  form: Form;
  onChange: (form: Form) => void;
  /** Problems are shown only once the editor tried to save. */
  showProblems: boolean;
}

/** Literal keys (the key scanner checks each); an option a newer engine adds shows its own name. */
export function optionLabel(t: TFunction, ruleId: string, name: string): string {
  switch (`${ruleId}/${name}`) {
    case 'name-translation.common-word/minNameUses':
      return t('findings.settings.option.nameMinUses');
    case 'name-translation.common-word/partnerEvidence':
      return t('findings.settings.option.namePartnerEvidence');
    case 'name-translation.common-word/minBeadConfidence':
      return t('findings.settings.option.nameMinBeadConfidence');
    case 'spelling.dictionary/maxCorpusCount':
      return t('findings.settings.option.spellingMaxCorpusCount');
    case 'spelling.dictionary/minLength':
      return t('findings.settings.option.spellingMinLength');
    case 'typography.fr-spaces/flagOrdinarySpace':
      return t('findings.settings.option.typographyFlagOrdinarySpace');
    case 'repetition.lines/minWords':
      return t('findings.settings.option.repeatedLinesMinWords');
    case 'repetition.lines/nearMinWords':
      return t('findings.settings.option.repeatedLinesNearMinWords');
    case 'repetition.lines/nearJaccard':
      return t('findings.settings.option.repeatedLinesNearJaccard');
    case 'spacing.glued-words/minPart':
      return t('findings.settings.option.gluedMinPart');
    case 'spacing.glued-words/minLength':
      return t('findings.settings.option.gluedMinLength');
    case 'boilerplate.recurring-line/minDocs':
      return t('findings.settings.option.recurringMinDocs');
    case 'boilerplate.recurring-line/maxWords':
      return t('findings.settings.option.recurringMaxWords');
    case 'boilerplate.recurring-line/minWords':
      return t('findings.settings.option.recurringMinWords');
    case 'terminology.glossary/personWindow':
      return t('findings.settings.option.terminologyPersonWindow');
    case 'meaning.version-diff/maxWords':
      return t('findings.settings.option.meaningMaxWords');
    case 'meaning.version-diff/minShared':
      return t('findings.settings.option.meaningMinShared');
    case 'language.foreign-segment/minWords':
      return t('findings.settings.option.foreignMinWords');
    case 'language.foreign-segment/minConfidence':
      return t('findings.settings.option.foreignMinConfidence');
    case 'boilerplate.web-debris/maxWidgetWords':
      return t('findings.settings.option.boilerplateMaxWidgetWords');
    case 'boilerplate.web-debris/headlines':
      return t('findings.settings.option.boilerplateHeadlines');
    case 'repetition.phrase/maxWords':
      return t('findings.settings.option.repeatedPhraseMaxWords');
    default:
      return name;
  }
}

function problemText(t: TFunction, problem: OptionProblem): string {
  return problem === 'negative'
    ? t('findings.settings.problem.negative')
    : problem === 'fraction'
      ? t('findings.settings.problem.fraction')
      : t('findings.settings.problem.number');
}

function styleLabel(t: TFunction, style: NoBreakSpaceStyle): string {
  return style === 'narrow'
    ? t('findings.settings.houseStyle.narrow')
    : style === 'normal'
      ? t('findings.settings.houseStyle.normal')
      : t('findings.settings.houseStyle.either');
}

function minSeverityLabel(t: TFunction, s: (typeof SEVERITIES)[number]): string {
  return s === 'error'
    ? t('findings.settings.minSeverity.error')
    : s === 'warning'
      ? t('findings.settings.minSeverity.warning')
      : t('findings.settings.minSeverity.info');
}

export const descriptionIn = (r: RuleInfo, uiLanguage: string): string => (uiLanguage.startsWith('fr') ? r.description.fr : r.description.en);

/** A stable, CSS-safe id piece for a rule or option. */
const slug = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '-');

export function CheckSettingsForm({ rules, form, onChange, showProblems }: Props) {
  const { t, i18n } = useT();
  const base = useId();
  const lng = i18n.language;

  return (
    <div className="check-settings">
      <p className="modal-subtitle">{t('findings.settings.intro')}</p>

      <h3 className="check-settings-heading">{t('findings.settings.checksHeading')}</h3>
      {groupRules(rules).map(({ category, rules: list }) => {
        const on = form.categories[category] !== false;
        const label = categoryLabel(t, category);
        const offId = `${base}-${slug(category)}-off`;
        return (
          <fieldset key={category} className={`check-category ${on ? '' : 'is-off'}`} disabled={!on} data-testid="check-category" data-category={category}>
            {/* Controls in a disabled fieldset's legend stay usable: the category switch works while its checks are greyed. */}
            <legend>
              <label className="switch-label">
                <input
                  type="checkbox"
                  role="switch"
                  className="switch"
                  checked={on}
                  aria-describedby={on ? undefined : offId}
                  onChange={(e) => onChange(setCategory(form, category, e.target.checked))}
                  data-testid="category-switch"
                />
                <span className="check-category-name">{label}</span>
                <span className="hint">{t('findings.settings.checkCount', { count: list.length })}</span>
              </label>
            </legend>
            {!on && (
              <p id={offId} className="hint check-category-off">
                {t('findings.settings.categoryOff')}
              </p>
            )}
            {list.length === 0 && <p className="hint">{t('findings.settings.noChecks')}</p>}
            <ul className="check-rules">
              {list.map((r) => {
                const rf = form.rules[r.id];
                if (!rf) return null;
                const description = descriptionIn(r, lng);
                const sevId = `${base}-${slug(r.id)}-severity`;
                const options = Object.entries(r.defaults ?? {});
                return (
                  <li key={r.id} className={`check-rule ${rf.enabled ? '' : 'is-off'}`} data-testid="check-rule" data-rule={r.id}>
                    <div className="check-rule-main">
                      <label className="switch-label check-rule-name">
                        <input
                          type="checkbox"
                          role="switch"
                          className="switch"
                          checked={rf.enabled}
                          onChange={(e) => onChange(updateRule(form, r.id, { enabled: e.target.checked }))}
                        />
                        <span>{description}</span>
                      </label>
                      <span className="check-rule-severity">
                        <label htmlFor={sevId} className="sr-only">
                          {t('findings.settings.severity')}
                        </label>
                        <select
                          id={sevId}
                          value={rf.severity}
                          disabled={!rf.enabled}
                          title={t('findings.settings.severity')}
                          onChange={(e) => onChange(updateRule(form, r.id, { severity: e.target.value as SeverityChoice }))}
                        >
                          <option value="default">{t('findings.settings.severityDefault', { severity: severityLabel(t, r.severity) })}</option>
                          {SEVERITIES.map((s) => (
                            <option key={s} value={s}>
                              {severityLabel(t, s)}
                            </option>
                          ))}
                        </select>
                      </span>
                    </div>
                    <p className="check-rule-meta hint">
                      <code>{r.id}</code>
                      {r.languages && r.languages.length > 0 && (
                        <span className="check-rule-langs">
                          {t('findings.settings.onlyFor', { languages: r.languages.map((l) => languageName(t, lng, l)).join(', ') })}
                        </span>
                      )}
                    </p>
                    {options.length > 0 && (
                      <fieldset className="check-options" disabled={!rf.enabled} aria-label={t('findings.settings.optionsLabel', { check: description })}>
                        {options.map(([name, def]) => (
                          <OptionField
                            key={name}
                            id={`${base}-${slug(r.id)}-${slug(name)}`}
                            label={optionLabel(t, r.id, name)}
                            def={def}
                            value={rf.options[name] ?? (typeof def === 'boolean' ? def : String(def))}
                            showProblems={showProblems}
                            onChange={(v) => onChange(updateRule(form, r.id, { option: [name, v] }))}
                          />
                        ))}
                      </fieldset>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}

      <fieldset className="check-house-style" aria-describedby={`${base}-style-explain`} data-testid="house-style">
        <legend>{t('findings.settings.houseStyle.heading')}</legend>
        <p className="hint" id={`${base}-style-explain`}>
          {t('findings.settings.houseStyle.explain')}
        </p>
        <div className="check-radios">
          {NO_BREAK_SPACE_STYLES.map((style) => (
            <label key={style} className="radio-label">
              <input
                type="radio"
                name={`${base}-nbsp`}
                value={style}
                checked={form.frenchNoBreakSpace === style}
                onChange={() => onChange({ ...form, frenchNoBreakSpace: style })}
              />
              <span>{styleLabel(t, style)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="check-min-severity">
        <label htmlFor={`${base}-min`}>{t('findings.settings.minSeverity.label')}</label>
        <select
          id={`${base}-min`}
          value={form.minSeverity}
          aria-describedby={`${base}-min-hint`}
          onChange={(e) => onChange({ ...form, minSeverity: e.target.value as Form['minSeverity'] })}
          data-testid="min-severity"
        >
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {minSeverityLabel(t, s)}
            </option>
          ))}
        </select>
        <span className="hint" id={`${base}-min-hint`}>
          {t('findings.settings.minSeverity.hint')}
        </span>
      </div>
    </div>
  );
}

interface OptionProps {
  id: string;
  label: string;
  def: OptionValue;
  value: OptionInput;
  showProblems: boolean;
  onChange: (v: OptionInput) => void;
}

function OptionField({ id, label, def, value, showProblems, onChange }: OptionProps) {
  const { t } = useT();
  const kind = optionKind(def);
  const shownDefault = typeof def === 'boolean' ? (def ? t('findings.settings.yes') : t('findings.settings.no')) : String(def);
  const defaultText = t('findings.settings.optionDefault', { value: shownDefault });
  if (kind === 'boolean') {
    return (
      <div className="check-option is-boolean">
        <label className="switch-label">
          <input id={id} type="checkbox" role="switch" className="switch" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <span>{label}</span>
        </label>
        <span className="hint">{defaultText}</span>
      </div>
    );
  }
  const parsed = parseOption(value, def);
  const problem = showProblems && 'problem' in parsed ? parsed.problem : null;
  const errId = `${id}-error`;
  return (
    <div className="check-option">
      <label htmlFor={id}>{label}</label>
      <span className="check-option-input">
        <input
          id={id}
          type={kind === 'text' ? 'text' : 'number'}
          inputMode={kind === 'integer' ? 'numeric' : kind === 'text' ? undefined : 'decimal'}
          min={kind === 'text' ? undefined : 0}
          max={kind === 'fraction' ? 1 : undefined}
          step={kind === 'integer' ? 1 : kind === 'fraction' ? 0.05 : 'any'}
          value={String(value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="hint">{defaultText}</span>
      </span>
      {problem && (
        <span id={errId} className="error-text check-option-error">
          {problemText(t, problem)}
        </span>
      )}
    </div>
  );
}
