import { randomUUID } from 'node:crypto';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { type Database, resolvePseudonymSecret } from '@wijknet/db';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { CSRF_HEADER } from './auth/csrf.js';
import { createAuthentication } from './auth/use-authentication.js';
import { encodeSecret } from './auth/verify-token.js';
import type { RequestContext } from './context.js';
import { AuditTrail } from './data/audit-trail.js';
import { pingDatabase } from './data/ping-database.js';
import { useTenancy } from './data/use-tenancy.js';
import type { GatewayEnv, IdentityProviderConfig, SignInConfig } from './env.js';
import { toGraphQLError } from './errors/to-graphql-error.js';
import { useClosedErrorCodes } from './errors/use-closed-error-codes.js';
import { usePublicAnswers } from './execution/public-answers.js';
import { METRICS_PATH, useMetricsAccess } from './http/metrics-access.js';
import { useReadiness } from './http/readiness.js';
import { useRequestLog } from './http/request-log.js';
import { useWebApp } from './http/web-app.js';
import { useInputTextChecks } from './limits/input-text.js';
import { useIntrospectionOnlyInDevelopment } from './limits/introspection.js';
import {
  type PersistedOperationManifest,
  usePersistedOperationPolicy,
} from './limits/persisted-operations.js';
import { useQueryLimits } from './limits/query-limits.js';
import { type RequestSizeLimits, useRequestSizeLimit } from './limits/request-size.js';
import type { Logger } from './logger.js';
import { schema } from './schema/index.js';
import {
  createIdentityProviders,
  type IdentityProviderOptions,
} from './sign-in/identity-providers.js';
import { useSignIn } from './sign-in/use-sign-in.js';

export const GRAPHQL_PATH = '/graphql';
export { CSRF_HEADER };

/** How people sign in; without it, no identity provider is configured. */
export interface GatewaySignIn extends IdentityProviderOptions {
  readonly config: Omit<SignInConfig, 'providers' | 'isDemoIdentityProvider'>;
  /** The configured providers, and the demo provider when it runs. */
  readonly providers: readonly IdentityProviderConfig[];
}

const NO_SIGN_IN: GatewaySignIn = {
  config: {
    publicUrl: 'http://localhost',
    isSecure: false,
    sessionIdleSeconds: 1800,
    sessionMaxSeconds: 36_000,
  },
  providers: [],
};

export interface GatewayOptions {
  readonly env: Pick<GatewayEnv, 'isDevelopment' | 'jwtSecret' | 'pseudonymKey'> &
    Partial<Pick<GatewayEnv, 'answerCacheMb' | 'metricsToken'>>;
  readonly logger: Logger;
  /** The database; every operation runs in a transaction on it in the viewer's scope. */
  readonly database: Database;
  /** Resolves when the database answers; `/ready` reports on it. Defaults to a ping. */
  readonly checkDatabase?: () => Promise<void>;
  readonly persistedOperations?: PersistedOperationManifest;
  /** The web app's build folder, served at `/` when given. */
  readonly webAppDir?: string;
  /** Body limits; see limits/request-size.ts for the defaults and why. */
  readonly requestSizeLimits?: RequestSizeLimits;
  /** Defaults to true in development only; see usePersistedOperationPolicy. */
  readonly allowArbitraryAnonymousOperations?: boolean;
  readonly signIn?: GatewaySignIn;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, RequestContext>;

/** What the API tells of an identity provider: its name, label and issuer, never its secret. */
const signInProviderOf = ({ name, label, issuer }: IdentityProviderConfig) => ({
  name,
  label,
  issuer,
});

/**
 * The GraphQL gateway as a fetch handler: `gateway.fetch(request)` in tests, or mounted on a
 * Node server by main.ts. Plugin order matters: size and token are checked before anything
 * is parsed, persisted operations are resolved before the limits look at the document.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { env, logger } = options;
  const signIn = options.signIn ?? NO_SIGN_IN;
  const onInternalError = (error: unknown) =>
    logger.error({ err: error }, 'internal error masked for the client');
  const authentication = createAuthentication({
    secret: encodeSecret(env.jwtSecret),
    database: options.database,
    signIn: signIn.config,
    onInternalError,
  });
  const providers = createIdentityProviders(signIn.providers, signIn);
  const signInProviders = signIn.providers.map(signInProviderOf);
  // A municipality's own secret (WIJKNET_PSEUDONYM_SECRET_GMxxxx) wins; else it is derived
  // from the platform key, as the command line's import does.
  const pseudonymSecretOf = (municipalityId: string) =>
    resolvePseudonymSecret(municipalityId, {
      ...process.env,
      WIJKNET_PSEUDONYM_KEY: env.pseudonymKey,
    });
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: env.isDevelopment ? { headers: JSON.stringify({ [CSRF_HEADER]: '1' }) } : false,
    batching: false,
    // Cross-origin callers get answers, never with credentials: a session cookie works for the
    // web app on wijknet's own origin only (see auth/csrf.ts); tools send a bearer credential.
    cors: { credentials: false },
    // useRequestSizeLimit below refuses large bodies, by the declared length or by counting what
    // arrives; yoga's own limit would pipe every body through a TransformStream for the same check.
    maxRequestBodySize: false,
    logging: {
      debug: (...args) => logger.debug({ args }, 'yoga'),
      info: (...args) => logger.info({ args }, 'yoga'),
      warn: (...args) => logger.warn({ args }, 'yoga'),
      error: (...args) => logger.error({ args }, 'yoga'),
    },
    maskedErrors: {
      maskError: (error) => toGraphQLError(error, { onInternalError }),
    },
    plugins: [
      useRequestLog(logger),
      useClosedErrorCodes(onInternalError, { hideSuggestions: !env.isDevelopment }),
      useRequestSizeLimit(options.requestSizeLimits),
      useSignIn({ database: options.database, providers, config: signIn.config, logger }),
      ...(options.webAppDir ? [useWebApp(options.webAppDir)] : []),
      useReadiness(options.checkDatabase ?? (() => pingDatabase(options.database))),
      useMetricsAccess({ isDevelopment: env.isDevelopment, token: env.metricsToken }),
      usePrometheus({
        endpoint: METRICS_PATH,
        registry: new Registry(),
        // Counting deprecated fields walks every request's document with the schema's type
        // info, and the schema deprecates none (see schema-rules.test.ts).
        metrics: { graphql_envelop_deprecated_field: false },
        // No label a client chooses: every new operation name, URL (its query string included)
        // or error path (aliases included) would be a new time series kept for ever, so unique
        // names sent in a loop grow the process without bound. Operation type, phase, method
        // and status stay: they have a handful of values each.
        labels: { operationName: false, url: false, path: false },
      }),
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      authentication.plugin,
      usePersistedOperationPolicy({
        manifest: options.persistedOperations ?? new Map(),
        allowArbitraryAnonymousOperations:
          options.allowArbitraryAnonymousOperations ?? env.isDevelopment,
      }),
      useIntrospectionOnlyInDevelopment(env.isDevelopment),
      useQueryLimits({ isDevelopment: env.isDevelopment }),
      useInputTextChecks(),
      // Before the tenancy scope that wraps the execution.
      usePublicAnswers({
        database: options.database,
        viewerOf: authentication.viewerOf,
        maxBytes: env.answerCacheMb === undefined ? undefined : env.answerCacheMb * 1024 * 1024,
      }),
      useTenancy(options.database, onInternalError),
    ],
    context: async ({ request }): Promise<RequestContext> => ({
      viewer: await authentication.viewerOf(request),
      requestId: request.headers.get('x-request-id') ?? randomUUID(),
      audit: new AuditTrail(),
      pseudonymSecretOf,
      platformDb: options.database,
      signInProviders,
    }),
  });
}
