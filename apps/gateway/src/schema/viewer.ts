import type { Viewer as ViewerShape } from '../auth/viewer.js';
import { builder } from '../builder.js';

const Role = builder.enumType('Role', {
  description: 'Who a token speaks for (rol).',
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

const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'Who is asking, as the gateway understood the bearer token (gebruiker).',
  fields: (t) => ({
    isAuthenticated: t.boolean({
      description: 'Whether the request carried a valid token; false means anonymous.',
      resolve: (viewer) => viewer.kind === 'authenticated',
    }),
    role: t.field({
      type: Role,
      nullable: true,
      description: "The token's role; null when anonymous.",
      resolve: (viewer) => (viewer.kind === 'authenticated' ? viewer.role : null),
    }),
    municipalityId: t.string({
      nullable: true,
      description: 'CBS code of the municipality (gemeentecode, GM + 4 digits) the token is for.',
      resolve: (viewer) => (viewer.kind === 'authenticated' ? viewer.municipalityId : null),
    }),
    teamId: t.string({
      nullable: true,
      description: 'The team (wijkteam) a team token is for.',
      resolve: (viewer) => (viewer.kind === 'authenticated' ? viewer.teamId : null),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Who the gateway takes you for: lets a client check its token.',
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.viewer,
  }),
);
