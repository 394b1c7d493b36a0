import { z } from 'zod';

/**
 * The development secret signs the tokens `pnpm start` prints. It is public (it is in this
 * file), so production refuses to start without a secret of its own.
 */
export const DEVELOPMENT_JWT_SECRET = 'wijknet-development-secret-do-not-use-in-production';

/**
 * The development key the pseudonymisation secrets are derived from when `pnpm start` runs with
 * no key of its own. Public too, so production refuses to start without WIJKNET_PSEUDONYM_KEY.
 */
export const DEVELOPMENT_PSEUDONYM_KEY = 'wijknet-development-pseudonym-key-do-not-use';

const variables = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'NODE_ENV must be one of development, test or production.',
    })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'PORT must be a number.' })
    .int('PORT must be a whole number.')
    .min(1, 'PORT must be between 1 and 65535.')
    .max(65535, 'PORT must be between 1 and 65535.')
    .default(4000),
  HOST: z
    .string()
    .min(1, 'HOST must name an address to listen on, e.g. 127.0.0.1 or 0.0.0.0.')
    .default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://.')
    .optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const urls = (value ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url.length > 0);
      for (const url of urls)
        if (!/^postgres(ql)?:\/\//.test(url))
          ctx.addIssue({
            code: 'custom',
            message: `DATABASE_REPLICA_URLS holds "${url.replace(/\/\/[^@/]*@/, '//…@')}", which does not start with postgres:// or postgresql://; give the replicas' URLs separated by commas.`,
          });
      return urls;
    }),
  WIJKNET_DATA_DIR: z.string().min(1).default('.wijknet/data'),
  WIJKNET_JWT_SECRET: z
    .string()
    .min(32, 'WIJKNET_JWT_SECRET must be at least 32 characters long.')
    .optional(),
  WIJKNET_PSEUDONYM_KEY: z
    .string()
    .min(16, 'WIJKNET_PSEUDONYM_KEY must be at least 16 characters long.')
    .optional(),
  WIJKNET_LOG_LEVEL: z
    .enum(['silent', 'error', 'warn', 'info', 'debug'], {
      error: 'WIJKNET_LOG_LEVEL must be one of silent, error, warn, info or debug.',
    })
    .optional(),
  WIJKNET_PUBLIC_URL: z
    .url({
      error:
        'WIJKNET_PUBLIC_URL must be the address people open wijknet at, e.g. https://wijknet.example.nl.',
    })
    .optional(),
  WIJKNET_OIDC_PROVIDERS: z
    .string()
    .regex(
      /^\s*[a-z][a-z0-9-]*(\s*,\s*[a-z][a-z0-9-]*)*\s*$/,
      'WIJKNET_OIDC_PROVIDERS must list provider names (lower case letters, digits, dashes) separated by commas.',
    )
    .optional(),
  WIJKNET_DEMO_IDP: z
    .enum(['on', 'off'], { error: 'WIJKNET_DEMO_IDP must be on or off.' })
    .optional(),
  WIJKNET_SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'WIJKNET_SESSION_IDLE_MINUTES must be a number of minutes.' })
    .int('WIJKNET_SESSION_IDLE_MINUTES must be a whole number of minutes.')
    .min(1, 'WIJKNET_SESSION_IDLE_MINUTES must be between 1 and 1440.')
    .max(1440, 'WIJKNET_SESSION_IDLE_MINUTES must be between 1 and 1440.')
    .default(30),
  WIJKNET_SESSION_HOURS: z.coerce
    .number({ error: 'WIJKNET_SESSION_HOURS must be a number of hours.' })
    .int('WIJKNET_SESSION_HOURS must be a whole number of hours.')
    .min(1, 'WIJKNET_SESSION_HOURS must be between 1 and 168.')
    .max(168, 'WIJKNET_SESSION_HOURS must be between 1 and 168.')
    .default(10),
  WIJKNET_METRICS_TOKEN: z
    .string()
    .min(32, 'WIJKNET_METRICS_TOKEN must be at least 32 characters long.')
    .optional(),
  WIJKNET_ANSWER_CACHE_MB: z.coerce
    .number({ error: 'WIJKNET_ANSWER_CACHE_MB must be a number of megabytes.' })
    .int('WIJKNET_ANSWER_CACHE_MB must be a whole number of megabytes.')
    .min(1, 'WIJKNET_ANSWER_CACHE_MB must be between 1 and 4096.')
    .max(4096, 'WIJKNET_ANSWER_CACHE_MB must be between 1 and 4096.')
    .default(64),
});

/** The secrets production must be given, since their development defaults are public. */
type ProductionSecret = 'WIJKNET_JWT_SECRET' | 'WIJKNET_PSEUDONYM_KEY';

/** Refuses a production environment without the given secrets; true when they are all there. */
function hasProductionSecrets(
  raw: { NODE_ENV: string } & Partial<Record<ProductionSecret, string | undefined>>,
  names: readonly ProductionSecret[],
  ctx: z.RefinementCtx,
): boolean {
  if (raw.NODE_ENV !== 'production') return true;
  const missing = names.filter((name) => raw[name] === undefined);
  for (const name of missing)
    ctx.addIssue({
      code: 'custom',
      path: [name],
      message: `${name} is required when NODE_ENV is production.`,
    });
  return missing.length === 0;
}

/** An identity provider (one per organisation) the gateway signs people in through. */
export interface IdentityProviderConfig {
  /** The short name in WIJKNET_OIDC_PROVIDERS, and in `/auth/login?provider=`. */
  readonly name: string;
  /** What the sign-in page calls it. */
  readonly label: string;
  /** The issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The ID token claim that lists the person's groups (`groups` in Keycloak and Entra ID). */
  readonly groupsClaim: string;
  /** The scopes asked for; `openid` always among them. */
  readonly scope: string;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

const providerFields = {
  ISSUER: z.url({ error: "must be the identity provider's issuer URL." }).refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
  }, 'must be an https URL (plain http only on this machine).'),
  CLIENT_ID: z.string({ error: 'is required.' }).min(1, 'must not be empty.'),
  CLIENT_SECRET: z.string({ error: 'is required.' }).min(1, 'must not be empty.'),
  LABEL: z.string().min(1, 'must not be empty.').optional(),
  GROUPS_CLAIM: z.string().min(1, 'must not be empty.').default('groups'),
  SCOPE: z
    .string()
    .regex(/(^|\s)openid(\s|$)/, 'must include openid.')
    .default('openid profile email'),
};

/**
 * The providers WIJKNET_OIDC_PROVIDERS names, each from its WIJKNET_OIDC_<NAME>_* variables (the
 * name in capitals, dashes as underscores). Every missing or malformed one is reported.
 */
function identityProvidersOf(
  raw: Record<string, unknown>,
  ctx: z.RefinementCtx,
): IdentityProviderConfig[] {
  const list = typeof raw.WIJKNET_OIDC_PROVIDERS === 'string' ? raw.WIJKNET_OIDC_PROVIDERS : '';
  const names = [
    ...new Set(
      list
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const providers: IdentityProviderConfig[] = [];
  for (const name of names) {
    const prefix = `WIJKNET_OIDC_${name.toUpperCase().replaceAll('-', '_')}_`;
    const values: Record<string, unknown> = {};
    for (const [field, schema] of Object.entries(providerFields)) {
      const result = schema.safeParse(raw[`${prefix}${field}`]);
      if (result.success) values[field] = result.data;
      else
        for (const issue of result.error.issues)
          ctx.addIssue({
            code: 'custom',
            path: [`${prefix}${field}`],
            message: `${prefix}${field} ${issue.message}`,
          });
    }
    if (Object.keys(values).length < 4) continue;
    providers.push({
      name,
      label: (values.LABEL as string | undefined) ?? name,
      issuer: values.ISSUER as string,
      clientId: values.CLIENT_ID as string,
      clientSecret: values.CLIENT_SECRET as string,
      groupsClaim: values.GROUPS_CLAIM as string,
      scope: values.SCOPE as string,
    });
  }
  return providers;
}

/**
 * How people sign in: the address wijknet is opened at (the callback is `<url>/auth/callback`),
 * the identity providers, whether the bundled demo provider runs, and how long a session lasts.
 * The demo provider and cookies without Secure never reach production.
 */
function signInOf(raw: z.infer<typeof variables> & Record<string, unknown>, ctx: z.RefinementCtx) {
  const isProduction = raw.NODE_ENV === 'production';
  const publicUrl = new URL(raw.WIJKNET_PUBLIC_URL ?? `http://localhost:${raw.PORT}`);
  const providers = identityProvidersOf(raw, ctx);
  const problem = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (isProduction && raw.WIJKNET_DEMO_IDP === 'on')
    problem('WIJKNET_DEMO_IDP', 'WIJKNET_DEMO_IDP cannot be on when NODE_ENV is production.');
  if (isProduction && providers.length > 0 && raw.WIJKNET_PUBLIC_URL === undefined)
    problem(
      'WIJKNET_PUBLIC_URL',
      'WIJKNET_PUBLIC_URL is required when NODE_ENV is production and identity providers are set.',
    );
  if (isProduction && publicUrl.protocol !== 'https:' && !isLoopback(publicUrl))
    problem(
      'WIJKNET_PUBLIC_URL',
      'WIJKNET_PUBLIC_URL must be an https URL in production, so session cookies are Secure.',
    );
  return {
    /** Without a trailing slash. */
    publicUrl: publicUrl.origin + publicUrl.pathname.replace(/\/+$/, ''),
    /** Cookies are Secure (and __Host- named) when wijknet is opened over https. */
    isSecure: publicUrl.protocol === 'https:',
    providers,
    isDemoIdentityProvider:
      (raw.WIJKNET_DEMO_IDP ?? (raw.NODE_ENV === 'development' ? 'on' : 'off')) === 'on',
    sessionIdleSeconds: raw.WIJKNET_SESSION_IDLE_MINUTES * 60,
    sessionMaxSeconds: raw.WIJKNET_SESSION_HOURS * 3600,
  };
}

export type SignInConfig = ReturnType<typeof signInOf>;

const envSchema = variables.loose().transform((raw, ctx) => {
  const hasSecrets = hasProductionSecrets(
    raw,
    ['WIJKNET_JWT_SECRET', 'WIJKNET_PSEUDONYM_KEY'],
    ctx,
  );
  const signIn = signInOf(raw, ctx);
  if (raw.DATABASE_REPLICA_URLS.length > 0 && !raw.DATABASE_URL) {
    ctx.addIssue({
      code: 'custom',
      message: 'DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow a Postgres primary.',
    });
  }
  if (!hasSecrets || ctx.issues.length > 0) return z.NEVER;
  return {
    nodeEnv: raw.NODE_ENV,
    isDevelopment: raw.NODE_ENV === 'development',
    port: raw.PORT,
    // Loopback unless told otherwise: a development gateway is not reachable from the network.
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    /** Streaming replicas that answer public reads once they hold the primary's publication version. */
    replicaUrls: raw.DATABASE_REPLICA_URLS,
    dataDir: raw.WIJKNET_DATA_DIR,
    jwtSecret: raw.WIJKNET_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    pseudonymKey: raw.WIJKNET_PSEUDONYM_KEY ?? DEVELOPMENT_PSEUDONYM_KEY,
    logLevel: raw.WIJKNET_LOG_LEVEL ?? (raw.NODE_ENV === 'test' ? 'silent' : 'info'),
    /** How much the answers kept for institutes and visitors may take (usePublicAnswers). */
    answerCacheMb: raw.WIJKNET_ANSWER_CACHE_MB,
    signIn,
    /** The bearer token `/metrics` asks for; without it only development serves `/metrics`. */
    metricsToken: raw.WIJKNET_METRICS_TOKEN,
  };
});

/** What signing a token needs of the environment: the JWT secret, and nothing else. */
const signingSchema = variables
  .pick({ NODE_ENV: true, WIJKNET_JWT_SECRET: true })
  .transform((raw, ctx) =>
    hasProductionSecrets(raw, ['WIJKNET_JWT_SECRET'], ctx)
      ? (raw.WIJKNET_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET)
      : z.NEVER,
  );

/** The gateway's validated configuration, read once at start-up. */
export type GatewayEnv = z.infer<typeof envSchema>;

/** Thrown when the environment does not describe a gateway that can start. */
export class InvalidEnvironmentError extends Error {
  override readonly name = 'InvalidEnvironmentError';
}

/**
 * Reads and validates the gateway's configuration. Every problem is listed at once, so an
 * operator fixes the environment in one go rather than one restart per variable.
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): GatewayEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      `The gateway cannot start:\n${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/**
 * The secret tokens are signed with, for `wijknet token`: WIJKNET_JWT_SECRET, or the development
 * secret outside production. Unlike `loadEnv` it asks nothing a token does not need.
 */
export function loadSigningSecret(
  source: Record<string, string | undefined> = process.env,
): string {
  const result = signingSchema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(`No token can be signed:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
