import { translations, plural, type Locale, type MessageParams } from '../../define-messages.js';
import { formatterFor } from '../../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}
import type { additionalCases as area } from '../additional-cases.js';

/** The Brazilian Portuguese messages of `additionalCases` (src/i18n/messages/additional-cases.ts): exactly its keys. */
export const additionalCases = translations<typeof area>({
  'cases.noAdapterTitle': 'Sem fonte de dados',
  'cases.noAdapter': 'Este elemento não tem um adaptador de onde ler os casos adicionais.',
  'cases.gridLabel': 'Casos adicionais',
  'cases.exportFilename': 'casos-adicionais.csv',

  'cases.filter': 'Filtrar por motivo',
  'cases.filterAll': 'Todos os motivos',
  'cases.filterCount': (p, l) => `(${countOf(p, l).text})`,
  'cases.legend': 'O que significa cada motivo',

  'cases.reason.expired-contract': 'Contrato expirado',
  'cases.reason.unmapped-contract': 'Contrato não mapeado',
  'cases.reason.missing-contract': 'Contrato ausente',
  'cases.reason.missing-package': 'Pacote ausente',
  'cases.reason.missing-service': 'Serviço ausente',
  'cases.reason.classified': 'Classificado SU, DSA, X85 ou REC',
  'cases.reasonInfo.expired-contract': 'O contrato ao qual o caso está associado já terminou.',
  'cases.reasonInfo.unmapped-contract':
    'O contrato de suporte do caso não está mapeado para nenhum dos workspaces selecionados.',
  'cases.reasonInfo.missing-contract': 'O caso não indica contrato, ou indica um que não existe.',
  'cases.reasonInfo.missing-package': 'O caso não indica um pacote do seu contrato.',
  'cases.reasonInfo.missing-service': 'O caso não indica um serviço (direito) do seu pacote.',
  'cases.reasonInfo.classified':
    'O caso está classificado como Assistência de Apoio (SU), Assistência de Apoio ao Desenvolvimento (DSA), Assessor de Tecnologia de Apoio (X85) ou Contatos Reativos Habilitados (REC).',
  'cases.nextStepLabel': 'Próximo passo:',
  'cases.nextStep.expired-contract':
    'Pergunte à equipe da conta se o caso deve passar para o seu contrato atual.',
  'cases.nextStep.unmapped-contract':
    'Peça a um administrador do cliente que mapeie o contrato para o workspace.',
  'cases.nextStep.missing-contract': 'Peça à equipe da conta que vincule o caso ao contrato correto.',
  'cases.nextStep.missing-package': 'Peça à equipe da conta que corrija o pacote do caso.',
  'cases.nextStep.missing-service': 'Peça à equipe da conta que corrija o direito do caso.',
  'cases.nextStep.classified':
    'Nada a corrigir: esses casos são atendidos pela sua classificação, não por um direito.',
  'cases.classifiedAs': 'Classificado como {code}',
  'cases.classifiedAsLong': 'Classificado como {name} ({code})',
  'cases.classification.SU': 'Assistência de Apoio',
  'cases.classification.DSA': 'Assistência de Apoio ao Desenvolvimento',
  'cases.classification.X85': 'Assessor de Tecnologia de Apoio',
  'cases.classification.REC': 'Contatos Reativos Habilitados',

  'cases.col.number': 'Caso',
  'cases.col.title': 'Título',
  'cases.col.reasons': 'Motivos',
  'cases.col.type': 'Tipo',
  'cases.col.severity': 'Severidade',
  'cases.col.status': 'Status',
  'cases.col.opened': 'Aberto em',
  'cases.col.closed': 'Fechado em',
  'cases.col.contract': 'Contrato',
  'cases.col.workspace': 'Workspace',
  'cases.type.advisory': 'Suporte consultivo',
  'cases.type.problem-resolution': 'Resolução de problemas',
  'cases.status.open': 'Aberto',
  'cases.status.closed': 'Fechado',
  'cases.contract': '{number} · {name}',
  'cases.unknownContract': '{id} (não encontrado)',
  'cases.noContract': '—',

  'cases.emptyTitle': 'Nenhum caso adicional',
  'cases.empty': 'Não há casos adicionais para mostrar nos workspaces selecionados.',
  'cases.noMatch': 'Nenhum caso adicional tem os motivos escolhidos. Escolha outros motivos, ou todos eles.',
  'cases.hiddenNote': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, {
      one: `${text} caso adicional está oculto pelas suas permissões.`,
      other: `${text} casos adicionais estão ocultos pelas suas permissões.`,
    });
  },
});
