import { queryRows } from '@wijknet/db';
import { sql } from 'drizzle-orm';
import type { Viewer as ViewerShape } from '../auth/viewer.js';
import { builder } from '../builder.js';

export const Role = builder.enumType('Role', {
  description: 'What a membership, token or API key lets its holder do (rol).',
  values: {
    INSTITUTE: {
      value: 'institute',
      description: 'A national knowledge institute (kennisinstituut): published aggregates only.',
    },
    MUNICIPALITY: {
      value: 'municipality',
      description: 'A municipality (gemeente): its own data in full.',
    },
    TEAM: {
      value: 'team',
      description: "A social neighbourhood team (sociaal wijkteam): its own team's households.",
    },
    ADMIN: { value: 'admin', description: 'A platform operator (beheerder).' },
  } as const,
});

const Credential = builder.enumType('Credential', {
  description: 'How a request proved who it is (inlogmiddel).',
  values: {
    SESSION: {
      value: 'session',
      description: 'A person signed in through their identity provider (sessie).',
    },
    TOKEN: { value: 'token', description: 'A bearer token signed by `wijknet token`.' },
    API_KEY: { value: 'apiKey', description: 'An API key (API-sleutel) of a tool.' },
  } as const,
});

const personOf = (viewer: ViewerShape) =>
  viewer.kind === 'authenticated' ? viewer.person : (viewer.person ?? null);

const reachOf = (viewer: ViewerShape) => (viewer.kind === 'authenticated' ? viewer : null);

const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  description:
    'Who is asking, as the gateway understood the session, token or API key (gebruiker).',
  fields: (t) => ({
    isAuthenticated: t.boolean({
      description:
        'Whether the request has a role: a session with a membership, a valid token or API key. False means public data only.',
      resolve: (viewer) => viewer.kind === 'authenticated',
    }),
    isSignedIn: t.boolean({
      description:
        'Whether a person is signed in with a session (ingelogd), with or without a membership.',
      resolve: (viewer) =>
        viewer.kind === 'authenticated'
          ? viewer.credential === 'session'
          : viewer.person !== undefined,
    }),
    credential: t.field({
      type: Credential,
      nullable: true,
      description: 'How the request proved who it is; null when anonymous.',
      resolve: (viewer) =>
        viewer.kind === 'authenticated' ? viewer.credential : personOf(viewer) ? 'session' : null,
    }),
    displayName: t.string({
      nullable: true,
      description: "The person's name as their identity provider gives it, or an API key's label.",
      resolve: (viewer) => personOf(viewer)?.displayName ?? null,
    }),
    issuer: t.string({
      nullable: true,
      description:
        'The identity provider (issuer URL) the person signed in with; `wijknet` for tokens and keys.',
      resolve: (viewer) => personOf(viewer)?.issuer ?? null,
    }),
    subject: t.string({
      nullable: true,
      description: 'Who the person is at that issuer (subject), as the audit log names them.',
      resolve: (viewer) => personOf(viewer)?.subject ?? null,
    }),
    role: t.field({
      type: Role,
      nullable: true,
      description: 'The role; null when anonymous or signed in without a membership.',
      resolve: (viewer) => reachOf(viewer)?.role ?? null,
    }),
    municipalityCode: t.string({
      nullable: true,
      description: 'CBS code of the municipality (gemeentecode, GM + 4 digits) the role is for.',
      resolve: (viewer) => reachOf(viewer)?.municipalityId ?? null,
    }),
    municipalityName: t.string({
      nullable: true,
      description: 'The name of that municipality (gemeentenaam).',
      resolve: async (viewer, _args, context) => {
        const id = reachOf(viewer)?.municipalityId;
        if (!id) return null;
        const [row] = await queryRows<{ name: string }>(
          context.db,
          sql`select name from municipalities where id = ${id}`,
        );
        return row?.name ?? null;
      },
    }),
    teamId: t.string({
      nullable: true,
      description: 'The team (wijkteam) a team role is for.',
      resolve: (viewer) => reachOf(viewer)?.teamId ?? null,
    }),
    teamName: t.string({
      nullable: true,
      description: 'The name of that team (teamnaam).',
      // Read in the viewer's own scope: a team role sees its own team.
      resolve: async (viewer, _args, context) => {
        const reach = reachOf(viewer);
        if (!reach?.teamId || !reach.municipalityId) return null;
        const [row] = await queryRows<{ name: string }>(
          context.db,
          sql`select name from teams where municipality_id = ${reach.municipalityId} and id = ${reach.teamId}::uuid`,
        );
        return row?.name ?? null;
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Who the gateway takes you for: lets a client check its session, token or key.',
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.viewer,
  }),
);

const SignInProvider = builder
  .objectRef<{ readonly name: string; readonly label: string; readonly issuer: string }>(
    'SignInProvider',
  )
  .implement({
    description:
      "An organisation's identity provider (inlogdienst) people sign in with, through OpenID Connect.",
    fields: (t) => ({
      name: t.exposeString('name', {
        description: 'Its short name, as `/auth/login?provider=` takes it.',
      }),
      label: t.exposeString('label', { description: 'What the sign-in page calls it.' }),
      issuer: t.exposeString('issuer', {
        description:
          'Its issuer URL, as its ID tokens say `iss` and as a membership names it (`MembershipInput.issuer`).',
      }),
      signInUrl: t.string({
        description: 'Where the browser goes to sign in with it (GET).',
        resolve: (provider) => `/auth/login?provider=${encodeURIComponent(provider.name)}`,
      }),
    }),
  });

builder.queryField('signInProviders', (t) =>
  t.field({
    type: [SignInProvider],
    description:
      'The identity providers a person can sign in with. Signing out is a form POST to /auth/logout.',
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.signInProviders,
  }),
);
