import { translations } from '../../define-messages.js';
import type { chart as area } from '../chart.js';

/** The Brazilian Portuguese messages of `chart` (src/i18n/messages/chart.ts): exactly its keys. */
export const chart = translations<typeof area>({
  'chart.showTable': 'Mostrar como tabela',
  'chart.hideTable': 'Ocultar tabela',
  'chart.unavailable': 'Não foi possível desenhar o gráfico. Seus valores estão na tabela abaixo.',
  'chart.loading': 'Desenhando o gráfico…',
  'chart.summary': '{heading}: gráfico de {count} pontos. Os mesmos valores estão disponíveis como tabela.',
});
