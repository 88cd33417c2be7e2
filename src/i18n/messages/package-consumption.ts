import type { Unit } from '../../domain/types.js';
import { defineMessages, plural, type Locale, type MessageParams } from '../define-messages.js';
import { formatterFor } from '../format.js';

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

/** Messages of `<package-consumption>`. */
export const packageConsumption = defineMessages({
  en: {
    'packages.filters': 'Add-on package filters',
    'packages.contract': 'Contract',
    'packages.contractOption': '{number} · {name} ({term})',
    'packages.contractStatus.upcoming': 'upcoming',
    'packages.contractStatus.active': 'active',
    'packages.contractStatus.expired': 'expired',
    'packages.withStatus': '{label} — {status}',
    'packages.term': '{start} – {end}',
    'packages.package': 'Package',
    'packages.allPackages': 'All packages',
    'packages.unknownPackage': 'A package not in this contract',
    'packages.status': 'Status',
    'packages.status.active': 'Active',
    'packages.status.inactive': 'Inactive',
    'packages.status.all': 'All',
    'packages.packageStatus.active': 'Active',
    'packages.packageStatus.inactive': 'Inactive',
    'packages.listLabel': 'Add-on packages',
    'packages.shown': (p, l) => {
      const total = counted({ count: p.total }, l, (n) => ({
        one: `${n} add-on package`,
        other: `${n} add-on packages`,
      }));
      return `Showing ${whole(p, l)} of ${total}`;
    },
    'packages.consumables': 'Consumable services',
    'packages.noConsumables': 'This package has no consumable services.',
    'packages.benefits': 'Additional benefits',
    'packages.benefitNote': 'Included — no consumption tracked',
    'packages.col.entitlement': 'Entitlement',
    'packages.col.purchased': 'Purchased',
    'packages.col.consumed': 'Consumed',
    'packages.col.remaining': 'Remaining',
    'packages.col.hoursDone': 'Hours done',
    'packages.col.utilisation': 'Utilisation',
    'packages.quantity': quantity,
    'packages.col.outlook': 'Outlook',
    'packages.asNeeded': 'As needed',
    'packages.notApplicable': 'Not applicable',
    'packages.noHours': 'None',
    'packages.over': (p, l) => `${quantity(p, l)} over`,
    'packages.inSelection': (p, l) => `${quantity(p, l)} in the selected workspaces`,
    'packages.meterLabel': 'Utilisation of {name}',
    'packages.kind.reactive-support': 'Reactive support',
    'packages.kind.advisory-support': 'Advisory support',
    'packages.kind.proactive-services': 'Proactive services',
    'packages.kind.workshop': 'Workshop',
    'packages.kind.proactive-credits': 'Proactive credits',
    'packages.kind.designated-engineering': 'Designated support engineering',
    'packages.kind.support-contacts': 'Support contacts',
    'packages.kind.education-on-demand': 'Education on demand',
    'packages.kind.assessments-on-demand': 'Assessments on demand',
    'packages.kind.support-technology-advisor': 'Support technology advisor',
    'packages.kind.other': 'Other service',
    'packages.noAdapterTitle': 'No data source',
    'packages.noAdapter':
      'This element has no data adapter: set its adapter property or place it inside a provider.',
    'packages.noContractsTitle': 'No contracts',
    'packages.noContracts': 'No contract is linked to the selected workspaces.',
    'packages.contractUnavailableTitle': 'Contract not available',
    'packages.contractUnavailable':
      'The chosen contract is not linked to the selected workspaces. Choose another contract above.',
    'packages.noPackagesTitle': 'No add-on packages',
    'packages.noPackages': 'This contract has no add-on packages.',
    'packages.noMatchTitle': 'No packages match the filters',
    'packages.noMatch': (p, l) =>
      counted(p, l, (n) => ({
        one: `This contract has ${n} add-on package, but it does not match the package and status chosen.`,
        other: `This contract has ${n} add-on packages, but none matches the package and status chosen.`,
      })),
    'packages.resetFilters': 'Reset filters',
  },
});
