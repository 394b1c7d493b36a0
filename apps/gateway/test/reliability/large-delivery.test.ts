import { queryRows } from '@wijknet/db';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { MAX_DELIVERY_BYTES } from '../../src/limits/request-size.js';
import { deliveryAnswerOf, multipartRequest } from '../delivery-support.js';
import { createTestGateway, testDatabase } from '../harness.js';

const ROWS = 200_000;

/** 200,000 households of Leeuwarden with references as long as a real case system's. */
function largeHouseholdsFile(): string {
  const districts = ['WK008010', 'WK008011', 'WK008020'];
  const lines = [
    'household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel',
  ];
  for (let i = 0; i < ROWS; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      `ZAAK-LWD-${String(i).padStart(9, '0')},${districts[i % 3]},3,2,1,27-44,2025-${month}-15,school`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('a delivery of 200,000 rows', () => {
  it('fits the delivery limit and is taken in whole', { timeout: 600_000 }, async () => {
    const gateway = createTestGateway();
    const text = largeHouseholdsFile();
    expect(text.length).toBeLessThan(MAX_DELIVERY_BYTES);
    const token = await signDevelopmentToken({ role: 'municipality', municipalityId: 'GM0080' });
    const answer = await deliveryAnswerOf(
      await gateway.fetch(
        multipartRequest('http://gateway.test/graphql', {
          kind: 'HOUSEHOLDS',
          fileName: 'huishoudens-2025.csv',
          text,
          token,
        }),
      ),
    );
    expect(answer.delivery).toMatchObject({ isAccepted: true, rows: ROWS, inserted: ROWS });
    const [stored] = await queryRows<{ count: number }>(
      testDatabase.db,
      sql`select count(*)::int as count from households where municipality_id = 'GM0080'`,
    );
    expect(stored?.count).toBe(ROWS);
  });
});
