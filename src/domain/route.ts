/**
 * Where `<customer-activity>` stands — its view, workspaces, contract and open entitlement — as a URL hash, so back,
 * forward and shared links work (its `sync-url` option). Pure: no DOM, no `location`.
 *
 * The hash is `#ca:` followed by `key=value` pairs joined by `&`, in this order and each only when set:
 *
 * ```
 * #ca:view=entitlement&ws=ws-sp,ws-rj&contract=ctr-2025&entitlement=ent-42
 * ```
 *
 * - `view` — `summary`, `entitlement` or `additional-cases` (omitted for `summary`);
 * - `ws` — the chosen workspace ids, comma-separated (omitted when none are chosen: the session's default);
 * - `contract` — the chosen contract (omitted for the default one);
 * - `entitlement` — the entitlement whose detail is open (only with `view=entitlement`).
 *
 * Each id is written with `encodeURIComponent`, so ids holding `,`, `&`, `=`, `#`, spaces or any other character
 * round-trip exactly (ids must be well-formed Unicode strings). A hash that does not start with `#ca:` is not a
 * route ({@link parseRoute} returns null); unknown keys are ignored, so later versions can add some.
 */

/** The views of `<customer-activity>`: the page itself, one entitlement's detail, the additional cases. */
export const CUSTOMER_ACTIVITY_VIEWS = ['summary', 'entitlement', 'additional-cases'] as const;
export type CustomerActivityView = (typeof CUSTOMER_ACTIVITY_VIEWS)[number];

/** The view shown when none is named. */
export const DEFAULT_VIEW: CustomerActivityView = 'summary';

/** The prefix of every route hash. */
export const ROUTE_PREFIX = '#ca:';

/** Where the page stands. */
export interface Route {
  view: CustomerActivityView;
  /** The chosen workspaces; empty for the session's default. */
  workspaceIds: string[];
  /** The chosen contract; undefined for the default one. */
  contractId?: string;
  /** The entitlement whose detail is open; only kept with the `entitlement` view. */
  entitlementId?: string;
}

/** Whether a value names one of the views. */
export function isCustomerActivityView(value: unknown): value is CustomerActivityView {
  return (CUSTOMER_ACTIVITY_VIEWS as readonly unknown[]).includes(value);
}

/**
 * A route in its canonical form: an unknown view becomes `summary`; empty ids are dropped (an empty workspace id,
 * contract or entitlement means "not chosen"); repeated workspace ids are kept once, in their first place; the
 * entitlement is kept only with the `entitlement` view. {@link formatRoute} writes, and {@link parseRoute} reads,
 * exactly this form.
 */
export function normalizeRoute(route: Route): Route {
  const view = isCustomerActivityView(route.view) ? route.view : DEFAULT_VIEW;
  const workspaceIds = [...new Set(route.workspaceIds.filter((id) => id !== ''))];
  const out: Route = { view, workspaceIds };
  if (route.contractId) out.contractId = route.contractId;
  if (view === 'entitlement' && route.entitlementId) out.entitlementId = route.entitlementId;
  return out;
}

/** The hash of a route, `#ca:…` (just `#ca:` for the default page). */
export function formatRoute(route: Route): string {
  const r = normalizeRoute(route);
  const pairs: string[] = [];
  if (r.view !== DEFAULT_VIEW) pairs.push(`view=${r.view}`);
  if (r.workspaceIds.length > 0) pairs.push(`ws=${r.workspaceIds.map(encodeURIComponent).join(',')}`);
  if (r.contractId) pairs.push(`contract=${encodeURIComponent(r.contractId)}`);
  if (r.entitlementId) pairs.push(`entitlement=${encodeURIComponent(r.entitlementId)}`);
  return ROUTE_PREFIX + pairs.join('&');
}

/** Decodes one component; a malformed escape (`%zz`) is kept as written rather than throwing. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The route a hash holds (with or without its leading `#`), in canonical form; null when the hash is not a route
 * (it does not start with `#ca:`). A later repeat of a key wins; an unknown view reads as `summary`.
 */
export function parseRoute(hash: string): Route | null {
  const text = hash.startsWith('#') ? hash : `#${hash}`;
  if (!text.startsWith(ROUTE_PREFIX)) return null;
  const route: Route = { view: DEFAULT_VIEW, workspaceIds: [] };
  for (const pair of text.slice(ROUTE_PREFIX.length).split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (key === 'view') route.view = isCustomerActivityView(value) ? value : DEFAULT_VIEW;
    else if (key === 'ws') route.workspaceIds = value === '' ? [] : value.split(',').map(decode);
    else if (key === 'contract') route.contractId = decode(value);
    else if (key === 'entitlement') route.entitlementId = decode(value);
  }
  return normalizeRoute(route);
}

/** Whether two routes name the same place (compared in canonical form). */
export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
