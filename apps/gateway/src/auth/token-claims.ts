import { z } from 'zod';
import { ROLES } from './roles.js';

/** The issuer and audience every wijknet token carries; tokens for other systems are refused. */
export const TOKEN_ISSUER = 'wijknet';
export const TOKEN_AUDIENCE = 'wijknet-gateway';

const municipalityCode = z
  .string()
  .regex(/^GM\d{4}$/, 'municipality must be a CBS municipality code such as GM0080.');

/**
 * The claims of a wijknet token. A municipality token names its municipality; a team token
 * names its municipality and its team; an institute token names neither, so it cannot claim
 * more reach than its role has. An admin token may name the municipality it acts for.
 */
export const tokenClaimsSchema = z
  .object({
    sub: z.string().min(1, 'sub (who the token belongs to) must not be empty.').max(200),
    role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}.` }),
    municipality: municipalityCode.optional(),
    team: z.uuid("team must be the team's ID (a UUID).").optional(),
  })
  .superRefine((claims, ctx) => {
    const needsMunicipality = claims.role === 'municipality' || claims.role === 'team';
    if (needsMunicipality && claims.municipality === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['municipality'],
        message: `a ${claims.role} token must name its municipality.`,
      });
    }
    if (claims.role === 'institute' && claims.municipality !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['municipality'],
        message: 'an institute token must not name a municipality.',
      });
    }
    if (claims.role === 'team' && claims.team === undefined) {
      ctx.addIssue({ code: 'custom', path: ['team'], message: 'a team token must name its team.' });
    }
    if (claims.role !== 'team' && claims.team !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['team'],
        message: 'only a team token may name a team.',
      });
    }
  });

export type TokenClaims = z.infer<typeof tokenClaimsSchema>;
