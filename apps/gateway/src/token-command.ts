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
      description: 'How long it is valid (e.g. 8h, 30d).',
      default: '30d',
    },
  },
  async run({ args }) {
    if (!(ROLES as readonly string[]).includes(args.role)) {
      process.stderr.write(`--role must be one of ${ROLES.join(', ')}.\n`);
      process.exitCode = 1;
      return;
    }
    const token = await signDevelopmentToken({
      role: args.role as Role,
      ...(args.municipality ? { municipalityId: args.municipality } : {}),
      ...(args.team ? { teamId: args.team } : {}),
      secret: loadSigningSecret(),
      expiresIn: args.expires,
    });
    process.stdout.write(`${token}\n`);
  },
});
