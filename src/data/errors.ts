/** One problem found in a dataset or a response: where it is, and what is wrong with it. */
export interface DatasetIssue {
  /** A readable path such as `entitlements[12].purchased`; empty for the root. */
  path: string;
  message: string;
}

/**
 * A dataset (or an adapter response) that breaks the data contract. Its message lists every offending path;
 * `issues` holds them one by one. Nothing of a rejected dataset is loaded.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[], context = 'Invalid dataset') {
    const lines = issues.slice(0, 50).map((i) => `${i.path || '(root)'}: ${i.message}`);
    const more = issues.length > 50 ? `\n…and ${issues.length - 50} more` : '';
    super(
      `${context} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`,
    );
    this.issues = issues;
  }
}

/** The viewer may not see what was asked for: the page, a workspace, or an item outside their scope. */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';
  constructor(message = 'Access denied') {
    super(message);
  }
}

/** The thing asked for does not exist (an unknown contract, entitlement …). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(message = 'Not found') {
    super(message);
  }
}

/** A query that breaks the contract: a negative offset, an unknown sort key, a missing parameter. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(message: string) {
    super(message);
  }
}

/** An `AbortError` DOMException-alike, thrown when a call's signal is aborted. */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  return err;
}

/** Throws the abort reason when the signal is already aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}
