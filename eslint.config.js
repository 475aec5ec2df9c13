// ESLint (flat config): typescript-eslint's recommended rules plus the import boundaries that
// keep the architecture honest. Part of `npm test` (npm run lint).
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Each renderer feature reaches the others only through their public index. */
const featureBoundaries = features.map((f) => ({
  files: [`renderer/features/${f}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${features.filter((o) => o !== f).join('|')})/(?!index(\\.js)?$)`,
            message: 'Use the other feature through its public index (renderer/features/<name>/index.ts).',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', '.tmp/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Intentional patterns in this code base, not defects.
      // Warned, not failed: tsc type-checks every layer, and half-written code of a colleague
      // must not break everyone's test run.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Control characters in regexes are deliberate (text cleaning, sanitising names).
      'no-control-regex': 'off',
    },
  },
  {
    // Tests may load a module lazily with require() (vitest provides it).
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Services are front-agnostic: they never reach into the HTTP bridge, the CLI, Electron or the renderer.
    files: ['main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services run without Electron (main/electron is the only place for it).' }],
          patterns: [
            { regex: '^(\\.\\./)+(http|cli|electron)/', message: 'Services never import a front (http, cli, electron).' },
            { regex: '(^|/)renderer/', message: 'Services never import the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no Node, no Electron, no fronts, no UI.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure.' }],
          patterns: [
            { regex: '^node:', message: 'shared/ uses no Node built-ins.' },
            { regex: '(^|/)(main|renderer)/', message: 'shared/ never imports main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
