// `migrate` reads the schema migrations and the SQL files (functions, views, triggers, grants)
// from folders beside its compiled code, so a packed @wijknet/db that left one out would install
// and then fail on its first migrate. This test packs it as it would be published and lists the
// tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const db = resolve(import.meta.dirname, '../../packages/db');
const destination = mkdtempSync(join(tmpdir(), 'wijknet-pack-db-'));

afterAll(() => rmSync(destination, { recursive: true, force: true }));

describe('the packed @wijknet/db', () => {
  it('holds every SQL file and every migration that migrate applies', () => {
    execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: db, stdio: 'pipe' });
    const [tarball] = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error('pnpm pack wrote no tarball for @wijknet/db');
    const packed = new Set(
      execFileSync('tar', ['-tzf', join(destination, tarball)], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    );
    const sqlFiles = readdirSync(join(db, 'sql')).filter((file) => file.endsWith('.sql'));
    expect(sqlFiles.length).toBeGreaterThan(0);
    for (const file of sqlFiles) expect(packed).toContain(`package/sql/${file}`);
    for (const folder of readdirSync(join(db, 'drizzle'))) {
      expect(packed).toContain(`package/drizzle/${folder}/migration.sql`);
    }
  });
});
