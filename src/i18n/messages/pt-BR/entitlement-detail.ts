import { translations, plural, type Locale, type MessageParams } from '../../define-messages.js';
import { formatterFor } from '../../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}
import type { entitlementDetail as area } from '../entitlement-detail.js';

/** The Brazilian Portuguese messages of `entitlementDetail` (src/i18n/messages/entitlement-detail.ts): exactly its keys. */
export const entitlementDetail = translations<typeof area>({
  'detail.hoursShort': 'h',
  'detail.noEntitlementTitle': 'Nenhum direito selecionado',
  'detail.noEntitlement': 'Escolha um direito para ver o saldo e o histórico dele.',
  'detail.notFoundTitle': 'Direito não encontrado',
  'detail.category.consumable': 'Serviço consumível',
  'detail.category.benefit': 'Benefício adicional',
  'detail.unit.hours': 'medido em horas',
  'detail.unit.credits': 'medido em créditos',
  'detail.unit.cases': 'medido em casos',
  'detail.unit.contacts': 'medido em contatos',
  'detail.unit.activities': 'medido em atividades',
  'detail.unit.assessments': 'medido em avaliações',
  'detail.unit.services': 'medido em serviços',
  'detail.balance': 'Saldo',
  'detail.asOf': 'Posição de {date}',
  'detail.terms': 'Pacote e contrato',
  'detail.contractName': '{number} · {name}',
  'detail.action': 'Solicitar este serviço',
  'detail.actionUnsafe':
    'O link de ação deste direito não é um endereço web nem de e-mail, por isso é mostrado apenas como texto:',
  'detail.benefitExplanation':
    'Este é um benefício adicional: um item de linha do seu acordo que você pode utilizar, sem consumo registrado. Não há saldo nem histórico para mostrar.',
  'detail.benefitIncluded': 'Incluído: {quantity}',
  'detail.chartSection': 'Consumo ao longo do tempo',
  'detail.chartHeading': 'Consumo do contrato diante do comprado, em ritmo constante e projetado',
  'detail.chartMonth': 'Mês',
  'detail.chartStart': 'Início ({date})',
  'detail.chartEnd': 'Fim ({date})',
  'detail.series.cumulativeTotal': 'Consumido, todos os workspaces (acumulado)',
  'detail.series.cumulative': 'Consumido, workspaces selecionados (acumulado)',
  'detail.series.monthlyTotal': 'Consumido no mês, todos os workspaces',
  'detail.series.purchased': 'Comprado',
  'detail.series.evenPace': 'Ritmo constante',
  'detail.series.projection': 'Projeção no ritmo atual',
  'detail.chartLoading': 'Carregando o gráfico…',
  'detail.chartError': 'Não foi possível carregar o gráfico.',
  'detail.chartNotStarted': 'O pacote começa em {date}: ainda não houve consumo.',
  'detail.chartEmpty': 'Ainda não houve consumo no prazo deste pacote.',
  'detail.chartTooLong': (p, l) =>
    `O gráfico é desenhado para históricos de até ${countOf(p, l, 'cap').text} linhas, e este tem ` +
    `${countOf(p, l).text}. O histórico abaixo tem todas as linhas.`,
  'detail.chartHidden': (p, l) => {
    const { n, text } = countOf(p, l);
    return plural(n, l, {
      one: `${text} linha que você não pode ver não está contada neste gráfico.`,
      other: `${text} linhas que você não pode ver não estão contadas neste gráfico.`,
    });
  },
  'detail.chartSelection':
    'Os workspaces selecionados consumiram {consumed}; somando todos os workspaces, o consumo é de {total}.',
  'detail.chartPartial':
    'A linha de todos os workspaces conta as linhas que você pode ver ({shown}); o contrato consumiu {total} no total.',
  'detail.history': 'Histórico',
  'detail.historyLabel': 'Histórico de {name}',
  'detail.historyEmpty': 'Ainda não há consumo registrado para este direito.',
  'detail.exportRestricted':
    'Somente gerentes de aprendizagem e administradores podem exportar o relatório de Educação sob Demanda.',
  'detail.col.case': 'Caso',
  'detail.col.service': 'Serviço',
  'detail.col.reference': 'Referência',
  'detail.col.date': 'Data',
  'detail.col.status': 'Status',
  'detail.col.quantity.hours': 'Horas',
  'detail.col.quantity.credits': 'Créditos',
  'detail.col.quantity.cases': 'Casos',
  'detail.col.quantity.contacts': 'Contatos',
  'detail.col.quantity.activities': 'Atividades',
  'detail.col.quantity.assessments': 'Avaliações',
  'detail.col.quantity.services': 'Serviços',
  'detail.col.learner': 'Aluno',
  'detail.col.activity': 'Atividade',
  'detail.col.name': 'Nome',
  'detail.col.email': 'E-mail',
  'detail.col.added': 'Adicionado em',
  'detail.col.assessment': 'Avaliação',
  'detail.col.credits': 'Créditos',
});
