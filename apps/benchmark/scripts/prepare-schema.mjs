// gql.tada checks the app's documents against ./schema.graphql. That is the gateway's committed
// SDL when it exists, and otherwise the draft this app asks the gateway for.
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const gatewaySchema = here('../../gateway/schema.graphql');
const source = existsSync(gatewaySchema) ? gatewaySchema : here('../schema.draft.graphql');
copyFileSync(source, here('../schema.graphql'));
console.log(`GraphQL schema for the benchmark app: ${source}`);
