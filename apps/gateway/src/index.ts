export { ROLES, type Role } from './auth/roles.js';
export {
  type DevelopmentTokenRequest,
  signDevelopmentToken,
} from './auth/sign-development-token.js';
export type { Viewer } from './auth/viewer.js';
export {
  CSRF_HEADER,
  createGateway,
  type Gateway,
  type GatewayOptions,
  GRAPHQL_PATH,
} from './create-gateway.js';
export { DEMO_PEOPLE, type DemoPerson } from './demo-idp/demo-people.js';
export { type GatewayEnv, loadEnv } from './env.js';
export { ERROR_CODES, type ErrorCode } from './errors/error-codes.js';
export { GatewayError } from './errors/gateway-error.js';
