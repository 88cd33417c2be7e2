import { AccessDeniedError, DatasetError, NotFoundError } from '../../data/errors.js';
import type { MessageKey } from '../../i18n/messages.js';

/** Translates a message key: pass `(key) => this.l10n.t(key)`. */
export type Translate = (key: MessageKey) => string;

/** The `name` of an error-like value (an Error, a DOMException, or a plain object from another realm). */
function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

/**
 * The message key describing an error to a user. Classes are matched by `instanceof` or, so that errors from
 * another copy of this library count too, by `name`.
 */
export function errorMessageKey(error: unknown): MessageKey {
  const name = nameOf(error);
  if (error instanceof AccessDeniedError || name === 'AccessDeniedError') return 'error.accessDenied';
  if (error instanceof NotFoundError || name === 'NotFoundError') return 'error.notFound';
  if (error instanceof DatasetError || name === 'DatasetError' || error instanceof SyntaxError) {
    return 'error.invalidData';
  }
  if (name === 'TimeoutError') return 'error.timeout';
  // fetch() rejects with a TypeError when the network fails.
  if (error instanceof TypeError || name === 'NetworkError') return 'error.network';
  return 'state.errorMessage';
}

/**
 * A readable, localized sentence for an error from an adapter — never the error's own technical message:
 * `describeError(error, (key) => this.l10n.t(key))`.
 *
 * - `AccessDeniedError` → "You do not have access to this information."
 * - `NotFoundError` → "This item was not found."
 * - `DatasetError`, or a `SyntaxError` from a malformed JSON body → "The data received is not valid."
 * - a `TimeoutError` (e.g. from `AbortSignal.timeout`) → "The server took too long to answer."
 * - a `TypeError` (what `fetch` throws when the network fails) → "The server could not be reached."
 * - anything else (including `QueryError`) → "The data could not be loaded."
 */
export function describeError(error: unknown, t: Translate): string {
  return t(errorMessageKey(error));
}
