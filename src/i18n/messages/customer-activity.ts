import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

/** `params[name]` as a non-negative whole number and its grouped text (`1,234` / `1.234`). */
function countOf(params: MessageParams, locale: Locale, name = 'count'): { n: number; text: string } {
  const n = Math.abs(Number(params[name] ?? 0));
  return { n, text: formatterFor(locale).integer(n) };
}

/**
 * Messages of `<customer-activity>`. Units with a count ("12.5 hours"), kind names, the Purchased / Consumed /
 * Remaining / Hours done labels, contract options and terms come from `package-consumption` (`packages.*`); the
 * no-access text from `common` (`state.*`); the additional-case words from `additional-cases` (`cases.*`).
 */
export const customerActivity = defineMessages({
  en: {
    'activity.label': 'Customer Activity',
    'activity.selection': 'Selection',
    'activity.workspaces': 'Workspaces',
    'activity.contractLoading': 'Loading contracts…',
    'activity.noContract': 'No contract',
    'activity.asOf': 'As of {date}',
    'activity.asOfNote':
      'The figures are read from the source systems — agreements, support cases and delivery records — at that time. Consumption counts once it is recorded there.',
    'activity.printSelection': '{customer} · Contract {contract} · {workspaces}',

    'attention.heading': 'Needs attention',
    'attention.intro': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} entitlement of this contract needs attention before the renewal discussion.`,
        other: `${text} entitlements of this contract need attention before the renewal discussion.`,
      });
    },
    'attention.none':
      'Nothing needs attention: no entitlement is over its purchase or runs out before its term ends, and no package expiring within 90 days leaves a large share unused.',
    'attention.reason.over': 'Over the purchase',
    'attention.reason.runs-out': 'Runs out early',
    'attention.reason.expiring-unused': 'Expiring unused',
    'attention.over': 'Consumed {quantity} more than was purchased.',
    'attention.runsOut': 'At the pace so far it runs out around {date}, before its term ends on {end}.',
    'attention.expiringUnused': (p, l) => {
      const { n, text } = countOf(p, l);
      const days = plural(n, l, { one: `${text} day`, other: `${text} days` });
      return `The package expires in ${days}; ≈ ${String(p.quantity)} (${String(p.percent)}) would expire unused at the pace so far.`;
    },

    'activity.enterprise': 'Enterprise-wide',
    'activity.activeContracts': 'Active contracts',
    'activity.noActiveContracts': 'No active contract is linked to the selected workspaces.',
    'activity.col.contract': 'Contract',
    'activity.col.start': 'Start date',
    'activity.col.end': 'End date',
    'activity.col.expiry': 'Expiry',
    'activity.consumption': 'Consumption for {contract}',
    'activity.consumptionNote':
      'Consumed counts the selected workspaces; remaining is what is left of the contract in every workspace.',

    'activity.group.proactive': 'Proactive services delivered',
    'activity.group.as-needed': 'As-needed support (advisory and reactive)',
    'activity.group.education': 'Education on demand',
    'activity.group.contacts': 'Support contacts',
    'activity.group.assessments': 'Assessments on demand',
    'activity.groupShort.proactive': 'Proactive',
    'activity.groupShort.as-needed': 'As needed',
    'activity.groupShort.education': 'Education',
    'activity.groupShort.contacts': 'Contacts',
    'activity.groupShort.assessments': 'Assessments',
    'activity.unit.hours': 'Hours',
    'activity.unit.credits': 'Credits',
    'activity.unit.cases': 'Cases',
    'activity.unit.contacts': 'Contacts',
    'activity.unit.activities': 'Activities',
    'activity.unit.assessments': 'Assessments',
    'activity.unit.services': 'Services',
    'activity.inEveryWorkspace': '{quantity} across all workspaces',
    'activity.groupBenefit': 'Included as an additional benefit — no consumption is tracked.',
    'activity.groupAbsent': 'Not part of this contract.',
    'activity.meterLabel': 'Utilisation of {group}, {unit}',

    'activity.chartHeading':
      'Utilisation of the contract by summary line, with the share of its term elapsed',
    'activity.chartCategory': 'Summary line',
    'activity.chartLine': '{group} · {unit}',
    'activity.series.utilisation': 'Used (% of purchased, all workspaces)',
    'activity.series.termElapsed': 'Term elapsed',
    'activity.chartUnlimited': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} line bought as needed is not charted: there is no purchased amount to compare against.`,
        other: `${text} lines bought as needed are not charted: there is no purchased amount to compare against.`,
      });
    },
    'activity.chartEmpty': 'This contract has no consumable entitlement with a purchased amount to chart.',

    'activity.entitlements': 'Enterprise entitlements',
    'activity.entitlementsLabel': 'Enterprise entitlements of {contract}',
    'activity.noEntitlements': 'This contract has no enterprise-wide entitlements.',

    'activity.proof': 'Proof of delivery',
    'activity.proofIntro':
      'Every entitlement of this contract — enterprise-wide and add-on — with what was purchased, consumed and remains, as a CSV file; or print this page as a report.',
    'activity.proofDownload': 'Download CSV',
    'activity.proofPrint': 'Print report',
    'activity.proofWorking': 'Preparing the file…',
    'activity.proofDone': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `Downloaded ${text} entitlement.`,
        other: `Downloaded ${text} entitlements.`,
      });
    },
    'activity.proofFailed': 'The file could not be prepared. Try again.',
    'activity.proofFilename': 'proof-of-delivery',
    'activity.pod.contract': 'Contract',
    'activity.pod.scope': 'Scope',
    'activity.pod.package': 'Package',
    'activity.pod.packageEndDate': 'Package end date',
    'activity.pod.packageExpiry': 'Package expiry',
    'activity.pod.entitlement': 'Entitlement',
    'activity.pod.kind': 'Kind',
    'activity.pod.category': 'Category',
    'activity.pod.unit': 'Unit',
    'activity.pod.purchased': 'Purchased',
    'activity.pod.consumed': 'Consumed (selected workspaces)',
    'activity.pod.consumedTotal': 'Consumed (all workspaces)',
    'activity.pod.remaining': 'Remaining',
    'activity.pod.hoursDone': 'Hours done',
    'activity.pod.outlook': 'Outlook',
    'activity.pod.pace': 'Pace (1 = even)',
    'activity.pod.expectedByNow': 'Expected by now at an even pace',
    'activity.pod.projectedTotal': 'Projected at the end of the term',
    'activity.pod.runOutDate': 'Runs out around',
    'activity.pod.unusedAtEnd': 'Unused at the end of the term (projected)',

    'activity.addOns': 'Add-on packages',

    'activity.cases': 'Additional cases',
    'activity.casesIntro':
      'Advisory and problem-resolution cases that do not fit the contract view: their contract expired or is not mapped to these workspaces, their contract, package or service is missing, or they are classified SU, DSA, X85 or REC.',
    'activity.casesCount': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        zero: 'There are no additional cases for the selected workspaces.',
        one: `${text} additional case for the selected workspaces.`,
        other: `${text} additional cases for the selected workspaces.`,
      });
    },
    'activity.casesOpen': 'View additional cases',

    'activity.back': 'Back to Customer Activity',
    'activity.detailHeading': 'Entitlement detail',
  },
  'pt-BR': {
    'activity.label': 'Atividade do Cliente',
    'activity.selection': 'Seleção',
    'activity.workspaces': 'Workspaces',
    'activity.contractLoading': 'Carregando contratos…',
    'activity.noContract': 'Nenhum contrato',
    'activity.asOf': 'Posição de {date}',
    'activity.asOfNote':
      'Os valores são lidos dos sistemas de origem — acordos, casos de suporte e registros de entrega — nesse momento. O consumo é contado quando é registrado neles.',
    'activity.printSelection': '{customer} · Contrato {contract} · {workspaces}',

    'attention.heading': 'Requer atenção',
    'attention.intro': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} direito deste contrato requer atenção antes da conversa de renovação.`,
        other: `${text} direitos deste contrato requerem atenção antes da conversa de renovação.`,
      });
    },
    'attention.none':
      'Nada requer atenção: nenhum direito passou do comprado nem se esgota antes do fim do prazo, e nenhum pacote que expira em até 90 dias deixa uma parte grande sem uso.',
    'attention.reason.over': 'Além do comprado',
    'attention.reason.runs-out': 'Esgota antes do prazo',
    'attention.reason.expiring-unused': 'Expira sem uso',
    'attention.over': 'Consumo além do comprado: {quantity}.',
    'attention.runsOut': 'No ritmo atual, esgota por volta de {date}, antes do fim do prazo em {end}.',
    'attention.expiringUnused': (p, l) => {
      const { n, text } = countOf(p, l);
      const days = plural(n, l, { one: `${text} dia`, other: `${text} dias` });
      return `O pacote expira em ${days}; no ritmo atual, a sobra sem uso seria de ≈ ${String(p.quantity)} (${String(p.percent)}).`;
    },

    'activity.enterprise': 'Toda a empresa',
    'activity.activeContracts': 'Contratos ativos',
    'activity.noActiveContracts': 'Nenhum contrato ativo está vinculado aos workspaces selecionados.',
    'activity.col.contract': 'Contrato',
    'activity.col.start': 'Data de início',
    'activity.col.end': 'Data de término',
    'activity.col.expiry': 'Vencimento',
    'activity.consumption': 'Consumo de {contract}',
    'activity.consumptionNote':
      'O consumido conta os workspaces selecionados; o restante é o que sobra do contrato em todos os workspaces.',

    'activity.group.proactive': 'Serviços proativos entregues',
    'activity.group.as-needed': 'Suporte conforme a necessidade (consultivo e reativo)',
    'activity.group.education': 'Educação sob demanda',
    'activity.group.contacts': 'Contatos de suporte',
    'activity.group.assessments': 'Avaliações sob demanda',
    'activity.groupShort.proactive': 'Proativos',
    'activity.groupShort.as-needed': 'Sob demanda',
    'activity.groupShort.education': 'Educação',
    'activity.groupShort.contacts': 'Contatos',
    'activity.groupShort.assessments': 'Avaliações',
    'activity.unit.hours': 'Horas',
    'activity.unit.credits': 'Créditos',
    'activity.unit.cases': 'Casos',
    'activity.unit.contacts': 'Contatos',
    'activity.unit.activities': 'Atividades',
    'activity.unit.assessments': 'Avaliações',
    'activity.unit.services': 'Serviços',
    'activity.inEveryWorkspace': '{quantity} somando todos os workspaces',
    'activity.groupBenefit': 'Incluído como benefício adicional — o consumo não é registrado.',
    'activity.groupAbsent': 'Não faz parte deste contrato.',
    'activity.meterLabel': 'Utilização de {group}, {unit}',

    'activity.chartHeading': 'Utilização do contrato por linha do resumo, com a parte do prazo decorrida',
    'activity.chartCategory': 'Linha do resumo',
    'activity.chartLine': '{group} · {unit}',
    'activity.series.utilisation': 'Consumido (% do comprado, todos os workspaces)',
    'activity.series.termElapsed': 'Prazo decorrido',
    'activity.chartUnlimited': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} linha sob demanda não aparece no gráfico: não há quantidade comprada para comparar.`,
        other: `${text} linhas sob demanda não aparecem no gráfico: não há quantidade comprada para comparar.`,
      });
    },
    'activity.chartEmpty':
      'Este contrato não tem direitos consumíveis com quantidade comprada para o gráfico.',

    'activity.entitlements': 'Direitos para toda a empresa',
    'activity.entitlementsLabel': 'Direitos para toda a empresa de {contract}',
    'activity.noEntitlements': 'Este contrato não tem direitos para toda a empresa.',

    'activity.proof': 'Prova de entrega',
    'activity.proofIntro':
      'Todos os direitos deste contrato — para toda a empresa e complementares — com o que foi comprado, consumido e o que resta, em um arquivo CSV; ou imprima esta página como relatório.',
    'activity.proofDownload': 'Baixar CSV',
    'activity.proofPrint': 'Imprimir relatório',
    'activity.proofWorking': 'Preparando o arquivo…',
    'activity.proofDone': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        one: `${text} direito baixado.`,
        other: `${text} direitos baixados.`,
      });
    },
    'activity.proofFailed': 'Não foi possível preparar o arquivo. Tente novamente.',
    'activity.proofFilename': 'prova-de-entrega',
    'activity.pod.contract': 'Contrato',
    'activity.pod.scope': 'Escopo',
    'activity.pod.package': 'Pacote',
    'activity.pod.packageEndDate': 'Término do pacote',
    'activity.pod.packageExpiry': 'Vencimento do pacote',
    'activity.pod.entitlement': 'Direito',
    'activity.pod.kind': 'Tipo',
    'activity.pod.category': 'Categoria',
    'activity.pod.unit': 'Unidade',
    'activity.pod.purchased': 'Comprado',
    'activity.pod.consumed': 'Consumido (workspaces selecionados)',
    'activity.pod.consumedTotal': 'Consumido (todos os workspaces)',
    'activity.pod.remaining': 'Restante',
    'activity.pod.hoursDone': 'Horas feitas',
    'activity.pod.outlook': 'Previsão',
    'activity.pod.pace': 'Ritmo (1 = uniforme)',
    'activity.pod.expectedByNow': 'Esperado até hoje em ritmo uniforme',
    'activity.pod.projectedTotal': 'Projeção no fim da vigência',
    'activity.pod.runOutDate': 'Esgota por volta de',
    'activity.pod.unusedAtEnd': 'Sem uso no fim da vigência (projeção)',

    'activity.addOns': 'Pacotes complementares',

    'activity.cases': 'Casos adicionais',
    'activity.casesIntro':
      'Casos de suporte consultivo ou resolução de problemas que não se encaixam na visão do contrato: o contrato expirou ou não está mapeado para estes workspaces, falta o contrato, o pacote ou o serviço, ou estão classificados como SU, DSA, X85 ou REC.',
    'activity.casesCount': (p, l) => {
      const { n, text } = countOf(p, l);
      return plural(n, l, {
        zero: 'Não há casos adicionais para os workspaces selecionados.',
        one: `${text} caso adicional para os workspaces selecionados.`,
        other: `${text} casos adicionais para os workspaces selecionados.`,
      });
    },
    'activity.casesOpen': 'Ver casos adicionais',

    'activity.back': 'Voltar para Atividade do Cliente',
    'activity.detailHeading': 'Detalhe do direito',
  },
});
