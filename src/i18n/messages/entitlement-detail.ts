import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/**
 * Messages of `<entitlement-detail>`. Kind names, units with a count ("12.5 hours"), the figures' labels and the
 * contract and package words come from `package-consumption` (`packages.*`) and are not repeated here.
 */
export const entitlementDetail = defineMessages({
  en: {
    'detail.noEntitlementTitle': 'No entitlement selected',
    'detail.noEntitlement': 'Choose an entitlement to see its balance and its history.',
    'detail.notFoundTitle': 'Entitlement not found',
    'detail.category.consumable': 'Consumable service',
    'detail.category.benefit': 'Additional benefit',
    'detail.unit.hours': 'measured in hours',
    'detail.unit.credits': 'measured in credits',
    'detail.unit.cases': 'measured in cases',
    'detail.unit.contacts': 'measured in contacts',
    'detail.unit.activities': 'measured in activities',
    'detail.unit.assessments': 'measured in assessments',
    'detail.unit.services': 'measured in services',
    'detail.balance': 'Balance',
    'detail.asOf': 'As of {date}',
    'detail.terms': 'Package and contract',
    'detail.contractName': '{number} · {name}',
    'detail.action': 'Request this service',
    'detail.actionUnsafe':
      'The action link of this entitlement is not a web or e-mail address, so it is shown as text only:',
    'detail.benefitExplanation':
      'This is an additional benefit: a line item of your agreement that you can use, with no consumption tracked against it. There is no balance or history to show.',
    'detail.benefitIncluded': 'Included: {quantity}',
    'detail.chartSection': 'Consumption over time',
    'detail.chartHeading': 'Cumulative consumption by month',
    'detail.chartMonth': 'Month',
    'detail.series.cumulative': 'Consumed (cumulative)',
    'detail.series.monthly': 'Consumed in the month',
    'detail.series.purchased': 'Purchased',
    'detail.chartLoading': 'Loading the chart…',
    'detail.chartError': 'The chart could not be loaded.',
    'detail.chartNotStarted': 'The package starts on {date}: nothing has been consumed yet.',
    'detail.chartEmpty': 'Nothing has been consumed in this package’s term yet.',
    'detail.chartTooLong': (p, l) =>
      `The chart is drawn for histories of up to ${countOf(p, l, 'cap').text} rows, and this one has ` +
      `${countOf(p, l).text}. The history below has every row.`,
    'detail.chartHidden': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} row that you may not see is not counted in this chart.`,
        other: `${text} rows that you may not see are not counted in this chart.`,
      });
    },
    'detail.chartSelection':
      'The chart counts the selected workspaces ({consumed}); every workspace together has consumed {total}.',
    'detail.history': 'History',
    'detail.historyLabel': 'History of {name}',
    'detail.historyEmpty': 'No consumption has been recorded for this entitlement yet.',
    'detail.exportRestricted':
      'Only learning managers and administrators may export the Education on Demand report.',
    'detail.col.case': 'Case',
    'detail.col.service': 'Service',
    'detail.col.reference': 'Reference',
    'detail.col.date': 'Date',
    'detail.col.status': 'Status',
    'detail.col.quantity.hours': 'Hours',
    'detail.hoursShort': 'h',
    'detail.col.quantity.credits': 'Credits',
    'detail.col.quantity.cases': 'Cases',
    'detail.col.quantity.contacts': 'Contacts',
    'detail.col.quantity.activities': 'Activities',
    'detail.col.quantity.assessments': 'Assessments',
    'detail.col.quantity.services': 'Services',
    'detail.col.learner': 'Learner',
    'detail.col.activity': 'Activity',
    'detail.col.name': 'Name',
    'detail.col.email': 'E-mail',
    'detail.col.added': 'Added',
    'detail.col.assessment': 'Assessment',
    'detail.col.credits': 'Credits',
  },
  'pt-BR': {
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
    'detail.chartHeading': 'Consumo acumulado por mês',
    'detail.chartMonth': 'Mês',
    'detail.series.cumulative': 'Consumido (acumulado)',
    'detail.series.monthly': 'Consumido no mês',
    'detail.series.purchased': 'Comprado',
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
      'O gráfico conta os workspaces selecionados ({consumed}); todos os workspaces juntos consumiram {total}.',
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
    'detail.hoursShort': 'h',
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
  },
});
