import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.js';
import type { Balance, Forecast, Outlook } from '../../domain/types.js';
import { icon, type IconName } from './icons.js';

/** The icon beside each outlook: the words say the same, so colour and shape are never the only signal. */
const ICON_OF: Record<Outlook, IconName> = {
  'not-started': 'clock',
  ended: 'ended',
  exhausted: 'error',
  'runs-out': 'warning',
  underused: 'empty',
  'on-track': 'ok',
};

/** What the outlook of a balance needs: its forecast, unit and how much was consumed in every workspace. */
export type OutlookBalance = Pick<Balance, 'forecast' | 'unit' | 'consumedTotal'>;

/** An estimate rounded as people say it: whole from 10 up, one decimal below ("≈ 120 hours", "≈ 2.5 hours"). */
function estimate(value: number): number {
  const digits = Math.abs(value) >= 10 ? 0 : 1;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function quantity(l10n: LocaleController, count: number, balance: OutlookBalance): string {
  return l10n.t('packages.quantity', { count, unit: balance.unit });
}

/**
 * The outlook of a forecast in words: "Runs out around Mar 14, 2027 at the pace so far", "≈ 120 hours would expire
 * unused at the pace so far", "On track", "Used up", "Ended — the term is over", "Not started — …".
 */
export function outlookSentence(l10n: LocaleController, forecast: Forecast, balance: OutlookBalance): string {
  switch (forecast.outlook) {
    case 'runs-out':
      return l10n.t('outlook.runs-out', { date: l10n.format.date(forecast.runOutDate ?? '') });
    case 'underused': {
      const count = estimate(forecast.unusedAtEnd ?? 0);
      return l10n.t('outlook.underused', { count, quantity: quantity(l10n, count, balance) });
    }
    default:
      return l10n.t(`outlook.${forecast.outlook}`);
  }
}

function figure(label: string, value: string): TemplateResult {
  return html`<div class="outlook-figure">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The figures behind an outlook: term elapsed, consumed, expected by now, pace, projection, run-out, unused. */
function renderFigures(l10n: LocaleController, f: Forecast, balance: OutlookBalance): TemplateResult {
  const { format } = l10n;
  // An estimate reads "≈ 117 hours"; an exact zero is no estimate.
  const approx = (value: number): string =>
    value === 0
      ? quantity(l10n, 0, balance)
      : l10n.t('outlook.approx', { quantity: quantity(l10n, estimate(value), balance) });
  return html`<dl class="outlook-figures" aria-label=${l10n.t('outlook.figures')}>
    ${figure(l10n.t('outlook.fig.elapsed'), format.percent(f.elapsed))}
    ${figure(l10n.t('outlook.fig.consumed'), quantity(l10n, balance.consumedTotal, balance))}
    ${figure(l10n.t('outlook.fig.expectedByNow'), approx(f.expectedByNow))}
    ${figure(
      l10n.t('outlook.fig.pace'),
      f.pace === null
        ? l10n.t('outlook.paceNone')
        : l10n.t('outlook.pace', { pace: format.number(f.pace, 1) }),
    )}
    ${figure(
      l10n.t('outlook.fig.projectedTotal'),
      f.projectedTotal === null ? l10n.t('outlook.projectedNone') : approx(f.projectedTotal),
    )}
    ${f.runOutDate === null ? nothing : figure(l10n.t('outlook.fig.runOutDate'), format.date(f.runOutDate))}
    ${f.unusedAtEnd === null ? nothing : figure(l10n.t('outlook.fig.unusedAtEnd'), approx(f.unusedAtEnd))}
  </dl>`;
}

/** Options of {@link renderOutlook}. */
export interface OutlookOptions {
  /** Names whose outlook this is, when it speaks for several (a summary line): "Consultoria: runs out …". */
  subject?: string;
}

/**
 * The outlook of a balance where the balance is shown: a disclosure (`<details>`, reachable and opened with the
 * keyboard) whose summary says the outlook in words beside an icon, and whose panel holds the figures behind it —
 * term elapsed, consumed so far, expected by now at an even pace, pace, projected total, run-out date and what would
 * be unused. Nothing for a balance without a forecast (a benefit, or bought as needed). Style it with
 * {@link outlookStyles}; the disclosure is the part `outlook`, its summary `outlook-summary`.
 */
export function renderOutlook(
  l10n: LocaleController,
  balance: OutlookBalance,
  options: OutlookOptions = {},
): TemplateResult | typeof nothing {
  const forecast = balance.forecast;
  if (!forecast) return nothing;
  const sentence = outlookSentence(l10n, forecast, balance);
  const text = options.subject
    ? l10n.t('outlook.of', { name: options.subject, outlook: sentence })
    : sentence;
  return html`<details part="outlook" class="outlook" data-outlook=${forecast.outlook}>
    <summary part="outlook-summary" class="outlook-summary">
      <span class="outlook-icon">${icon(ICON_OF[forecast.outlook])}</span>
      <span class="outlook-text">${text}</span>
      <span class="visually-hidden">— ${l10n.t('outlook.more')}</span>
    </summary>
    ${renderFigures(l10n, forecast, balance)}
  </details>`;
}
