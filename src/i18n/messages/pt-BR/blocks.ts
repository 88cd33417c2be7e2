import { translations, plural, type Locale, type MessageParams } from '../../define-messages.js';
import { formatterFor } from '../../format.js';

/** A whole number of `params.count`, grouped as the locale does (`1,234` / `1.234`). */
function count(params: MessageParams, locale: Locale): { n: number; text: string } {
  const n = Math.abs(Number(params.count ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}
import type { blocks as area } from '../blocks.js';

/** The Brazilian Portuguese messages of `blocks` (src/i18n/messages/blocks.ts): exactly its keys. */
export const blocks = translations<typeof area>({
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
});
