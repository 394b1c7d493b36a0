// `pnpm start`: build everything, then serve the gateway and the web app on one port with the
// embedded database and the demo data. Extra arguments go to the gateway.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// Every step that can take more than a moment says so first: a fresh clone builds for a minute
// or two and then seeds the embedded database once; later starts reuse both.
console.log('Building the packages and the web app (turbo reuses what is unchanged)...');
run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);

const gateway = `${root}apps/gateway/dist/main.js`;
if (!existsSync(gateway)) {
  console.log('Built the domain packages; the gateway is not part of this tree yet.');
  process.exit(0);
}
run('node', [gateway, ...process.argv.slice(2)]);
