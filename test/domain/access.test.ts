import { expect } from '@open-wc/testing';
import {
  canSeeCase,
  canSeeConsumption,
  permissionsOf,
  selectableWorkspaceIds,
} from '../../src/domain/access.js';
import { makeCase, makeRecord, makeUser } from '../helpers/fixtures.js';

const WORKSPACES = [{ id: 'ws-a' }, { id: 'ws-b' }, { id: 'ws-c' }];

describe('access: selectable workspaces', () => {
  it('a customer admin selects every workspace', () => {
    expect(selectableWorkspaceIds(makeUser({ id: 'u', roles: ['customer-admin'] }), WORKSPACES)).to.eql([
      'ws-a',
      'ws-b',
      'ws-c',
    ]);
  });

  it('a workspace admin selects the workspaces they administer, without any role', () => {
    const user = makeUser({ id: 'u', adminOfWorkspaceIds: ['ws-c', 'ws-a'] });
    expect(selectableWorkspaceIds(user, WORKSPACES)).to.eql(['ws-a', 'ws-c']);
  });

  it('customer-activity selects its workspaceIds; without the role, workspaceIds give nothing', () => {
    const member = makeUser({ id: 'u', roles: ['customer-activity'], workspaceIds: ['ws-b'] });
    expect(selectableWorkspaceIds(member, WORKSPACES)).to.eql(['ws-b']);
    const noRole = makeUser({
      id: 'u',
      roles: ['view-all-support-requests', 'learning-manager'],
      workspaceIds: ['ws-b'],
    });
    expect(selectableWorkspaceIds(noRole, WORKSPACES)).to.eql([]);
  });

  it('a workspace id unknown to the dataset is never selectable', () => {
    const member = makeUser({ id: 'u', roles: ['customer-activity'], workspaceIds: ['ws-x'] });
    expect(selectableWorkspaceIds(member, WORKSPACES)).to.eql([]);
  });
});

describe('access: support cases', () => {
  const plain = makeUser({
    id: 'u',
    roles: ['customer-activity'],
    workspaceIds: ['ws-a'],
    groupIds: ['g-1'],
  });
  const privateCase = makeCase({
    id: 'c',
    groupIds: ['g-2'],
    sharedWithUserIds: ['someone'],
    primaryContactId: 'other',
  });

  it('hides a case that grants the user nothing', () => {
    expect(canSeeCase(plain, privateCase)).to.eql(false);
  });

  it('shows it through a shared group', () => {
    expect(canSeeCase(plain, { ...privateCase, groupIds: ['g-2', 'g-1'] })).to.eql(true);
  });

  it('shows it when shared with the user', () => {
    expect(canSeeCase(plain, { ...privateCase, sharedWithUserIds: ['someone', 'u'] })).to.eql(true);
  });

  it('shows it to its primary contact', () => {
    expect(canSeeCase(plain, { ...privateCase, primaryContactId: 'u' })).to.eql(true);
    expect(canSeeCase(plain, { ...privateCase, primaryContactId: undefined })).to.eql(false);
  });

  it('shows it to a holder of view-all-support-requests', () => {
    expect(
      canSeeCase({ ...plain, roles: ['customer-activity', 'view-all-support-requests'] }, privateCase),
    ).to.eql(true);
  });

  it('shows every case to a customer admin', () => {
    expect(canSeeCase(makeUser({ id: 'x', roles: ['customer-admin'] }), privateCase)).to.eql(true);
  });

  it('shows a case to an admin of its workspace only', () => {
    expect(canSeeCase(makeUser({ id: 'x', adminOfWorkspaceIds: ['ws-a'] }), privateCase)).to.eql(true);
    expect(canSeeCase(makeUser({ id: 'x', adminOfWorkspaceIds: ['ws-b'] }), privateCase)).to.eql(false);
  });

  it('a consumption row is visible without a case, or when its case is visible', () => {
    const cases = new Map([
      ['hidden', privateCase],
      ['shown', { ...privateCase, groupIds: ['g-1'] }],
    ]);
    const lookup = (id: string) => cases.get(id);
    expect(canSeeConsumption(plain, makeRecord({ id: '1' }), lookup)).to.eql(true);
    expect(canSeeConsumption(plain, makeRecord({ id: '2', caseId: 'shown' }), lookup)).to.eql(true);
    expect(canSeeConsumption(plain, makeRecord({ id: '3', caseId: 'hidden' }), lookup)).to.eql(false);
    expect(canSeeConsumption(plain, makeRecord({ id: '4', caseId: 'unknown' }), lookup)).to.eql(false);
  });
});

describe('access: permissions', () => {
  it('viewPage needs a selectable workspace', () => {
    expect(permissionsOf(makeUser({ id: 'u', roles: ['customer-activity'] }), WORKSPACES).viewPage).to.eql(
      false,
    );
    expect(
      permissionsOf(makeUser({ id: 'u', roles: ['customer-activity'], workspaceIds: ['ws-a'] }), WORKSPACES)
        .viewPage,
    ).to.eql(true);
  });

  it('exportEducation: learning manager, customer admin or admin of any workspace', () => {
    const can = (u: Parameters<typeof makeUser>[0]) => permissionsOf(makeUser(u), WORKSPACES).exportEducation;
    expect(can({ id: 'u', roles: ['learning-manager'] })).to.eql(true);
    expect(can({ id: 'u', roles: ['customer-admin'] })).to.eql(true);
    expect(can({ id: 'u', adminOfWorkspaceIds: ['ws-c'] })).to.eql(true);
    expect(
      can({ id: 'u', roles: ['customer-activity', 'view-all-support-requests'], workspaceIds: ['ws-a'] }),
    ).to.eql(false);
  });

  it('viewAllCases: customer admin or view-all-support-requests, not a workspace admin', () => {
    const can = (u: Parameters<typeof makeUser>[0]) => permissionsOf(makeUser(u), WORKSPACES).viewAllCases;
    expect(can({ id: 'u', roles: ['customer-admin'] })).to.eql(true);
    expect(can({ id: 'u', roles: ['view-all-support-requests'] })).to.eql(true);
    expect(can({ id: 'u', adminOfWorkspaceIds: ['ws-a'] })).to.eql(false);
    expect(can({ id: 'u', roles: ['customer-activity', 'learning-manager'], workspaceIds: ['ws-a'] })).to.eql(
      false,
    );
  });
});
