// The check-settings form rendered (server-side) with the real catalogue of checks, in both UI
// languages; and the findings store's save → "re-checking" → new findings round trip.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../renderer/i18n/index.js';
import { ruleInfo } from '../../shared/checks/index.js';
import { CheckSettingsForm, optionLabel } from '../../renderer/features/findings/CheckSettingsForm.js';
import { defaultForm, formFromProfile, updateRule } from '../../renderer/features/findings/check-settings-model.js';
import { FindingsStore } from '../../renderer/features/findings/findings-store.js';
import { WorkbenchStore } from '../../renderer/state/workbench-store.js';
import { apiFailure, fakeBridge } from './fake-bridge.js';

const rules = ruleInfo();

async function render(lng: 'en' | 'fr', form = defaultForm(rules), showProblems = false): Promise<string> {
  const i18n = await initI18n(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CheckSettingsForm rules={rules} form={form} onChange={() => undefined} showProblems={showProblems} />
    </I18nextProvider>,
  );
}

describe('check settings form', () => {
  it('every option of the real catalogue has a translated label', async () => {
    for (const lng of ['en', 'fr'] as const) {
      const i18n = await initI18n(lng);
      for (const r of rules)
        for (const name of Object.keys(r.defaults ?? {})) {
          const label = optionLabel(i18n.t, r.id, name);
          expect(label, `${lng} ${r.id}/${name}`).not.toBe(name);
          expect(label).not.toMatch(/^findings\./);
        }
    }
  });

  it('shows each check’s description in the UI language, a switch per category and per check', async () => {
    const en = await render('en');
    const fr = await render('fr');
    for (const r of rules) {
      expect(en).toContain(r.description.en.replace(/&/g, '&amp;'));
      expect(fr).toContain(r.description.fr);
    }
    const switches = (html: string) => html.match(/role="switch"/g)?.length ?? 0;
    const booleans = rules.flatMap((r) => Object.values(r.defaults ?? {})).filter((v) => typeof v === 'boolean').length;
    expect(switches(en)).toBe(12 + rules.length + booleans);
    expect(fr).toContain('Typographie');
    expect(fr).toContain('Espace fine insécable');
    expect(en).toContain('Editors disagree on this rule');
    expect(en + fr).not.toMatch(/findings\.settings\./);
  });

  it('greys a category that is off (its checks in a disabled fieldset) and says so', async () => {
    const form = formFromProfile({ version: 1, categories: { typography: false } }, rules);
    const html = await render('en', form);
    expect(html).toMatch(/<fieldset class="check-category is-off" disabled=""[^>]*data-category="typography"/);
    expect(html).toContain('Off: none of these checks run.');
  });

  it('marks an option that cannot be saved, once the editor tried to save', async () => {
    const form = updateRule(defaultForm(rules), 'spelling.dictionary', { option: ['minLength', '-2'] });
    expect(await render('en', form, false)).not.toContain('aria-invalid');
    const html = await render('fr', form, true);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Saisissez 0 ou plus.');
  });
});

describe('saving the check settings', () => {
  const view = { profile: { version: 1 as const }, rules };
  const state = { checkedAt: 'now', findings: [], counts: {} };

  it('shows the re-check as pending until the new findings are loaded', async () => {
    const fake = fakeBridge({ setCheckProfile: () => view, getFindings: () => state });
    const store = new FindingsStore(new WorkbenchStore(fake.bridge));
    const saving = store.saveProfile({ version: 1, categories: { typography: false } });
    expect(store.getState().recheckPending).toBe(true);
    expect(await saving).toEqual(view);
    expect(fake.calls).toEqual([['setCheckProfile', { profile: { version: 1, categories: { typography: false } } }]]);
    expect(store.getState().recheckPending).toBe(true);
    await store.load();
    expect(store.getState().recheckPending).toBe(false);
  });

  it('a refused profile is reported and nothing is pending', async () => {
    const fake = fakeBridge({ setCheckProfile: apiFailure({ code: 'ipc.invalidPayload', params: { reason: 'x' } }) });
    const wb = new WorkbenchStore(fake.bridge);
    const store = new FindingsStore(wb);
    expect(await store.saveProfile({ version: 1 })).toBeUndefined();
    expect(store.getState().recheckPending).toBe(false);
    expect(wb.getState().notices).toHaveLength(1);
  });

  it('a failed background re-check stops the waiting', async () => {
    const fake = fakeBridge({ setCheckProfile: () => view });
    const store = new FindingsStore(new WorkbenchStore(fake.bridge));
    await store.saveProfile({ version: 1 });
    store.recheckEnded();
    expect(store.getState().recheckPending).toBe(false);
  });
});
