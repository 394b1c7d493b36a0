import { municipalityCodeSchema } from '@wijknet/household';
import {
  benchmarkAccessOf,
  type PeerGroupMemberShape,
  type PeerGroupShape,
} from '@wijknet/outcome-monitoring';
import { z } from 'zod';
import { builder } from '../builder.js';
import { loadPeerGroup } from '../data/load-peer-group.js';
import { type MunicipalityRow, readMunicipalityRows, rowOf } from '../data/municipality-rows.js';
import { BilingualText } from './bilingual-text-ref.js';
import { Municipality } from './municipality.js';

export const PeerGroupKind = builder.enumType('PeerGroupKind', {
  description: 'How a peer group (vergelijkingsgroep) is formed.',
  values: {
    SIZE_CLASS: {
      value: 'size-class',
      description: 'The same CBS size class by inhabitants (gemeentegrootteklasse).',
    },
    PROVINCE: { value: 'province', description: 'The same province (provincie).' },
    URBANITY: { value: 'urbanity', description: 'The same urbanity class (stedelijkheid).' },
    ACCESS_MANDATE: {
      value: 'access-mandate',
      description:
        "Teams with the same access mandate (toegang): referral only, derived mandate (afgeleid mandaat) or own mandate, the one most of a municipality's current teams hold. Known for municipalities that publish their team composition, and for your own.",
    },
    SIMILAR: {
      value: 'similar',
      description:
        'Similar municipalities (vergelijkbare gemeenten): nearest neighbours on standardized characteristics (inhabitants, household size, urbanity), each with the reason it was chosen.',
    },
  } as const,
});

/** How many similar municipalities one may ask for. */
const MAX_PEERS = 50;

export const peerGroupSizeArgument = z
  .number()
  .int('The size is a whole number.')
  .min(1, 'Ask for at least one similar municipality.')
  .max(MAX_PEERS, `Ask for at most ${MAX_PEERS} similar municipalities.`);

type MemberWithRow = PeerGroupMemberShape & { readonly municipality: MunicipalityRow };

const PeerGroupMember = builder.objectRef<MemberWithRow>('PeerGroupMember').implement({
  description: 'A member of a peer group (lid van de vergelijkingsgroep) with why it is in it.',
  fields: (t) => ({
    municipality: t.field({
      type: Municipality,
      description: 'The municipality (gemeente).',
      resolve: (member) => member.municipality,
    }),
    reason: t.field({
      type: BilingualText,
      description: 'Why this municipality was chosen (reden), in Dutch and English.',
      resolve: (member) => member.reason,
    }),
    distance: t.exposeFloat('distance', {
      nullable: true,
      description:
        'For similar municipalities: the distance over the standardized characteristics (afstand), 0 is identical; null for the other kinds.',
    }),
  }),
});

type GroupWithRows = PeerGroupShape & { members: readonly MemberWithRow[] };

export const PeerGroup = builder.objectRef<GroupWithRows>('PeerGroup').implement({
  description:
    'A peer group (vergelijkingsgroep) around one municipality, without the municipality itself. Only municipalities that publish at least one indicator group are named (and your own).',
  fields: (t) => ({
    kind: t.field({
      type: PeerGroupKind,
      description: 'How it was formed.',
      resolve: (group) => group.kind,
    }),
    municipalityCode: t.exposeString('municipalityCode', {
      description: 'CBS code of the municipality the group is drawn around (gemeentecode).',
    }),
    label: t.field({
      type: BilingualText,
      description: 'A name for the group (naam), in Dutch and English.',
      resolve: (group) => group.label,
    }),
    members: t.field({
      type: [PeerGroupMember],
      description: 'The peers (leden), nearest first for similar municipalities, else by code.',
      resolve: (group) => group.members,
    }),
  }),
});

export const PeerGroupInput = builder.inputType('PeerGroupInput', {
  description:
    'A peer group (vergelijkingsgroep) to compare: its kind and the municipality it is drawn around.',
  fields: (t) => ({
    kind: t.field({ type: PeerGroupKind, required: true, description: 'How the group is formed.' }),
    municipalityCode: t.id({
      required: true,
      description: 'CBS code of the municipality (gemeentecode) the group is drawn around.',
      validate: municipalityCodeSchema,
    }),
    size: t.int({
      required: false,
      defaultValue: 10,
      description: 'How many similar municipalities (only for SIMILAR), 1 to 50.',
      validate: peerGroupSizeArgument,
    }),
  }),
});

builder.queryField('peerGroup', (t) =>
  t.field({
    type: PeerGroup,
    description:
      'A peer group (vergelijkingsgroep) around one municipality, with the reason per member. Needs a token (any role).',
    authScopes: { authenticated: true },
    args: {
      kind: t.arg({ type: PeerGroupKind, required: true, description: 'How the group is formed.' }),
      municipalityCode: t.arg.id({
        required: true,
        description: 'CBS municipality code, e.g. GM0080.',
        validate: municipalityCodeSchema,
      }),
      size: t.arg.int({
        required: false,
        defaultValue: 10,
        description: 'How many similar municipalities (only for SIMILAR), 1 to 50.',
        validate: peerGroupSizeArgument,
      }),
    },
    resolve: async (_root, args, context) => {
      const group = await loadPeerGroup(context.db, benchmarkAccessOf(context.viewer), {
        kind: args.kind,
        municipalityCode: String(args.municipalityCode),
        size: args.size ?? 10,
      });
      const rows = await readMunicipalityRows(
        context.db,
        group.members.map((member) => member.code),
      );
      return {
        ...group,
        members: group.members.map((member) => ({
          ...member,
          municipality: rowOf(rows, member.code),
        })),
      };
    },
  }),
);
