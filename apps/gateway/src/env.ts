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

const envSchema = variables.transform((raw, ctx) => {
  if (!hasProductionSecrets(raw, ['WIJKNET_JWT_SECRET', 'WIJKNET_PSEUDONYM_KEY'], ctx))
    return z.NEVER;
  if (raw.DATABASE_REPLICA_URLS.length > 0 && !raw.DATABASE_URL) {
    ctx.addIssue({
      code: 'custom',
      message: 'DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow a Postgres primary.',
    });
    return z.NEVER;
  }
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
    /** How much the answers kept for institutes and visitors may take (usePublicAnswerCache). */
    answerCacheMb: raw.WIJKNET_ANSWER_CACHE_MB,
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
