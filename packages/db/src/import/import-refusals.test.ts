import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { ImportError } from './import-error.js';
import { countRows, importText, rejectionOf } from './test-support.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const read = (kind: string) => readFileSync(resolve(EXAMPLES, `${kind}.csv`), 'utf8');
const headerOf = (kind: string) => read(kind).split('\n')[0] ?? '';

async function problemsOf(promise: Promise<unknown>) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).problems.map((problem) => [problem.line, problem.column]);
}

describe.each(TEST_TARGETS)('refused imports on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    for (const kind of ['teams', 'members', 'households', 'plan-events']) {
      await importText(handle, kind, read(kind));
    }
  });
  afterAll(() => handle.close());

  it('teams: lists every bad row and writes none of the good ones', async () => {
    const file = `${headerOf('teams')}
T-NEW,Wijkteam Noord,all-ages,WK008060,2020-01-01,own-mandate
T-BAD,,village-team,WK008060,2020-01-01,own-mandate
T-AMS,Wijkteam Amsterdam,all-ages,WK036300,2020-01-01,own-mandate
T-NEW,Wijkteam Noord,all-ages,WK008061,2020-01-01,own-mandate
T-X,Wijkteam X,all-ages,WK008098,2020-01-01,full-mandate
`;
    expect(await problemsOf(importText(handle, 'teams', file))).toEqual([
      [3, 'name'],
      [3, 'kind'],
      [4, 'district_codes'],
      [5, 'team_reference'],
      [6, 'access_mandate'],
    ]);
    expect(await countRows(handle, 'teams')).toBe(3);
  });

  it('members: refuses unknown teams, volunteers and impossible hours', async () => {
    const file = `${headerOf('members')}
M-100,FLT-CENTRUM,social-worker,core,32,28,Amaryllis,2020-01-01,
M-101,NO-SUCH-TEAM,social-worker,core,32,28,Amaryllis,2020-01-01,
M-102,FLT-CENTRUM,volunteer,ring,4,4,Amaryllis,2020-01-01,
M-103,FLT-CENTRUM,social-worker,core,20,28,Amaryllis,2020-01-01,
M-104,FLT-CENTRUM,social-worker,core,twenty,8,Amaryllis,2020-01-01,2019-01-01
`;
    expect(await problemsOf(importText(handle, 'members', file))).toEqual([
      [3, 'team_reference'],
      [4, 'discipline'],
      [5, 'hours_in_wijk'],
      [6, 'contracted_hours'],
    ]);
    expect(await countRows(handle, 'members')).toBe(10);
  });

  it('members: accepts a decimal comma in a semicolon file', async () => {
    const file = `${headerOf('members').replaceAll(',', ';')}\nM-200;WT-ZUID;district-nurse;core;24,5;24,5;Thuiszorg;2024-01-01;\n`;
    expect(await importText(handle, 'members', file)).toMatchObject({ inserted: 1 });
  });

  it('plan events: refuses transitions out of order and plans the rules forbid, each on its line', async () => {
    const file = `${headerOf('plan-events')}
P-0100,ZK-2024-0005,FLT-CENTRUM,opened,2024-03-05,,,,,,,,,
P-0100,,,escalated,2024-03-06,,housing,,,,,,,
P-0101,ZK-2024-0004,FLT-CENTRUM,opened,2024-03-05,,,,,,,,,
P-0101,,,activated,2024-03-10,M-006,,,,,,,,
P-0102,ZK-2024-0010,FLT-CENTRUM,opened,2024-06-01,,,,,,,,,
P-0102,,,activated,2024-06-10,M-001,,,,,,,,
P-0102,,,closed,2024-05-01,,,,,,,,,moved
P-0103,ZK-2024-0001,FLT-CENTRUM,opened,2024-03-01,,,,,,,,,
P-0104,ZK-UNKNOWN,FLT-CENTRUM,opened,2024-03-01,,,,,,,,,
P-0105,,,activated,2024-03-01,M-001,,,,,,,,
P-0002,,,closed,2024-01-01,,,,,,,,,moved
P-0106,ZK-2024-0007,,opened,2024-03-01,,,,,,,,,
`;
    expect(await problemsOf(importText(handle, 'plan-events', file))).toEqual([
      [3, 'type'],
      [5, 'lead_member_reference'],
      [8, 'date'],
      [9, 'household_reference'],
      [10, 'household_reference'],
      [11, 'plan_reference'],
      [12, 'date'],
      [13, 'team_reference'],
    ]);
    expect(await countRows(handle, 'plans')).toBe(5);
    expect(await countRows(handle, 'plan_events')).toBe(20);
  });

  it('plan events: appends new events of a stored plan and skips the ones already stored', async () => {
    const file = `${headerOf('plan-events')}
P-0003,ZK-2024-0003,FLT-CENTRUM,opened,2024-02-06,,,,,,,,,
P-0003,,,activated,2024-02-20,M-003,,,,,,,,
`;
    expect(await importText(handle, 'plan-events', file)).toMatchObject({
      rows: 2,
      inserted: 1,
      unchanged: 1,
    });
    expect(await importText(handle, 'plan-events', file)).toMatchObject({
      inserted: 0,
      unchanged: 2,
    });
  });

  it('assessments: refuses unknown households, scores off the scale and parenting without minors', async () => {
    const file = `${headerOf('assessments')}
ZK-2024-0003,P-0003,2024-02-20,intake,3,3,3,3,3,3,3,3,3,3,3,3,3,3
ZK-UNKNOWN,,2024-02-20,intake,3,,,,,,,,,,,,,
ZK-2024-0003,,2024-02-21,intake,6,,,,,,,,,,,,,
ZK-2024-0002,,2024-02-20,intake,3,,,,,,,,,,,,,4
ZK-2024-0003,P-0001,2024-02-22,intake,3,,,,,,,,,,,,,
ZK-2024-0003,,2024-02-23,,3,,,,,,,,,,,,,
ZK-2024-0003,P-0003,2024-02-20,intake,3,3,3,3,3,3,3,3,3,3,3,3,3,3
`;
    expect(await problemsOf(importText(handle, 'assessments', file))).toEqual([
      [3, 'household_reference'],
      [4, 'finances'],
      [5, 'parenting'],
      [6, 'plan_reference'],
      [7, 'moment'],
      [8, 'assessed_on'],
    ]);
    expect(await countRows(handle, 'assessments')).toBe(0);
  });

  it('registered events: refuses unknown kinds, households and plans of another household', async () => {
    const file = `${headerOf('registered-events')}
eviction,2024-03-01,ZK-2024-0005,,
burglary,2024-03-01,ZK-2024-0005,,
eviction,2024-13-01,ZK-2024-0005,,
eviction,2024-03-02,ZK-UNKNOWN,,
eviction,2024-03-03,ZK-2024-0005,P-0001,
eviction,2024-03-04,ZK-2024-0005,,NO-TEAM
eviction,2024-03-01,ZK-2024-0005,,
`;
    expect(await problemsOf(importText(handle, 'registered-events', file))).toEqual([
      [3, 'type'],
      [4, 'occurred_on'],
      [5, 'household_reference'],
      [6, 'plan_reference'],
      [7, 'team_reference'],
      [8, 'type'],
    ]);
    expect(await countRows(handle, 'registered_events')).toBe(0);
  });

  it('refuses a row with a missing cell, naming the separator problem', async () => {
    const file = `${headerOf('registered-events')}\neviction,2024-03-01,ZK-2024-0005,\n`;
    const error = await rejectionOf(importText(handle, 'registered-events', file));
    expect(error).toMatchObject({ code: 'invalid-rows', problems: [{ line: 2, column: '' }] });
  });

  it('refuses a municipality that merged away, naming where it lives on, and an unknown kind', async () => {
    // Weesp (GM0457) became part of Amsterdam (GM0363) on 2022-03-24
    const households = await countRows(handle, 'households');
    await expect(
      importText(handle, 'households', read('households'), 'GM0457'),
    ).rejects.toMatchObject({
      code: 'unknown-municipality',
      message: expect.stringMatching(
        /GM0457 \(Weesp\) no longer exists .* import into GM0363 \(Amsterdam\)/,
      ),
    });
    expect(await countRows(handle, 'households')).toBe(households);
    await expect(importText(handle, 'cases', 'a\n')).rejects.toMatchObject({
      code: 'unknown-kind',
    });
  });
});
