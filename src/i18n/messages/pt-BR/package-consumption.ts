import type { Unit } from '../../../domain/types.js';
import { translations, plural, type Locale, type MessageParams } from '../../define-messages.js';
import { formatterFor } from '../../format.js';

/** Singular and plural of each unit, per locale. */
const UNIT_FORMS: Record<Locale, Record<Unit, { one: string; other: string }>> = {
  en: {
    hours: { one: 'hour', other: 'hours' },
    credits: { one: 'credit', other: 'credits' },
    cases: { one: 'case', other: 'cases' },
    contacts: { one: 'contact', other: 'contacts' },
    activities: { one: 'activity', other: 'activities' },
    assessments: { one: 'assessment', other: 'assessments' },
    services: { one: 'service', other: 'services' },
  },
  'pt-BR': {
    hours: { one: 'hora', other: 'horas' },
    credits: { one: 'crédito', other: 'créditos' },
    cases: { one: 'caso', other: 'casos' },
    contacts: { one: 'contato', other: 'contatos' },
    activities: { one: 'atividade', other: 'atividades' },
    assessments: { one: 'avaliação', other: 'avaliações' },
    services: { one: 'serviço', other: 'serviços' },
  },
};

/**
 * `params.count` (a quantity, up to two decimals) followed by `params.unit` in the right number: "1 hour",
 * "12.5 hours", "1.234 horas", and "0 horas" (where CLDR's pt rule would give "0 hora"). An unknown unit is
 * written as given.
 */
function quantity(params: MessageParams, locale: Locale): string {
  const n = Number(params.count ?? 0);
  const text = formatterFor(locale).number(n);
  const forms = UNIT_FORMS[locale][params.unit as Unit] as { one: string; other: string } | undefined;
  return forms
    ? `${text} ${plural(Math.abs(n), locale, { ...forms, zero: forms.other })}`
    : `${text} ${String(params.unit ?? '')}`.trim();
}

/** A whole count of `params.count`, grouped, and the form of `forms` that fits it. */
function counted(
  params: MessageParams,
  locale: Locale,
  forms: (n: string) => { one: string; other: string },
): string {
  const n = Math.abs(Number(params.count ?? 0));
  return plural(n, locale, forms(formatterFor(locale).integer(n)));
}

/** `params[name]` as a grouped whole number. */
function whole(params: MessageParams, locale: Locale, name = 'count'): string {
  return formatterFor(locale).integer(Math.abs(Number(params[name] ?? 0)));
}
import type { packageConsumption as area } from '../package-consumption.js';

/** The Brazilian Portuguese messages of `packageConsumption` (src/i18n/messages/package-consumption.ts): exactly its keys. */
export const packageConsumption = translations<typeof area>({
  'packages.filters': 'Filtros dos pacotes complementares',
  'packages.contract': 'Contrato',
  'packages.contractOption': '{number} · {name} ({term})',
  'packages.contractStatus.upcoming': 'futuro',
  'packages.contractStatus.active': 'ativo',
  'packages.contractStatus.expired': 'expirado',
  'packages.withStatus': '{label} — {status}',
  'packages.term': '{start} – {end}',
  'packages.package': 'Pacote',
  'packages.allPackages': 'Todos os pacotes',
  'packages.unknownPackage': 'Um pacote que não é deste contrato',
  'packages.status': 'Status',
  'packages.status.active': 'Ativos',
  'packages.status.inactive': 'Inativos',
  'packages.status.all': 'Todos',
  'packages.packageStatus.active': 'Ativo',
  'packages.packageStatus.inactive': 'Inativo',
  'packages.listLabel': 'Pacotes complementares',
  'packages.shown': (p, l) => {
    const total = counted({ count: p.total }, l, (n) => ({
      one: `${n} pacote complementar`,
      other: `${n} pacotes complementares`,
    }));
    return `Exibindo ${whole(p, l)} de ${total}`;
  },
  'packages.consumables': 'Serviços consumíveis',
  'packages.noConsumables': 'Este pacote não tem serviços consumíveis.',
  'packages.benefits': 'Benefícios adicionais',
  'packages.benefitNote': 'Incluído — o consumo não é registrado',
  'packages.col.entitlement': 'Direito',
  'packages.col.purchased': 'Comprado',
  'packages.col.consumed': 'Consumido',
  'packages.col.remaining': 'Restante',
  'packages.col.hoursDone': 'Horas feitas',
  'packages.col.utilisation': 'Utilização',
  'packages.quantity': quantity,
  'packages.col.outlook': 'Previsão',
  'packages.asNeeded': 'Sob demanda',
  'packages.notApplicable': 'Não se aplica',
  'packages.noHours': 'Nenhuma',
  'packages.over': (p, l) => `${quantity(p, l)} além do comprado`,
  'packages.inSelection': (p, l) => `${quantity(p, l)} nos workspaces selecionados`,
  'packages.meterLabel': 'Utilização de {name}',
  'packages.kind.reactive-support': 'Suporte reativo',
  'packages.kind.advisory-support': 'Suporte consultivo',
  'packages.kind.proactive-services': 'Serviços proativos',
  'packages.kind.workshop': 'Workshop',
  'packages.kind.proactive-credits': 'Créditos proativos',
  'packages.kind.designated-engineering': 'Engenharia de suporte designada',
  'packages.kind.support-contacts': 'Contatos de suporte',
  'packages.kind.education-on-demand': 'Educação sob demanda',
  'packages.kind.assessments-on-demand': 'Avaliações sob demanda',
  'packages.kind.support-technology-advisor': 'Assessor de tecnologia de apoio',
  'packages.kind.other': 'Outro serviço',
  'packages.noAdapterTitle': 'Sem fonte de dados',
  'packages.noAdapter':
    'Este elemento não tem um adaptador de dados: defina a propriedade adapter ou coloque-o dentro de um provedor.',
  'packages.noContractsTitle': 'Nenhum contrato',
  'packages.noContracts': 'Nenhum contrato está vinculado aos workspaces selecionados.',
  'packages.contractUnavailableTitle': 'Contrato indisponível',
  'packages.contractUnavailable':
    'O contrato escolhido não está vinculado aos workspaces selecionados. Escolha outro contrato acima.',
  'packages.noPackagesTitle': 'Nenhum pacote complementar',
  'packages.noPackages': 'Este contrato não tem pacotes complementares.',
  'packages.noMatchTitle': 'Nenhum pacote corresponde aos filtros',
  'packages.noMatch': (p, l) =>
    counted(p, l, (n) => ({
      one: `Este contrato tem ${n} pacote complementar, mas ele não corresponde ao pacote e ao status escolhidos.`,
      other: `Este contrato tem ${n} pacotes complementares, mas nenhum corresponde ao pacote e ao status escolhidos.`,
    })),
  'packages.resetFilters': 'Limpar filtros',
});
