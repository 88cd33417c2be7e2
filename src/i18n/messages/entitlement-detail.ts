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
    'detail.chartHeading': 'Consumption of the contract against the purchase, at an even pace and projected',
    'detail.chartMonth': 'Month',
    'detail.chartStart': 'Start ({date})',
    'detail.chartEnd': 'End ({date})',
    'detail.series.cumulativeTotal': 'Consumed, all workspaces (cumulative)',
    'detail.series.cumulative': 'Consumed, selected workspaces (cumulative)',
    'detail.series.monthlyTotal': 'Consumed in the month, all workspaces',
    'detail.series.purchased': 'Purchased',
    'detail.series.evenPace': 'Even pace',
    'detail.series.projection': 'Projection at the pace so far',
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
      'The selected workspaces have consumed {consumed}; across all workspaces, {total}.',
    'detail.chartPartial':
      'The all-workspaces line counts the rows you may see ({shown}); the contract has consumed {total} in all.',
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
});
