/**
 * The OpenAPI 3.1 description of the HTTP face of the adapter contract, generated from the zod schemas that
 * validate it (query strings, path ids, results and problems: `src/data/http-schemas.ts`). `npm run openapi`
 * writes it to `openapi.json`; the request handler serves it at `/openapi.json`.
 */
import {
  HTTP_DEFAULT_MAX_LIMIT,
  HTTP_RESULT_SCHEMAS,
  HTTP_ROUTES,
  httpComponentSchemas,
  httpPathIdSchema,
  httpQueryParameters,
  type HttpRouteName,
  type OpenApiParameter,
} from '../data/http-schemas.js';

/** Options of {@link createOpenApiDocument}. */
export interface OpenApiOptions {
  /** The server URL the paths are relative to (default `/api/customer-activity`). */
  serverUrl?: string;
  /** The handler's `maxLimit` (default 1000). */
  maxLimit?: number;
}

/** The version of the URL scheme (not of the package): bumped when a route or parameter changes incompatibly. */
export const HTTP_API_VERSION = '1.0.0';

const OPERATIONS: Readonly<Record<HttpRouteName, { summary: string; description: string; tag: string }>> = {
  getSession: {
    tag: 'session',
    summary: 'Who is viewing, as of when, and what they may do',
    description:
      'The viewer, the customer, the data date, the workspaces the viewer may select and their permissions. A ' +
      'viewer who may see no workspace gets `permissions.viewPage = false`; every other route then answers 403.',
  },
  listContracts: {
    tag: 'contracts',
    summary: 'Contracts mapped to any of the selected workspaces',
    description: 'Each with its status as of today (`upcoming`, `active`, `expired`).',
  },
  getEnterpriseSummary: {
    tag: 'contracts',
    summary: 'Enterprise-wide summary of a contract',
    description:
      'The five summary groups (purchased, consumed and remaining per unit) and the balance of every entitlement ' +
      'of the contract’s enterprise packages, for the selected workspaces.',
  },
  listPackages: {
    tag: 'contracts',
    summary: 'Packages of a contract, with their expiry and balances',
    description: 'Filtered by scope, status and optionally one package.',
  },
  getEntitlement: {
    tag: 'entitlements',
    summary: 'One entitlement: its balance, description, package and contract',
    description:
      'Balances count every record, also those the viewer may not see; `forecast` is the pace so far over the ' +
      'package term and where it ends up, null for a benefit and for an as-needed entitlement.',
  },
  queryConsumption: {
    tag: 'entitlements',
    summary: 'A page of the consumption history of an entitlement',
    description:
      'Rows the viewer may see, searched, sorted and paged; `total` counts the matching rows and ' +
      '`hiddenByPermissions` the rows in the selected workspaces the viewer may not see.',
  },
  getConsumptionTimeline: {
    tag: 'entitlements',
    summary: 'Monthly consumption of an entitlement over its package term',
    description:
      'One point per month from the package start to its end or today, whichever is first. `consumed` and ' +
      '`cumulative` count every record in the selected workspaces, `consumedTotal` and `cumulativeTotal` every ' +
      'record in every workspace, like the balance: the last `cumulative` equals `consumed` and the last ' +
      '`cumulativeTotal` equals `consumedTotal`.',
  },
  queryAdditionalCases: {
    tag: 'cases',
    summary: 'A page of additional cases, with their reasons',
    description:
      'Cases in the selected workspaces with at least one reason (expired or unmapped contract, missing contract, ' +
      'package or service, classified), searched, sorted and paged.',
  },
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The OpenAPI 3.1 document of the request handler: every route, its parameters with their constraints, its result
 * schema, and the problem answers (400, 401, 403, 404, 500, 503).
 */
export function createOpenApiDocument(options: OpenApiOptions = {}): Record<string, unknown> {
  const maxLimit = options.maxLimit ?? HTTP_DEFAULT_MAX_LIMIT;
  const paths: Record<string, unknown> = {};
  for (const route of Object.keys(HTTP_ROUTES) as HttpRouteName[]) {
    const { path } = HTTP_ROUTES[route];
    const op = OPERATIONS[route];
    const pathParams: OpenApiParameter[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: httpPathIdSchema(),
    }));
    const responses: Record<string, unknown> = {
      '200': {
        description: op.summary,
        headers: { ETag: { $ref: '#/components/headers/ETag' } },
        content: {
          'application/json': { schema: { $ref: `#/components/schemas/${HTTP_RESULT_SCHEMAS[route]}` } },
        },
      },
      '304': { $ref: '#/components/responses/NotModified' },
      '401': { $ref: '#/components/responses/Unauthorized' },
      '500': { $ref: '#/components/responses/ServerError' },
      '503': { $ref: '#/components/responses/Unavailable' },
    };
    if (route !== 'getSession') {
      responses['400'] = { $ref: '#/components/responses/BadRequest' };
      responses['403'] = { $ref: '#/components/responses/Forbidden' };
    }
    if (pathParams.length > 0) responses['404'] = { $ref: '#/components/responses/NotFound' };
    paths[path] = {
      get: {
        operationId: route,
        tags: [op.tag],
        summary: op.summary,
        description: op.description,
        parameters: [
          ...pathParams,
          ...httpQueryParameters(route, maxLimit),
          { $ref: '#/components/parameters/IfNoneMatch' },
        ],
        responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Customer Activity API',
      version: HTTP_API_VERSION,
      description:
        'What was bought under support contracts, what was delivered, what remains, and the evidence — the adapter ' +
        'contract of customer-activity-elements over HTTP. Every route is a GET (HEAD too). Who the viewer is comes ' +
        'from the host’s session or token, never from a parameter. Answers carry a weak ETag (send it back in ' +
        '`If-None-Match` for a 304) and are gzipped when the client accepts it. Errors are RFC 9457 problem ' +
        'bodies; a 400 lists every invalid parameter in `invalid-params`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.serverUrl ?? '/api/customer-activity' }],
    tags: [
      { name: 'session', description: 'The viewer and their permissions' },
      { name: 'contracts', description: 'Contracts, summaries and packages' },
      { name: 'entitlements', description: 'Entitlements and their consumption history' },
      { name: 'cases', description: 'Additional cases' },
    ],
    paths,
    components: {
      schemas: httpComponentSchemas(),
      parameters: {
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of an answer the client has: answered 304 when it is still current.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: {
          description: 'A weak validator of the answer, valid whatever the content coding.',
          schema: { type: 'string' },
        },
      },
      responses: {
        NotModified: { description: 'The answer named by `If-None-Match` is still current.' },
        BadRequest: problem('A path or query parameter is invalid; `invalid-params` names each one.'),
        Unauthorized: problem('Nobody is signed in.'),
        Forbidden: problem(
          'The viewer may not see this: a workspace outside their access, or a contract of none.',
        ),
        NotFound: problem('The contract or entitlement does not exist.'),
        ServerError: problem('The server failed; the body carries no detail of why.'),
        Unavailable: {
          ...problem(
            'The data source (e.g. the database) is unreachable or went away; try again later. The body carries ' +
              'no detail of why.',
          ),
          headers: {
            'Retry-After': {
              description: 'Seconds to wait before trying again.',
              schema: { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    },
  };
}
