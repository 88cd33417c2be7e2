/**
 * The HTTP face of the adapter contract (docs/adapters.md): the URL scheme shared by `createHttpAdapter` and
 * `createRequestHandler`, the zod schemas of its query strings and problem bodies, and the JSON Schemas the OpenAPI
 * document is generated from. Beside `schemas.ts`, the only module that imports zod.
 *
 * URL scheme (relative to the adapter's `baseUrl` / the handler's mount point; every route is a GET, HEAD too):
 *
 * | method                 | path                                        | query                                           |
 * |------------------------|---------------------------------------------|-------------------------------------------------|
 * | `getSession`           | `/session`                                  |                                                 |
 * | `listContracts`        | `/contracts`                                | workspaceIds                                    |
 * | `getEnterpriseSummary` | `/contracts/{contractId}/summary`           | workspaceIds                                    |
 * | `listPackages`         | `/contracts/{contractId}/packages`          | workspaceIds, scope, status?, packageId?        |
 * | `getEntitlement`       | `/entitlements/{entitlementId}`             | workspaceIds                                    |
 * | `queryConsumption`     | `/entitlements/{entitlementId}/consumption` | workspaceIds, offset?, limit?, sort?, search?   |
 * | `getConsumptionTimeline` | `/entitlements/{entitlementId}/timeline`  | workspaceIds                                    |
 * | `queryAdditionalCases` | `/additional-cases`                         | workspaceIds, reasons?, offset?, limit?, sort?, search? |
 *
 * - Lists repeat their parameter (`workspaceIds=ws-a&workspaceIds=ws-b`, OpenAPI's default `form`/`explode`), so an
 *   id never needs escaping inside a list; every other parameter is given at most once.
 * - `sort` is a comma-separated list of row fields, each prefixed with `-` for descending: `sort=-date,title`.
 * - `offset` defaults to 0 and `limit` to 100; `limit` may not exceed the handler's `maxLimit` (default 1000).
 * - Ids on the wire are 1–200 letters, digits and `_ . : @ ~ + -`, starting with a letter, digit or `_`; `search`
 *   is free text of at most 200 characters without control characters. Anything else, an unknown parameter, or a
 *   parameter given twice is answered 400 with an RFC 9457 problem body whose `invalid-params` names each one.
 * - Who the viewer is never travels in the query string: the host's `adapterFor(req)` decides it.
 */
import { z } from 'zod';
import type { SortSpec } from '../domain/types.js';
import { PACKAGE_SCOPES, REASONS } from '../domain/types.js';
import { CASE_FIELDS, CONSUMPTION_FIELDS } from '../domain/query.js';
import {
  additionalCasePageSchema,
  additionalCaseSchema,
  balanceSchema,
  consumptionPageSchema,
  consumptionRecordSchema,
  contractViewListSchema,
  contractViewSchema,
  enterpriseSummarySchema,
  entitlementViewSchema,
  forecastSchema,
  packageSchema,
  packageViewListSchema,
  packageViewSchema,
  sessionSchema,
  summaryGroupSchema,
  timelinePointSchema,
  timelineSchema,
} from './schemas.js';

// ---------------------------------------------------------------------------------------------------------
// The route table (plain data: the browser bundle reads it without building any schema)

/** The adapter methods served over HTTP. */
export type HttpRouteName =
  | 'getSession'
  | 'listContracts'
  | 'getEnterpriseSummary'
  | 'listPackages'
  | 'getEntitlement'
  | 'queryConsumption'
  | 'getConsumptionTimeline'
  | 'queryAdditionalCases';

/** The query parameters of the URL scheme. */
export type HttpQueryParamName =
  'workspaceIds' | 'scope' | 'status' | 'packageId' | 'reasons' | 'offset' | 'limit' | 'sort' | 'search';

/** One route: its path template (`{name}` is a path parameter) and the query parameters it accepts. */
export interface HttpRoute {
  readonly path: string;
  readonly query: readonly HttpQueryParamName[];
}

const PAGE_PARAMS = ['offset', 'limit', 'sort', 'search'] as const;

/** Every route of the URL scheme, by adapter method. */
export const HTTP_ROUTES: Readonly<Record<HttpRouteName, HttpRoute>> = {
  getSession: { path: '/session', query: [] },
  listContracts: { path: '/contracts', query: ['workspaceIds'] },
  getEnterpriseSummary: { path: '/contracts/{contractId}/summary', query: ['workspaceIds'] },
  listPackages: {
    path: '/contracts/{contractId}/packages',
    query: ['workspaceIds', 'scope', 'status', 'packageId'],
  },
  getEntitlement: { path: '/entitlements/{entitlementId}', query: ['workspaceIds'] },
  queryConsumption: {
    path: '/entitlements/{entitlementId}/consumption',
    query: ['workspaceIds', ...PAGE_PARAMS],
  },
  getConsumptionTimeline: { path: '/entitlements/{entitlementId}/timeline', query: ['workspaceIds'] },
  queryAdditionalCases: { path: '/additional-cases', query: ['workspaceIds', 'reasons', ...PAGE_PARAMS] },
};

/** Query parameters that are lists, sent as one repeated parameter per item. */
export const HTTP_LIST_PARAMS: ReadonlySet<HttpQueryParamName> = new Set(['workspaceIds', 'reasons']);

/** The page size when a request gives no `limit`. */
export const HTTP_DEFAULT_LIMIT = 100;
/** The largest `limit` a handler accepts unless configured otherwise. */
export const HTTP_DEFAULT_MAX_LIMIT = 1000;
/** The largest `offset` accepted. */
export const HTTP_MAX_OFFSET = 2_147_483_647;
/** The most workspaces one query may name. */
export const HTTP_MAX_WORKSPACES = 500;
/** The longest id accepted on the wire. */
export const HTTP_MAX_ID_LENGTH = 200;
/** The longest search text accepted. */
export const HTTP_MAX_SEARCH_LENGTH = 200;

/** Encodes sort specs as the `sort` parameter: `[{ key: 'date', direction: 'desc' }, …]` → `-date,…`. */
export function encodeSort(sort: readonly SortSpec[]): string {
  return sort.map((s) => (s.direction === 'desc' ? `-${s.key}` : s.key)).join(',');
}

/** Decodes a `sort` parameter that matched the sort pattern. */
function decodeSort(value: string): SortSpec[] {
  return value
    .split(',')
    .map((part) =>
      part.startsWith('-') ? { key: part.slice(1), direction: 'desc' } : { key: part, direction: 'asc' },
    );
}

// ---------------------------------------------------------------------------------------------------------
// Query-string schemas (built on first use, so that a browser bundle with the HTTP adapter builds none)

/** An id on the wire: letters, digits and `_ . : @ ~ + -`, starting with a letter, digit or `_`. */
const ID_PATTERN = new RegExp(`^[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:@~+\\-]{0,${HTTP_MAX_ID_LENGTH - 1}}$`, 'u');
const ID_RULE = `1–${HTTP_MAX_ID_LENGTH} letters, digits and _ . : @ ~ + -, starting with a letter, digit or _`;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const WHOLE_NUMBER = /^\d{1,16}$/;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function idSchema() {
  return z
    .string()
    .regex(ID_PATTERN, { error: (issue) => `must be an id (${ID_RULE}), got ${show(issue.input)}` });
}

function wholeNumber(name: string, min: number, max: number) {
  return z
    .string()
    .regex(WHOLE_NUMBER, { error: (issue) => `must be a whole number, got ${show(issue.input)}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: (issue) => `must be at least ${min}, got ${show(issue.input)}` })
        .max(max, { error: (issue) => `must be at most ${max}, got ${show(issue.input)}` }),
    )
    .meta({ description: name });
}

function sortSchema(keys: readonly string[], defaultOrder: string) {
  const key = `(?:${keys.join('|')})`;
  const pattern = new RegExp(`^-?${key}(?:,-?${key}){0,${keys.length - 1}}$`);
  return z
    .string()
    .regex(pattern, {
      error: (issue) => {
        const input = String(issue.input);
        const bad = input.split(',').find((part) => !keys.includes(part.replace(/^-/, '')));
        return bad !== undefined
          ? `names an unknown sort key ${show(bad.replace(/^-/, ''))}; expected ${keys.join(', ')}, each optionally prefixed by - for descending`
          : `must list at most ${keys.length} sort keys separated by commas, got ${show(input)}`;
      },
    })
    .meta({
      description:
        `Sort order: row fields separated by commas, each prefixed by \`-\` for descending (e.g. \`-date,title\`). ` +
        `Ties are broken by \`id\` ascending. Default \`${defaultOrder}\`.`,
    })
    .transform(decodeSort);
}

/** How one query parameter is read: one value or a list, required or not, and the schema that checks it. */
interface QueryParam {
  list: boolean;
  required: boolean;
  schema: z.ZodType;
  /** Which side of the schema the OpenAPI document shows (`output` for numbers, else `input`). */
  doc: 'input' | 'output';
  default?: string | number;
}

type RouteParams = Partial<Record<HttpQueryParamName, QueryParam>>;

function buildQueryParams(maxLimit: number): Record<HttpRouteName, RouteParams> {
  const workspaceIds: QueryParam = {
    list: true,
    required: true,
    doc: 'input',
    schema: z
      .array(idSchema())
      .min(1, { error: 'must name at least one workspace' })
      .max(HTTP_MAX_WORKSPACES, { error: `must name at most ${HTTP_MAX_WORKSPACES} workspaces` })
      .meta({
        description:
          'The selected workspaces S, one parameter per workspace (`workspaceIds=a&workspaceIds=b`). Each must be ' +
          'selectable by the viewer (else 403).',
      }),
  };
  const page = (fields: readonly string[], defaultOrder: string): RouteParams => ({
    offset: {
      list: false,
      required: false,
      doc: 'output',
      default: 0,
      schema: wholeNumber('Rows to skip.', 0, HTTP_MAX_OFFSET),
    },
    limit: {
      list: false,
      required: false,
      doc: 'output',
      default: HTTP_DEFAULT_LIMIT,
      schema: wholeNumber('Rows to return at most.', 1, maxLimit),
    },
    sort: { list: false, required: false, doc: 'input', schema: sortSchema(fields, defaultOrder) },
    search: {
      list: false,
      required: false,
      doc: 'input',
      schema: z
        .string()
        .max(HTTP_MAX_SEARCH_LENGTH, { error: `must be at most ${HTTP_MAX_SEARCH_LENGTH} characters` })
        .refine((s) => !CONTROL_CHARACTERS.test(s), { error: 'must not contain control characters' })
        .meta({
          description:
            'Case- and accent-insensitive substring searched in the row text fields. Never reveals rows hidden ' +
            'by permissions.',
        }),
    },
  });
  const enumOf = (values: readonly string[], what: string) =>
    z
      .enum(values as [string, ...string[]], {
        error: (issue) => `must be one of ${values.join(', ')}, got ${show(issue.input)}`,
      })
      .meta({ description: what });
  return {
    getSession: {},
    listContracts: { workspaceIds },
    getEnterpriseSummary: { workspaceIds },
    listPackages: {
      workspaceIds,
      scope: { list: false, required: true, doc: 'input', schema: enumOf(PACKAGE_SCOPES, 'Package scope.') },
      status: {
        list: false,
        required: false,
        doc: 'input',
        default: 'all',
        schema: enumOf(['active', 'inactive', 'all'], 'Package status filter.'),
      },
      packageId: {
        list: false,
        required: false,
        doc: 'input',
        schema: idSchema().meta({ description: 'Only this package.' }),
      },
    },
    getEntitlement: { workspaceIds },
    queryConsumption: { workspaceIds, ...page(CONSUMPTION_FIELDS, '-date') },
    getConsumptionTimeline: { workspaceIds },
    queryAdditionalCases: {
      workspaceIds,
      reasons: {
        list: true,
        required: false,
        doc: 'input',
        schema: z
          .array(enumOf(REASONS, 'A reason.'))
          .max(REASONS.length * 2, { error: 'names too many reasons' })
          .meta({
            description:
              'Keep only cases with at least one of these reasons, one parameter per reason. None: every case.',
          }),
      },
      ...page(CASE_FIELDS, '-openedAt'),
    },
  };
}

const queryParamsCache = new Map<number, Record<HttpRouteName, RouteParams>>();

function queryParams(maxLimit: number): Record<HttpRouteName, RouteParams> {
  let params = queryParamsCache.get(maxLimit);
  if (params === undefined) {
    params = buildQueryParams(maxLimit);
    queryParamsCache.set(maxLimit, params);
  }
  return params;
}

let pathIdSchema: z.ZodType | undefined;

/** One invalid parameter of a request, as listed in a problem body's `invalid-params`. */
export interface InvalidParam {
  name: string;
  reason: string;
}

/** The outcome of reading a query string or a path parameter. */
export type ParamsResult<T> = { success: true; data: T } | { success: false; invalid: InvalidParam[] };

/**
 * Validates a path parameter (an id). `name` is used in the problem, e.g. `contractId`.
 */
export function parsePathId(name: string, value: string): ParamsResult<string> {
  pathIdSchema ??= idSchema();
  const result = pathIdSchema.safeParse(value);
  if (result.success) return { success: true, data: value };
  return { success: false, invalid: [{ name, reason: result.error.issues[0]?.message ?? 'invalid' }] };
}

/**
 * Reads and validates the query string of a route. Unknown parameters, a single-valued parameter given twice, and
 * every value that breaks its schema are reported together; on success the values are typed and defaulted
 * (`offset` and `limit` numbers, `sort` a list of sort specs, lists as arrays).
 */
export function parseRouteQuery(
  route: HttpRouteName,
  search: URLSearchParams,
  maxLimit = HTTP_DEFAULT_MAX_LIMIT,
): ParamsResult<Record<string, unknown>> {
  const specs = queryParams(maxLimit)[route];
  const raw = new Map<string, string[]>();
  for (const [name, value] of search) {
    const values = raw.get(name);
    if (values === undefined) raw.set(name, [value]);
    else values.push(value);
  }
  const invalid: InvalidParam[] = [];
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, values] of raw) {
    const spec: QueryParam | undefined = Object.hasOwn(specs, name)
      ? specs[name as HttpQueryParamName]
      : undefined;
    if (spec === undefined) {
      const known = Object.keys(specs);
      invalid.push({
        name: name.length > 60 ? `${name.slice(0, 60)}…` : name,
        reason: `is not a parameter of this route; ${known.length === 0 ? 'it takes none' : `expected ${known.join(', ')}`}`,
      });
      continue;
    }
    if (!spec.list && values.length > 1) {
      invalid.push({ name, reason: `must be given once, got ${values.length} values` });
      continue;
    }
    const result = spec.schema.safeParse(spec.list ? values : values[0]);
    if (result.success) data[name] = result.data;
    else {
      for (const issue of result.error.issues) {
        const at = issue.path.length > 0 && typeof issue.path[0] === 'number' ? `[${issue.path[0]}]` : '';
        invalid.push({ name: `${name}${at}`, reason: issue.message });
      }
    }
  }
  for (const [name, spec] of Object.entries(specs) as [HttpQueryParamName, QueryParam][]) {
    if (raw.has(name)) continue;
    if (spec.required) invalid.push({ name, reason: 'is required' });
    else if (spec.default !== undefined) data[name] = spec.default;
  }
  if (invalid.length > 0) return { success: false, invalid };
  return { success: true, data: { ...data } };
}

// ---------------------------------------------------------------------------------------------------------
// Problem bodies (RFC 9457)

/** The body of every error answer: `application/problem+json`. */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(100).max(599),
  detail: z.string().optional(),
  'invalid-params': z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});

/** An RFC 9457 problem body. */
export type Problem = z.output<typeof problemSchema>;

/** Reads a problem body loosely: the fields that are there and well-typed, or undefined when it is none. */
export function parseProblem(value: unknown): Problem | undefined {
  const result = problemSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// JSON Schemas for the OpenAPI document

/** A JSON Schema (draft 2020-12) object, as written into the OpenAPI document. */
export type JsonSchema = Record<string, unknown>;

/** The result schema (component name) of each route. */
export const HTTP_RESULT_SCHEMAS: Readonly<Record<HttpRouteName, string>> = {
  getSession: 'Session',
  listContracts: 'ContractViewList',
  getEnterpriseSummary: 'EnterpriseSummary',
  listPackages: 'PackageViewList',
  getEntitlement: 'EntitlementView',
  queryConsumption: 'ConsumptionPage',
  getConsumptionTimeline: 'ConsumptionTimeline',
  queryAdditionalCases: 'AdditionalCasePage',
};

/** A JSON Schema without the `$schema` and `$id` that zod writes at its root (the document says which dialect). */
function clean(schema: unknown, drop: readonly string[] = []): JsonSchema {
  const out: JsonSchema = { ...(schema as JsonSchema) };
  for (const key of ['$schema', '$id', ...drop]) delete out[key];
  return out;
}

/**
 * The component schemas of the OpenAPI document: every result shape of docs/adapters.md (generated from the same zod
 * schemas that validate the HTTP adapter's responses) and `Problem`. They refer to each other with
 * `#/components/schemas/<Name>`.
 */
export function httpComponentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const entries: [string, z.ZodType][] = [
    ['Session', sessionSchema],
    ['ContractView', contractViewSchema],
    ['ContractViewList', contractViewListSchema],
    ['Forecast', forecastSchema],
    ['Balance', balanceSchema],
    ['SummaryGroup', summaryGroupSchema],
    ['EnterpriseSummary', enterpriseSummarySchema],
    ['Package', packageSchema],
    ['PackageView', packageViewSchema],
    ['PackageViewList', packageViewListSchema],
    ['EntitlementView', entitlementViewSchema],
    ['ConsumptionRecord', consumptionRecordSchema],
    ['ConsumptionPage', consumptionPageSchema],
    ['TimelinePoint', timelinePointSchema],
    ['ConsumptionTimeline', timelineSchema],
    ['AdditionalCase', additionalCaseSchema],
    ['AdditionalCasePage', additionalCasePageSchema],
    ['Problem', problemSchema],
  ];
  for (const [id, schema] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id] of entries) out[id] = clean(schemas[id]);
  return out;
}

/** An OpenAPI parameter object. */
export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}

/** The OpenAPI query parameters of a route, from the zod schemas that validate them. */
export function httpQueryParameters(
  route: HttpRouteName,
  maxLimit = HTTP_DEFAULT_MAX_LIMIT,
): OpenApiParameter[] {
  const specs = queryParams(maxLimit)[route];
  return HTTP_ROUTES[route].query.map((name) => {
    const spec = specs[name]!;
    const { description, ...schema } = clean(
      z.toJSONSchema(spec.schema, { io: spec.doc, unrepresentable: 'any' }),
    );
    if (spec.default !== undefined) schema.default = spec.default;
    const parameter: OpenApiParameter = {
      name,
      in: 'query',
      required: spec.required,
      schema,
    };
    if (typeof description === 'string') parameter.description = description;
    if (spec.list) {
      parameter.style = 'form';
      parameter.explode = true;
    }
    return parameter;
  });
}

/** The JSON Schema of a path parameter (an id). */
export function httpPathIdSchema(): JsonSchema {
  pathIdSchema ??= idSchema();
  return clean(z.toJSONSchema(pathIdSchema, { io: 'input' }), ['description']);
}
