// Turns an ApiError into a sentence in the UI language. The key is built from the code on purpose:
// tests/ui/i18n-keys.test.ts checks that every code in ERROR_CODES has a string in both locales.
import type { TFunction } from 'i18next';
import type { ApiError } from '../../shared/api/errors.js';
import { ApiCallError } from '../bridge/index.js';

export function errorText(t: TFunction, error: ApiError): string {
  return t(`errors.${error.code}`, { ...(error.params ?? {}) });
}

/** Anything caught from a bridge call: API errors keep their code; the rest means the link is down. */
export function caughtErrorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiCallError) return errorText(t, err.error);
  if (err instanceof TypeError) return t('errors.network');
  return t('errors.internal');
}
