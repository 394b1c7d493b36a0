import {
  createMembership,
  listMemberships,
  listTeamsForMembership,
  type Membership as MembershipRow,
  removeMembership,
} from '@wijknet/db';
import { municipalityCodeSchema } from '@wijknet/household';
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { builder } from '../builder.js';
import { accessIdArgument } from './codes.js';
import { Role } from './viewer.js';

/** Who granted something, as the rows of the access tables keep it: a name and where it is from. */
export function grantorOf(viewer: Viewer): string {
  if (viewer.kind !== 'authenticated') return 'anonymous';
  const { person } = viewer;
  const who = `${person.issuer} ${person.subject}`;
  return person.displayName ? `${person.displayName} (${who})` : who;
}

const Membership = builder.objectRef<MembershipRow>('Membership').implement({
  description:
    'A membership (lidmaatschap): what a person signed in through an identity provider may do in wijknet. It names one person (issuer and subject) or a group in the provider’s group claim. Someone signed in without one sees only public pages.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The membership’s ID.' }),
    issuer: t.exposeString('issuer', { description: 'The identity provider’s issuer URL.' }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'The person’s subject (`sub`) at that provider; null for a group’s membership.',
    }),
    groupName: t.exposeString('groupName', {
      nullable: true,
      description: 'The group (in the provider’s group claim) it is for; null for one person’s.',
    }),
    role: t.field({ type: Role, description: 'The role it gives.', resolve: (row) => row.role }),
    municipalityCode: t.exposeString('municipalityId', {
      nullable: true,
      description:
        'The municipality (CBS code) it is for; null for an institute, or an admin of none.',
    }),
    municipalityName: t.exposeString('municipalityName', {
      nullable: true,
      description: 'The name of that municipality (gemeentenaam).',
    }),
    teamId: t.exposeString('teamId', { nullable: true, description: 'The team, for a team role.' }),
    teamName: t.exposeString('teamName', {
      nullable: true,
      description: 'The name of that team (teamnaam).',
    }),
    label: t.exposeString('label', { description: 'Who it is for, as the admin wrote it.' }),
    createdAt: t.exposeString('createdAt', { description: 'When it was granted (ISO 8601).' }),
    createdBy: t.exposeString('createdBy', { description: 'Who granted it.' }),
  }),
});

builder.queryField('memberships', (t) =>
  t.field({
    type: [Membership],
    description:
      'Every membership, of one municipality when given, in the order they were granted (admin only). Ask for it in an operation of its own.',
    authScopes: { admin: true },
    args: {
      municipalityCode: t.arg.string({ description: 'Only the memberships of this municipality.' }),
    },
    resolve: (_root, args, context) =>
      listMemberships(
        context.platformDb,
        args.municipalityCode ? { municipalityId: args.municipalityCode } : {},
      ),
  }),
);

/** The longest issuer, subject, group name or label a membership keeps. */
const MAX_MEMBERSHIP_TEXT = 200;
const textOfAtMost = (what: string) =>
  z.string().max(MAX_MEMBERSHIP_TEXT, `${what} has at most ${MAX_MEMBERSHIP_TEXT} characters.`);

const MembershipTeam = builder
  .objectRef<{ readonly id: string; readonly name: string }>('MembershipTeam')
  .implement({
    description: 'A team (wijkteam) a team membership can be for, by name.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The team’s ID, as `MembershipInput.teamId` takes it.' }),
      name: t.exposeString('name', { description: 'The team’s name (teamnaam).' }),
    }),
  });

builder.queryField('membershipTeams', (t) =>
  t.field({
    type: [MembershipTeam],
    description:
      'The teams of a municipality by name, to choose the team of a membership: for an admin acting for that municipality only, since a platform admin without one reaches no municipality’s rows (it names the team by the ID the municipality gives). Ask for it in an operation of its own.',
    authScopes: (_root, args) => ({
      $all: { admin: true, ownMunicipality: args.municipalityCode },
    }),
    args: {
      municipalityCode: t.arg.string({
        required: true,
        description: 'CBS code of the municipality.',
        validate: municipalityCodeSchema,
      }),
    },
    resolve: (_root, args, context) =>
      listTeamsForMembership(context.platformDb, args.municipalityCode),
  }),
);

const MembershipInput = builder.inputType('MembershipInput', {
  description:
    'A membership to grant: one person (issuer and subject) or a group (issuer and group name), with the role, municipality and team it gives.',
  fields: (t) => ({
    issuer: t.string({
      required: true,
      description: 'The identity provider’s issuer URL, at most 200 characters.',
      validate: textOfAtMost('An issuer'),
    }),
    subject: t.string({
      description: 'The person’s subject (`sub`), at most 200 characters; leave out for a group.',
      validate: textOfAtMost('A subject'),
    }),
    groupName: t.string({
      description:
        'A value of the provider’s group claim, at most 200 characters; leave out for one person.',
      validate: textOfAtMost('A group name'),
    }),
    role: t.field({ type: Role, required: true, description: 'The role it gives.' }),
    municipalityCode: t.string({
      description:
        'CBS code; required for municipality and team, optional for admin, never for institute.',
    }),
    teamId: t.id({ description: 'The team, required for a team role.' }),
    label: t.string({
      description: 'Who it is for (a name, a department), at most 200 characters.',
      validate: textOfAtMost('A label'),
    }),
  }),
});

builder.mutationField('createMembership', (t) =>
  t.field({
    type: Membership,
    description:
      'Grants a membership (admin only). The person gets its role from their next request on.',
    authScopes: { admin: true },
    args: {
      input: t.arg({ type: MembershipInput, required: true, description: 'What to grant.' }),
    },
    resolve: (_root, { input }, context) =>
      createMembership(context.platformDb, {
        issuer: input.issuer.trim(),
        subject: input.subject?.trim() || null,
        groupName: input.groupName?.trim() || null,
        role: input.role,
        municipalityId: input.municipalityCode?.trim() || null,
        teamId: input.teamId ? String(input.teamId) : null,
        label: input.label?.trim() ?? '',
        createdBy: grantorOf(context.viewer),
      }),
  }),
);

builder.mutationField('removeMembership', (t) =>
  t.boolean({
    description:
      'Removes a membership (admin only): its holder is refused from their next request on. False when there was none.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({
        required: true,
        description: 'The membership’s ID.',
        validate: accessIdArgument,
      }),
    },
    resolve: (_root, args, context) => removeMembership(context.platformDb, String(args.id)),
  }),
);
