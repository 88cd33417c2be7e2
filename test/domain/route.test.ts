import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CUSTOMER_ACTIVITY_VIEWS,
  formatRoute,
  normalizeRoute,
  parseRoute,
  sameRoute,
  type Route,
} from '../../src/domain/route.js';

describe('route hash codec', () => {
  it('writes every part that is set, in a fixed order', () => {
    expect(
      formatRoute({
        view: 'entitlement',
        workspaceIds: ['ws-sp', 'ws-rj'],
        contractId: 'ctr-2025',
        entitlementId: 'ent-42',
      }),
    ).to.equal('#ca:view=entitlement&ws=ws-sp,ws-rj&contract=ctr-2025&entitlement=ent-42');
    expect(formatRoute({ view: 'additional-cases', workspaceIds: ['ws-a'] })).to.equal(
      '#ca:view=additional-cases&ws=ws-a',
    );
  });

  it('writes the default page as just the prefix, and drops the entitlement outside its view', () => {
    expect(formatRoute({ view: 'summary', workspaceIds: [] })).to.equal('#ca:');
    expect(formatRoute({ view: 'summary', workspaceIds: [], entitlementId: 'ent-1' })).to.equal('#ca:');
    expect(formatRoute({ view: 'summary', workspaceIds: [], contractId: 'c' })).to.equal('#ca:contract=c');
  });

  it('escapes ids holding separators, so they come back exactly', () => {
    const route: Route = {
      view: 'entitlement',
      workspaceIds: ['a,b', 'c&d', 'e=f', 'São Paulo #1', '%41'],
      contractId: 'ct/1?x=y&z',
      entitlementId: 'ent #9, "quoted"',
    };
    const hash = formatRoute(route);
    expect(hash).to.equal(
      '#ca:view=entitlement&ws=a%2Cb,c%26d,e%3Df,S%C3%A3o%20Paulo%20%231,%2541' +
        '&contract=ct%2F1%3Fx%3Dy%26z&entitlement=ent%20%239%2C%20%22quoted%22',
    );
    expect(parseRoute(hash)).to.deep.equal(route);
  });

  it('reads a hash with or without its #, in any key order, ignoring unknown keys', () => {
    expect(parseRoute('ca:entitlement=e1&foo=bar&ws=w2,w1&view=entitlement')).to.deep.equal({
      view: 'entitlement',
      workspaceIds: ['w2', 'w1'],
      entitlementId: 'e1',
    });
    expect(parseRoute('#ca:')).to.deep.equal({ view: 'summary', workspaceIds: [] });
  });

  it('is null for a hash that is not a route, so the host’s own anchors are left alone', () => {
    expect(parseRoute('')).to.equal(null);
    expect(parseRoute('#')).to.equal(null);
    expect(parseRoute('#top')).to.equal(null);
    expect(parseRoute('#cab:view=entitlement')).to.equal(null);
  });

  it('reads an unknown view as the summary, and survives malformed escapes and empty ids', () => {
    expect(parseRoute('#ca:view=nope&entitlement=e')).to.deep.equal({ view: 'summary', workspaceIds: [] });
    expect(parseRoute('#ca:ws=a,,%zz,a&contract=')).to.deep.equal({
      view: 'summary',
      workspaceIds: ['a', '%zz'],
    });
    expect(parseRoute('#ca:view&ws')).to.deep.equal({ view: 'summary', workspaceIds: [] });
  });

  it('lets a later repeat of a key win', () => {
    expect(parseRoute('#ca:contract=a&contract=b')).to.deep.equal({
      view: 'summary',
      workspaceIds: [],
      contractId: 'b',
    });
  });

  it('compares routes in canonical form', () => {
    expect(sameRoute({ view: 'summary', workspaceIds: ['a', 'a'] }, { view: 'summary', workspaceIds: ['a'] }))
      .to.be.true;
    expect(
      sameRoute({ view: 'summary', workspaceIds: ['a', 'b'] }, { view: 'summary', workspaceIds: ['b', 'a'] }),
    ).to.be.false;
  });

  describe('properties', () => {
    const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
    const anyId = fc.oneof(id, fc.constantFrom('', ',', '&', '=', '%', '#', ' ', '%2C', 'ca:'));
    const route = fc.record(
      {
        view: fc.constantFrom(...CUSTOMER_ACTIVITY_VIEWS),
        workspaceIds: fc.array(anyId, { maxLength: 5 }),
        contractId: anyId,
        entitlementId: anyId,
      },
      { requiredKeys: ['view', 'workspaceIds'] },
    );

    it('round-trip: parse(format(r)) is r in canonical form', () => {
      fc.assert(
        fc.property(route, (r) => {
          expect(parseRoute(formatRoute(r))).to.deep.equal(normalizeRoute(r));
        }),
      );
    });

    it('round-trip: format(parse(h)) is h for every hash the codec writes', () => {
      fc.assert(
        fc.property(route, (r) => {
          const hash = formatRoute(r);
          expect(formatRoute(parseRoute(hash)!)).to.equal(hash);
        }),
      );
    });

    it('a written hash is one URL fragment: no raw #, space, & or = inside an id', () => {
      fc.assert(
        fc.property(route, (r) => {
          const hash = formatRoute(r);
          expect(hash.startsWith('#ca:')).to.equal(true);
          expect(hash.slice(1)).not.to.match(/[# ]/);
          const pairs = hash.slice(4) === '' ? [] : hash.slice(4).split('&');
          for (const pair of pairs) expect(pair.split('=')).to.have.length(2);
        }),
      );
    });

    it('normalizing is idempotent, and keeps workspaces in their first order', () => {
      fc.assert(
        fc.property(route, (r) => {
          const once = normalizeRoute(r);
          expect(normalizeRoute(once)).to.deep.equal(once);
          const firsts = r.workspaceIds.filter((w, i) => w !== '' && r.workspaceIds.indexOf(w) === i);
          expect(once.workspaceIds).to.deep.equal(firsts);
        }),
      );
    });
  });
});
