import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { isServer, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { CustomerActivityAdapter } from '../data/adapter.js';
import { adapterContext } from '../data/context.js';
import type { Session } from '../domain/types.js';
import { CaErrorEvent } from './entitlement-detail/events.js';

/** A session, tagged with the adapter that answered it. */
export interface SessionResult {
  adapter: CustomerActivityAdapter;
  session: Session;
}

/** Whether an error is the rejection of an aborted request. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * The base of every element that reads data: an `adapter` property, or else the adapter provided by an
 * ancestor through context; a locale controller (`this.l10n`) for messages and formatters; the viewer's session
 * as a task; and the `ca-error` report.
 */
export class AdapterElement extends LitElement {
  /** The adapter provided by an ancestor, if any. */
  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter?: CustomerActivityAdapter;

  /** The data adapter. When unset, the adapter provided by an ancestor (through context) is used. */
  @property({ attribute: false })
  adapter?: CustomerActivityAdapter;

  /** Messages and formatters in the locale of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  /**
   * The viewer's session from the adapter in force, asked again whenever the adapter changes (its signal is
   * aborted then, so an older answer never lands). A failure is reported as `ca-error` with operation `session`.
   */
  protected readonly sessionTask = new Task(this, {
    args: () => [this.activeAdapter] as const,
    task: async ([adapter], { signal }): Promise<SessionResult | typeof initialState> => {
      if (!adapter) return initialState;
      try {
        return { adapter, session: await adapter.getSession({ signal }) };
      } catch (error) {
        this.reportError(error, 'session', signal);
        throw error;
      }
    },
  });

  /** The adapter in force: the `adapter` property, else the one from context. */
  protected get activeAdapter(): CustomerActivityAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /**
   * Whether to show the "No data source" panel: no adapter in force. Never in a server render (@lit-labs/ssr): there
   * the adapter is not known yet — the host sets it, or an ancestor provides it through context, in the browser —
   * so the first paint is the loading state, which the browser then hydrates and fills.
   */
  protected get adapterMissing(): boolean {
    return !isServer && !this.activeAdapter;
  }

  /** Fires `ca-error` for a failed load — never for an aborted one. */
  protected reportError(error: unknown, operation: string, signal?: AbortSignal): void {
    if (isAbort(error, signal)) return;
    const event = new CaErrorEvent({ error, operation });
    this.dispatchEvent(event);
  }
}
