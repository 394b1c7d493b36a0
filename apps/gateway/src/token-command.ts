import { UsageError } from '@wijknet/db/cli';
import { defineCommand } from 'citty';
import { ROLES, type Role } from './auth/roles.js';
import { signDevelopmentToken } from './auth/sign-development-token.js';
import { loadSigningSecret } from './env.js';

/**
 * `wijknet token --role <role> [--municipality GM0080] [--team <id>]`: prints a signed token
 * and nothing else on stdout, so `TOKEN=$(pnpm -s wijknet token ...)` works. It signs with the
 * configured WIJKNET_JWT_SECRET, or the development secret outside production.
 */
export const tokenCommand = defineCommand({
  meta: { name: 'token', description: 'Print a bearer token for the gateway.' },
  args: {
    role: {
      type: 'string',
      required: true,
      description: `The token's role: ${ROLES.join(', ')}.`,
    },
    municipality: {
      type: 'string',
      description: 'CBS municipality code (GM0080), for municipality, team and admin tokens.',
    },
    team: { type: 'string', description: 'Team ID, for team tokens.' },
    expires: {
      type: 'string',
      description: 'How long it is valid: a whole number and s, m, h, d or w (e.g. 8h, 30d).',
      default: '30d',
    },
  },
  async run({ args }) {
    if (!(ROLES as readonly string[]).includes(args.role))
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}, not "${args.role}".`);
    if (args.role === 'team' && !args.team)
      throw new UsageError('--team is required for a team token: give the team id.');
    const token = await signDevelopmentToken({
      role: args.role as Role,
      ...(args.municipality ? { municipalityId: args.municipality } : {}),
      ...(args.team ? { teamId: args.team } : {}),
      secret: loadSigningSecret(),
      expiresIn: checkLifetime(args.expires),
    });
    process.stdout.write(`${token}\n`);
  },
});

const LIFETIME = /^(\d+)(s|m|h|d|w)$/;

/** A token's lifetime as 8h or 30d: a whole, positive number of seconds to weeks. */
export function checkLifetime(lifetime: string): string {
  const match = LIFETIME.exec(lifetime.trim());
  if (match === null)
    throw new UsageError(
      `--expires "${lifetime}" is not a lifetime: write a whole number and s, m, h, d or w, e.g. 8h or 30d.`,
    );
  if (Number(match[1]) <= 0)
    throw new UsageError(
      `--expires ${lifetime} is not positive: a token must be valid for some time.`,
    );
  return `${match[1]}${match[2]}`;
}
