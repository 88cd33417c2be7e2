import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, MessageParams } from '../i18n/define-messages.js';
import { formatterFor, type Formatter } from '../i18n/format.js';
import { matchLocale, nearestLang, translate } from '../i18n/locale.js';
import type { MessageKey } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchIfIdle(): void {
  if (controllers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element its locale, its messages and its formatters. The locale is the nearest `lang` above the
 * element (crossing shadow roots), followed at runtime: change `lang` anywhere in the document and every element
 * re-renders in the new language. It keeps no page-wide configuration, so it is safe in a host page that runs
 * its own localization library — and two copies of this library on one page do not interfere.
 */
export class LocaleController implements ReactiveController {
  private current: Locale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The resolved locale: `en` or `pt-BR`. */
  get locale(): Locale {
    return this.current;
  }

  /** The cached formatters of the current locale. */
  get format(): Formatter {
    return formatterFor(this.current);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangChanges();
    this.current = matchLocale(nearestLang(this.host));
  }

  hostDisconnected(): void {
    controllers.delete(this);
    unwatchIfIdle();
  }

  /** Re-reads the nearest `lang`; re-renders the host when the locale changed. */
  refresh(): void {
    const next = matchLocale(nearestLang(this.host));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  /** The message `key` in the current locale, with `{param}` placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.current, key, params);
  }
}
