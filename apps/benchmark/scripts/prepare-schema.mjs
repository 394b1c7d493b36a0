// gql.tada checks the app's documents against ./schema.graphql: a copy of the gateway's
// committed SDL, so the web app's types always follow the real schema.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
copyFileSync(here('../../gateway/schema.graphql'), here('../schema.graphql'));
