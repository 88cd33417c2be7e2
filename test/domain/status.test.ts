import { expect } from '@open-wc/testing';
import { contractStatus, contractView, expiryOfDaysLeft, packageExpiry } from '../../src/domain/status.js';
import { makeContract, TODAY } from '../helpers/fixtures.js';

describe('contract status', () => {
  const term = (startDate: string, endDate: string) => ({ startDate, endDate });

  it('is upcoming only when it starts after today', () => {
    expect(contractStatus(term('2026-03-16', '2027-01-01'), TODAY)).to.eql('upcoming');
    expect(contractStatus(term('2026-03-15', '2027-01-01'), TODAY)).to.eql('active');
  });

  it('is expired only when it ended before today', () => {
    expect(contractStatus(term('2025-01-01', '2026-03-14'), TODAY)).to.eql('expired');
    expect(contractStatus(term('2025-01-01', '2026-03-15'), TODAY)).to.eql('active');
  });

  it('is active on a one-day term that is today', () => {
    expect(contractStatus(term(TODAY, TODAY), TODAY)).to.eql('active');
  });

  it('contractView copies the contract with its status', () => {
    const contract = makeContract({ id: 'c', endDate: '2026-01-01' });
    const view = contractView(contract, TODAY);
    expect(view).to.eql({ ...contract, status: 'expired' });
    view.workspaceIds.push('x');
    expect(contract.workspaceIds).to.eql(['ws-a']);
  });
});

describe('package expiry', () => {
  const endingIn = (days: number) => {
    const end = new Date(Date.UTC(2026, 2, 15 + days)).toISOString().slice(0, 10);
    return packageExpiry({ endDate: end }, TODAY);
  };

  it('is expired at -1 day', () => {
    expect(endingIn(-1)).to.eql({ expiry: 'expired', daysLeft: -1 });
  });
  it('is expiring at 0 days (ends today)', () => {
    expect(endingIn(0)).to.eql({ expiry: 'expiring', daysLeft: 0 });
  });
  it('is expiring at 90 days', () => {
    expect(endingIn(90)).to.eql({ expiry: 'expiring', daysLeft: 90 });
  });
  it('is active at 91 days', () => {
    expect(endingIn(91)).to.eql({ expiry: 'active', daysLeft: 91 });
  });
  it('counts days across a year end', () => {
    expect(packageExpiry({ endDate: '2027-01-01' }, '2026-12-31')).to.eql({
      expiry: 'expiring',
      daysLeft: 1,
    });
    expect(packageExpiry({ endDate: '2025-12-31' }, TODAY)).to.eql({ expiry: 'expired', daysLeft: -74 });
  });
  it('expiryOfDaysLeft has its boundaries at 0 and 90', () => {
    expect([-1, 0, 1, 89, 90, 91].map(expiryOfDaysLeft)).to.eql([
      'expired',
      'expiring',
      'expiring',
      'expiring',
      'expiring',
      'active',
    ]);
  });
});
