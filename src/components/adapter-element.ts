import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { CustomerActivityAdapter } from '../data/adapter.js';
import { adapterContext } from '../data/context.js';

/**
 * The base of every element that reads data: an `adapter` property, or else the adapter provided by an
 * ancestor through context; and a locale controller (`this.l10n`) for messages and formatters.
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

  /** The adapter in force: the `adapter` property, else the one from context. */
  protected get activeAdapter(): CustomerActivityAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }
}
