// Times `pnpm start` in a checkout: until the gateway says it is running, twice in a row. The
// first start in a fresh clone builds everything and seeds the embedded database; the second
// reuses both. Prints each line of the start with the seconds since it began, then the two times.
//   node tooling/scripts/measure-start.mjs [checkout folder] [port]
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const folder = resolve(process.argv[2] ?? '.');
const port = process.argv[3] ?? '4105';
const READY = 'wijknet is running at';

/** Starts `pnpm start` in the folder; resolves with the seconds until it was ready, then stops it. */
function timeOneStart(label) {
  const began = performance.now();
  const child = spawn('node', ['tooling/scripts/start.mjs'], {
    cwd: folder,
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const seconds = () => ((performance.now() - began) / 1000).toFixed(1).padStart(6);
  return new Promise((done, fail) => {
    let ready = false;
    const onLine = (line) => {
      if (line.trim() === '') return;
      console.log(`${label} ${seconds()} s  ${line.slice(0, 200)}`);
      if (!ready && line.includes(READY)) {
        ready = true;
        const took = (performance.now() - began) / 1000;
        // The start script runs the gateway as its child: stop the whole group it leads.
        process.kill(-child.pid, 'SIGTERM');
        child.once('exit', () => done(took));
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    child.once('exit', (code) => {
      if (!ready) fail(new Error(`${label}: pnpm start ended (${code}) before it was ready`));
    });
  });
}

const first = await timeOneStart('first');
const later = await timeOneStart('later');
console.log(`\nfirst start ${first.toFixed(1)} s, later start ${later.toFixed(1)} s`);
