import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, MessageParams } from '../i18n/define-messages.js';
import { formatterFor, type Formatter } from '../i18n/format.js';
import { isLocaleLoaded, loadLocale, matchLocale, nearestLang, translate } from '../i18n/locale.js';
import type { MessageKey } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The part of a Lit element the controller defers: `scheduleUpdate` (protected in ReactiveElement). */
interface Schedulable {
  scheduleUpdate(): void | Promise<unknown>;
}

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
 *
 * English ships with the elements; another locale's messages load on demand (`loadLocale`), the first time an
 * element renders in it. Until they arrive the host's updates wait (a Lit host's `scheduleUpdate` is deferred, so
 * `updateComplete` waits too): the element keeps what it showed — nothing, on a first render — and renders once,
 * in the right language, with no flash of English. Should the messages fail to load, it renders in English.
 */
export class LocaleController implements ReactiveController {
  private current: Locale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
    // Defer the host's updates while its locale's messages load (a Lit element calls this.scheduleUpdate()).
    const schedulable = host as unknown as Schedulable;
    if (typeof schedulable.scheduleUpdate === 'function') {
      const schedule = schedulable.scheduleUpdate.bind(host);
      schedulable.scheduleUpdate = () => {
        const locale = this.current;
        if (isLocaleLoaded(locale)) return schedule();
        return loadLocale(locale).then(
          () => schedule(),
          () => schedule(),
        );
      };
    }
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
    // Start fetching the locale's messages now, before the first update asks for them.
    if (!isLocaleLoaded(this.current)) loadLocale(this.current).catch(() => undefined);
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
