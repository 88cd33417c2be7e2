/** Who may see what (docs/domain-rules.md, Access). The adapter enforces these rules; the elements use them to decide what to show. */
import type { ConsumptionRecord, Permissions, SupportCase, User, Workspace } from './types.js';

/** Whether the user holds the `customer-admin` role. */
export function isCustomerAdmin(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('customer-admin');
}

/** Whether the user may see the page of workspace `workspaceId`. */
export function canSelectWorkspace(user: User, workspaceId: string): boolean {
  return (
    isCustomerAdmin(user) ||
    user.adminOfWorkspaceIds.includes(workspaceId) ||
    (user.roles.includes('customer-activity') && user.workspaceIds.includes(workspaceId))
  );
}

/** The ids of the workspaces the user may select, in the order of `workspaces`. */
export function selectableWorkspaceIds(user: User, workspaces: readonly Pick<Workspace, 'id'>[]): string[] {
  return workspaces.filter((w) => canSelectWorkspace(user, w.id)).map((w) => w.id);
}

/**
 * Whether the user may see a support case: a customer admin; an admin of the case's workspace; otherwise one
 * who shares a group with it, is in `sharedWithUserIds`, is its primary contact, or holds
 * `view-all-support-requests`.
 */
export function canSeeCase(user: User, supportCase: SupportCase): boolean {
  if (isCustomerAdmin(user)) return true;
  if (user.adminOfWorkspaceIds.includes(supportCase.workspaceId)) return true;
  if (user.roles.includes('view-all-support-requests')) return true;
  if (supportCase.primaryContactId !== undefined && supportCase.primaryContactId === user.id) return true;
  if (supportCase.sharedWithUserIds.includes(user.id)) return true;
  return supportCase.groupIds.some((g) => user.groupIds.includes(g));
}

/**
 * Whether the user may see a consumption row: always without a `caseId`, else only when its case is visible.
 * A `caseId` that resolves to no case hides the row (fail closed).
 */
export function canSeeConsumption(
  user: User,
  record: Pick<ConsumptionRecord, 'caseId'>,
  caseById: (id: string) => SupportCase | undefined,
): boolean {
  if (record.caseId === undefined) return true;
  const supportCase = caseById(record.caseId);
  return supportCase !== undefined && canSeeCase(user, supportCase);
}

/** The user's permissions: viewPage (any selectable workspace), exportEducation, viewAllCases. */
export function permissionsOf(user: User, workspaces: readonly Pick<Workspace, 'id'>[]): Permissions {
  const admin = isCustomerAdmin(user);
  return {
    viewPage: workspaces.some((w) => canSelectWorkspace(user, w.id)),
    exportEducation: admin || user.roles.includes('learning-manager') || user.adminOfWorkspaceIds.length > 0,
    viewAllCases: admin || user.roles.includes('view-all-support-requests'),
  };
}
