/**
 * The layers of wijknet, checked by `pnpm lint` (dependency-cruiser): no import cycles anywhere,
 * and imports flow one way, as docs/architecture.md draws them. Domain packages
 * (household, plan, team, outcome-monitoring) sit at the bottom, db above them, the apps on top.
 * A workspace package resolves to its build (`dist/`) once built, and stays an unresolved
 * `@wijknet/...` name before: each rule names both, so it holds on a fresh checkout too.
 */
const DOMAIN = '^packages/(household|plan|team|outcome-monitoring)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties files that should stand in layers; break it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'A domain package runs in a browser, in Node and in a user script: no database, server, GraphQL or React code, and no Node built-ins.',
      from: { path: `${DOMAIN}src/`, pathNot: '\\.test\\.ts$' },
      to: {
        path: [
          '^packages/db/',
          '^apps/',
          'node_modules/(react|react-dom|graphql|graphql-yoga|@pothos|drizzle-orm|postgres|@electric-sql)/',
          // the same, when the package does not even list them (unresolved names)
          '^@wijknet/(db|gateway|benchmark)',
          '^(react|react-dom|graphql|graphql-yoga|drizzle-orm|postgres)(/|$)',
          '^@(pothos|electric-sql)/',
        ],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      comment: 'A domain package does no I/O; it runs in a browser too.',
      from: { path: `${DOMAIN}src/`, pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-below-apps',
      severity: 'error',
      comment: 'db serves the apps; it never imports one.',
      from: { path: '^packages/' },
      to: { path: ['^apps/', '^@wijknet/(gateway|benchmark)$'] },
    },
    {
      name: 'web-app-talks-graphql-only',
      severity: 'error',
      comment:
        'The web app reaches the gateway through GraphQL only: never its code, nor the database package.',
      from: { path: '^apps/benchmark/src/' },
      to: { path: ['^apps/gateway/', '^packages/db/', '^@wijknet/(gateway|db)(/|$)'] },
    },
    {
      name: 'gateway-not-into-web-app',
      severity: 'error',
      comment: 'The gateway serves the web app build as files; it imports none of its code.',
      from: { path: '^apps/gateway/' },
      to: { path: ['^apps/benchmark/', '^@wijknet/benchmark$'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '/dist/'] },
    exclude: { path: ['/coverage/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default', 'node'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
