import { expect } from '@open-wc/testing';
import { balanceOf } from '../../src/domain/balances.js';
import { contractView } from '../../src/domain/status.js';
import { enterpriseSummary, summarizeGroups, summaryGroupOf } from '../../src/domain/summary.js';
import type { Balance, Entitlement } from '../../src/domain/types.js';
import { ENTITLEMENT_KINDS } from '../../src/domain/types.js';
import { makeContract, makeEntitlement, makePackage, TODAY } from '../helpers/fixtures.js';

function bal(
  e: Partial<Entitlement> & { id: string },
  consumed: number,
  consumedTotal = consumed,
  hoursDone = 0,
): Balance {
  const entitlement = makeEntitlement(e);
  const term = makePackage({ id: entitlement.packageId });
  return balanceOf(entitlement, { consumed, consumedTotal, hoursDone }, term, TODAY);
}

describe('enterprise summary', () => {
  it('maps every kind to its group, and other to none', () => {
    const groups = ENTITLEMENT_KINDS.map((k) => [k, summaryGroupOf(k)]);
    expect(Object.fromEntries(groups)).to.eql({
      'reactive-support': 'as-needed',
      'advisory-support': 'as-needed',
      'proactive-services': 'proactive',
      workshop: 'proactive',
      'proactive-credits': 'proactive',
      'designated-engineering': 'proactive',
      'support-contacts': 'contacts',
      'education-on-demand': 'education',
      'assessments-on-demand': 'assessments',
      'support-technology-advisor': 'proactive',
      other: null,
    });
  });

  it('always lists the five groups in order, even with no entitlements', () => {
    expect(summarizeGroups([])).to.eql([
      { group: 'proactive', lines: [], hoursDone: 0 },
      { group: 'as-needed', lines: [], hoursDone: 0 },
      { group: 'education', lines: [], hoursDone: 0 },
      { group: 'contacts', lines: [], hoursDone: 0 },
      { group: 'assessments', lines: [], hoursDone: 0 },
    ]);
  });

  it('mixing limited and unlimited entitlements of one unit gives purchased and remaining null', () => {
    const [, asNeeded] = summarizeGroups([
      bal({ id: 'r', kind: 'reactive-support', purchased: null }, 7, 9, 5),
      bal({ id: 'a', kind: 'advisory-support', purchased: 100 }, 10, 30, 8),
    ]);
    expect(asNeeded).to.eql({
      group: 'as-needed',
      lines: [{ unit: 'hours', purchased: null, consumed: 17, remaining: null }],
      hoursDone: 13,
    });
  });

  it('sums limited entitlements: remaining = purchased − Σ consumedTotal; one line per unit in UNITS order', () => {
    const [proactive] = summarizeGroups([
      bal({ id: 'w', kind: 'workshop', unit: 'credits', purchased: 20 }, 5, 19),
      bal({ id: 'd', kind: 'designated-engineering', unit: 'hours', purchased: 40 }, 8, 8, 8),
      bal({ id: 'p', kind: 'proactive-services', unit: 'credits', purchased: 50 }, 40, 41),
      bal(
        {
          id: 's',
          kind: 'support-technology-advisor',
          category: 'benefit',
          unit: 'services',
          purchased: null,
        },
        0,
        0,
        2,
      ),
    ]);
    expect(proactive).to.eql({
      group: 'proactive',
      lines: [
        { unit: 'hours', purchased: 40, consumed: 8, remaining: 32 },
        { unit: 'credits', purchased: 70, consumed: 45, remaining: 10 },
      ],
      hoursDone: 10, // benefits count towards hoursDone but have no line
    });
  });

  it('leaves other out of every group and keeps every balance in entitlements', () => {
    const balances = [
      bal({ id: 'o', kind: 'other', unit: 'services', purchased: 5 }, 1, 1, 4),
      bal({ id: 'e', kind: 'education-on-demand', unit: 'activities', purchased: 10 }, 11, 11),
    ];
    const contract = contractView(makeContract({ id: 'ct' }), TODAY);
    const summary = enterpriseSummary(contract, balances);
    expect(summary.contract).to.equal(contract);
    expect(summary.entitlements.map((b) => b.entitlementId)).to.eql(['o', 'e']);
    expect(summary.groups.map((g) => g.hoursDone)).to.eql([0, 0, 0, 0, 0]);
    expect(summary.groups[2].lines).to.eql([
      { unit: 'activities', purchased: 10, consumed: 11, remaining: -1 },
    ]);
    expect(summary.groups.flatMap((g) => g.lines).map((l) => l.unit)).to.eql(['activities']);
  });
});
