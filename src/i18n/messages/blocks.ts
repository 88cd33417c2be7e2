import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** A whole number of `params.count`, grouped as the locale does (`1,234` / `1.234`). */
function count(params: MessageParams, locale: Locale): { n: number; text: string } {
  const n = Math.abs(Number(params.count ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/**
 * Messages of the building blocks: state panel, meter, expiry badge, workspace filter, and the error
 * descriptions that extend the `error.*` keys of `common`.
 */
export const blocks = defineMessages({
  en: {
    'statePanel.emptyMessage': 'There is nothing here for the current selection.',
    'error.timeout': 'The server took too long to answer.',

    'meter.label': 'Utilisation',
    'meter.asNeeded': 'As needed',
    'meter.benefit': 'Benefit — consumption is not tracked',
    'meter.used': '{percent} used',
    'meter.threshold.ok': 'within limit',
    'meter.threshold.warning': 'warning',
    'meter.threshold.critical': 'critical',
    'meter.threshold.over': 'over limit',
    'meter.valueText': '{used} — {threshold}',
    'meter.termElapsed': '{percent} of the term elapsed',

    'expiry.future': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `expires in ${text} day`, other: `expires in ${text} days` });
    },
    'expiry.today': 'expires today',
    'expiry.past': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `expired ${text} day ago`, other: `expired ${text} days ago` });
    },
    'expiry.endDate': 'End date: {date}',

    'workspaceFilter.label': 'Workspaces',
    'workspaceFilter.all': 'All workspaces ({count})',
    'workspaceFilter.some': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `${text} workspace`, other: `${text} workspaces` });
    },
    'workspaceFilter.single': 'Workspace',
    'workspaceFilter.none': 'No workspace available',
    'workspaceFilter.legend': 'Show data of',
    'workspaceFilter.allOption': 'All workspaces',
    'workspaceFilter.apply': 'Apply',
    'workspaceFilter.cancel': 'Cancel',
    'workspaceFilter.emptyError': 'Select at least one workspace.',
  },
  'pt-BR': {
    'statePanel.emptyMessage': 'Não há nada aqui para a seleção atual.',
    'error.timeout': 'O servidor demorou demais para responder.',

    'meter.label': 'Utilização',
    'meter.asNeeded': 'Sob demanda',
    'meter.benefit': 'Benefício — o consumo não é medido',
    'meter.used': '{percent} utilizado',
    'meter.threshold.ok': 'dentro do limite',
    'meter.threshold.warning': 'atenção',
    'meter.threshold.critical': 'crítico',
    'meter.threshold.over': 'acima do limite',
    'meter.valueText': '{used} — {threshold}',
    'meter.termElapsed': '{percent} do prazo decorrido',

    'expiry.future': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `vence em ${text} dia`, other: `vence em ${text} dias` });
    },
    'expiry.today': 'vence hoje',
    'expiry.past': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `venceu há ${text} dia`, other: `venceu há ${text} dias` });
    },
    'expiry.endDate': 'Data de término: {date}',

    'workspaceFilter.label': 'Workspaces',
    'workspaceFilter.all': 'Todos os workspaces ({count})',
    'workspaceFilter.some': (p, l) => {
      const { n, text } = count(p, l);
      return plural(n, l, { one: `${text} workspace`, other: `${text} workspaces` });
    },
    'workspaceFilter.single': 'Workspace',
    'workspaceFilter.none': 'Nenhum workspace disponível',
    'workspaceFilter.legend': 'Mostrar dados de',
    'workspaceFilter.allOption': 'Todos os workspaces',
    'workspaceFilter.apply': 'Aplicar',
    'workspaceFilter.cancel': 'Cancelar',
    'workspaceFilter.emptyError': 'Selecione pelo menos um workspace.',
  },
});
