import { type ApiKey as ApiKeyRow, insertApiKey, listApiKeys, revokeApiKey } from '@wijknet/db';
import { z } from 'zod';
import { newApiKeySecret } from '../auth/api-keys.js';
import type { Viewer } from '../auth/viewer.js';
import { builder } from '../builder.js';
import { GatewayError } from '../errors/gateway-error.js';
import { accessIdArgument } from './codes.js';
import { grantorOf } from './membership.js';
import { Role } from './viewer.js';

/** A key lives 90 days unless told otherwise, and at most a year. */
const DEFAULT_DAYS = 90;
const MAX_DAYS = 366;

const ApiKey = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  description:
    'An API key (API-sleutel) for a municipality’s own tools: sent as `Authorization: Bearer <secret>`, it acts with its role, municipality and team until it expires or is revoked. Its secret is shown once, when it is made, and never again.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The key’s ID (not its secret).' }),
    label: t.exposeString('label', { description: 'What the key is for, as its maker wrote it.' }),
    role: t.field({ type: Role, description: 'The role it acts in.', resolve: (key) => key.role }),
    municipalityCode: t.exposeString('municipalityId', {
      nullable: true,
      description: 'The municipality (CBS code) it acts for.',
    }),
    teamId: t.exposeString('teamId', { nullable: true, description: 'The team, for a team key.' }),
    createdBy: t.exposeString('createdBy', { description: 'Who made it.' }),
    createdAt: t.exposeString('createdAt', { description: 'When it was made (ISO 8601).' }),
    expiresAt: t.exposeString('expiresAt', { description: 'When it stops working (ISO 8601).' }),
    revokedAt: t.exposeString('revokedAt', {
      nullable: true,
      description: 'When it was revoked; null while it is not.',
    }),
  }),
});

const CreatedApiKey = builder
  .objectRef<{ apiKey: ApiKeyRow; secret: string }>('CreatedApiKey')
  .implement({
    description: 'A new API key with its secret: the only time the secret is shown.',
    fields: (t) => ({
      apiKey: t.field({ type: ApiKey, description: 'The key.', resolve: (made) => made.apiKey }),
      secret: t.exposeString('secret', {
        description:
          'The secret to send as `Authorization: Bearer <secret>`. Keep it safe: wijknet keeps only its hash.',
      }),
    }),
  });

/**
 * The municipality whose keys a viewer manages: their own, or for an admin the one they name (or
 * every one). An API key does not make keys, so a leaked key cannot make itself a successor.
 */
function keyholderOf(viewer: Viewer, named: string | null | undefined): string | undefined {
  if (viewer.kind !== 'authenticated' || viewer.credential === 'apiKey')
    throw new GatewayError(
      'FORBIDDEN',
      'API keys are managed by a person or an operator token, not by an API key.',
    );
  if (viewer.role === 'admin') return named ?? undefined;
  if (viewer.role === 'municipality' && viewer.municipalityId) {
    if (named && named !== viewer.municipalityId)
      throw new GatewayError(
        'FORBIDDEN',
        `You manage the API keys of ${viewer.municipalityId} only.`,
      );
    return viewer.municipalityId;
  }
  throw new GatewayError('FORBIDDEN', 'Only a municipality or an admin manages API keys.');
}

const expiryArgument = z.iso.date('Use a date such as 2026-06-30.').refine((date) => {
  const days = (Date.parse(date) - Date.now()) / 86_400_000;
  return days > 0 && days <= MAX_DAYS;
}, `The key must expire after today and within ${MAX_DAYS} days.`);

const ApiKeyInput = builder.inputType('ApiKeyInput', {
  description: 'An API key to make: what it is for, the role it acts in, and until when.',
  fields: (t) => ({
    label: t.string({
      required: true,
      description: 'What the key is for (e.g. “nightly export”), 1 to 120 characters.',
      validate: z.string().trim().min(1).max(120),
    }),
    role: t.field({
      type: Role,
      required: true,
      description: 'MUNICIPALITY or TEAM for a municipality; an admin may give any role.',
    }),
    municipalityCode: t.string({
      description: 'CBS code; your own municipality unless you are an admin.',
    }),
    teamId: t.id({ description: 'The team, for a TEAM key.' }),
    expiresOn: t.string({
      description: `The day it stops working (YYYY-MM-DD), within ${MAX_DAYS} days; ${DEFAULT_DAYS} days from now when left out.`,
      validate: expiryArgument,
    }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreatedApiKey,
    description:
      'Makes an API key (a municipality for its own municipality, or an admin). The secret is in the answer, once; wijknet stores only its hash. Ask for it in an operation of its own.',
    authScopes: { municipality: true, admin: true },
    args: { input: t.arg({ type: ApiKeyInput, required: true, description: 'The key to make.' }) },
    resolve: async (_root, { input }, context) => {
      const { viewer } = context;
      const holder = keyholderOf(viewer, input.municipalityCode);
      if (
        viewer.kind === 'authenticated' &&
        viewer.role !== 'admin' &&
        (input.role === 'admin' || input.role === 'institute')
      )
        throw new GatewayError(
          'FORBIDDEN',
          'A municipality makes MUNICIPALITY and TEAM keys only.',
        );
      const { secret, secretHash } = newApiKeySecret();
      const expiresAt = input.expiresOn
        ? new Date(`${input.expiresOn}T00:00:00Z`)
        : new Date(Date.now() + DEFAULT_DAYS * 86_400_000);
      const apiKey = await insertApiKey(context.platformDb, {
        secretHash,
        label: input.label.trim(),
        role: input.role,
        municipalityId:
          input.role === 'institute' ? null : (holder ?? input.municipalityCode ?? null),
        teamId: input.teamId ? String(input.teamId) : null,
        createdBy: grantorOf(viewer),
        expiresAt: expiresAt.toISOString(),
      });
      return { apiKey, secret };
    },
  }),
);

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKey],
    description:
      'The API keys of your municipality (an admin: of the one named, or all), without their secrets, oldest first. Ask for it in an operation of its own.',
    authScopes: { municipality: true, admin: true },
    args: {
      municipalityCode: t.arg.string({ description: 'An admin: only this municipality’s keys.' }),
    },
    resolve: (_root, args, context) => {
      const holder = keyholderOf(context.viewer, args.municipalityCode);
      return listApiKeys(context.platformDb, holder ? { municipalityId: holder } : {});
    },
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKey,
    description:
      'Revokes an API key of your municipality (an admin: any): it is refused from its next request on.',
    authScopes: { municipality: true, admin: true },
    args: {
      id: t.arg.id({ required: true, description: 'The key’s ID.', validate: accessIdArgument }),
    },
    resolve: async (_root, args, context) => {
      const holder = keyholderOf(context.viewer, undefined);
      const revoked = await revokeApiKey(context.platformDb, {
        id: String(args.id),
        ...(holder ? { municipalityId: holder } : {}),
      });
      if (!revoked) throw new GatewayError('NOT_FOUND', 'There is no such API key to revoke.');
      return revoked;
    },
  }),
);
