import { translations, plural } from '../../define-messages.js';
import type { outlook as area } from '../outlook.js';

/** The Brazilian Portuguese messages of `outlook` (src/i18n/messages/outlook.ts): exactly its keys. */
export const outlook = translations<typeof area>({
  'outlook.not-started': 'Não iniciado — o prazo ainda não começou',
  'outlook.ended': 'Encerrado — o prazo terminou',
  'outlook.exhausted': 'Esgotado',
  'outlook.runs-out': 'Esgota por volta de {date} no ritmo atual',
  'outlook.underused': (p, l) =>
    plural(Math.abs(Number(p.count ?? 0)), l, {
      one: `≈ ${String(p.quantity)} expiraria sem uso no ritmo atual`,
      other: `≈ ${String(p.quantity)} expirariam sem uso no ritmo atual`,
    }),
  'outlook.on-track': 'No ritmo previsto',
  'outlook.of': '{name}: {outlook}',
  'outlook.more': 'mostrar os números da previsão',
  'outlook.figures': 'Números da previsão',
  'outlook.fig.elapsed': 'Prazo decorrido',
  'outlook.fig.consumed': 'Consumido até agora (todos os workspaces)',
  'outlook.fig.expectedByNow': 'Esperado até hoje em ritmo constante',
  'outlook.fig.pace': 'Ritmo',
  'outlook.fig.projectedTotal': 'Total projetado no fim do prazo',
  'outlook.fig.runOutDate': 'Esgota por volta de',
  'outlook.fig.unusedAtEnd': 'Sem uso no fim do prazo',
  'outlook.pace': '{pace}× o ritmo constante',
  'outlook.paceNone': 'Ainda não mensurável',
  'outlook.projectedNone': 'Não antes do início do prazo',
  'outlook.approx': '≈ {quantity}',
});
