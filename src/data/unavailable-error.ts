/**
 * The data source behind an adapter is unreachable or went away mid-request (a database that is down, restarting,
 * out of connections or too slow to answer). The request may succeed when tried again later; the request handler
 * answers 503 without the cause. `cause` holds the underlying error for the host's logs.
 *
 * In a module of its own, apart from the errors the elements use, so the browser bundle does not carry it (the
 * request handler recognises it by its name).
 */
export class DataSourceUnavailableError extends Error {
  override readonly name = 'DataSourceUnavailableError';
  constructor(message = 'The data source is unavailable', options?: { cause?: unknown }) {
    super(message, options);
  }
}
