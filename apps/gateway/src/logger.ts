import { type Logger, pino } from 'pino';
import type { GatewayEnv } from './env.js';

export type { Logger };

/**
 * One JSON object per line on stdout, so log collectors need no parsing rules. Tokens and
 * cookies are redacted wherever they appear in a logged request.
 */
export function createLogger(level: GatewayEnv['logLevel']): Logger {
  return pino({
    level,
    base: { service: 'wijknet-gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'authorization'],
    formatters: { level: (label) => ({ level: label }) },
  });
}
