import { z } from 'zod';

/**
 * The development secret signs the tokens `pnpm start` prints. It is public (it is in this
 * file), so production refuses to start without a secret of its own.
 */
export const DEVELOPMENT_JWT_SECRET = 'wijknet-development-secret-do-not-use-in-production';

const envSchema = z
  .object({
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
    HOST: z.string().min(1, 'HOST must name an address to listen on.').default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://.')
      .optional(),
    WIJKNET_DATA_DIR: z.string().min(1).default('.wijknet/data'),
    WIJKNET_JWT_SECRET: z
      .string()
      .min(32, 'WIJKNET_JWT_SECRET must be at least 32 characters long.')
      .optional(),
    WIJKNET_LOG_LEVEL: z
      .enum(['silent', 'error', 'warn', 'info', 'debug'], {
        error: 'WIJKNET_LOG_LEVEL must be one of silent, error, warn, info or debug.',
      })
      .optional(),
  })
  .transform((raw, ctx) => {
    const isProduction = raw.NODE_ENV === 'production';
    if (isProduction && raw.WIJKNET_JWT_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['WIJKNET_JWT_SECRET'],
        message: 'WIJKNET_JWT_SECRET is required when NODE_ENV is production.',
      });
      return z.NEVER;
    }
    return {
      nodeEnv: raw.NODE_ENV,
      isDevelopment: raw.NODE_ENV === 'development',
      port: raw.PORT,
      /** Loopback unless told otherwise: a server is opened to the network on purpose. */
      host: raw.HOST,
      databaseUrl: raw.DATABASE_URL,
      dataDir: raw.WIJKNET_DATA_DIR,
      jwtSecret: raw.WIJKNET_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      logLevel: raw.WIJKNET_LOG_LEVEL ?? (raw.NODE_ENV === 'test' ? 'silent' : 'info'),
    };
  });

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
