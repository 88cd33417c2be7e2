/// <reference types="node" />
/**
 * `customer-activity-elements/server`: the Node request handler that serves the adapter contract over HTTP, and
 * the OpenAPI document describing it. Node only: never imported by browser code.
 */
export {
  createRequestHandler,
  type RequestHandler,
  type RequestHandlerOptions,
} from './server/request-handler.js';
export { createOpenApiDocument, HTTP_API_VERSION, type OpenApiOptions } from './server/openapi.js';
export {
  HTTP_DEFAULT_LIMIT,
  HTTP_DEFAULT_MAX_LIMIT,
  HTTP_ROUTES,
  type HttpRoute,
  type HttpRouteName,
  type Problem,
} from './data/http-schemas.js';
