import { describe, expect, it } from 'vitest';
import { answerFromGateway } from './compare.js';
import {
  answerFromValues,
  compareCompareAnswers,
  quarterOf,
  quartersEndingWith,
} from './compare-answer.js';
import { publishedFromCounts } from './compare-peer-base.js';

describe('the comparison case', () => {
  it('asks for the twelve quarters up to the latest, across years', () => {
    const quarters = quartersEndingWith('2025-Q2');
    expect(quarters).toHaveLength(12);
    expect(quarters[0]).toBe('2022-Q3');
    expect(quarters.at(-1)).toBe('2025-Q2');
    expect(quarterOf('2024-11-30')).toBe('2024-Q4');
  });

  it('computes the national median from the published values only', () => {
    const answer = answerFromValues(
      [
        { municipality: 'GM0001', period: '2025-Q1', value: 10 },
        { municipality: 'GM0002', period: '2025-Q1', value: 30 },
        { municipality: 'GM0003', period: '2025-Q1', value: null },
      ],
      ['2025-Q1', '2025-Q2'],
    );
    expect(answer.values.get('GM0001|2025-Q1')).toBe(10);
    expect(answer.values.has('GM0003|2025-Q1')).toBe(false);
    expect(answer.medians.get('2025-Q1')).toBe(20);
    expect(answer.medians.get('2025-Q2')).toBeNull();
  });

  it("reads the gateway's answer as the others give theirs: withheld values left out", () => {
    const answer = answerFromGateway({
      compare: {
        indicators: [
          {
            periods: [
              {
                period: '2025-Q1',
                national: { median: 20 },
                allMunicipalities: [
                  { municipalityCode: 'GM0001', value: 10 },
                  { municipalityCode: 'GM0002', value: 30 },
                  { municipalityCode: 'GM0003', value: null },
                ],
              },
              { period: '2025-Q2', national: { median: null }, allMunicipalities: [] },
            ],
          },
        ],
      },
    });
    expect(answer).toEqual(
      answerFromValues(
        [
          { municipality: 'GM0001', period: '2025-Q1', value: 10 },
          { municipality: 'GM0002', period: '2025-Q1', value: 30 },
          { municipality: 'GM0003', period: '2025-Q1', value: null },
        ],
        ['2025-Q1', '2025-Q2'],
      ),
    );
  });

  it('withholds from counts what the gateway withholds: small numbers and what subtraction reveals', () => {
    const counts = { '2025-Q1': 4, '2025-Q2': 30, '2025-Q3': 25, '2025-Q4': 40, '2025': 99 };
    const published = publishedFromCounts(
      Object.entries(counts).map(([period, n]) => ({
        municipality: 'GM0001',
        period,
        numerator: n,
        denominator: 1000,
        n,
      })),
      1000,
    );
    const publishedValue = (period: string) =>
      published.find((row) => row.period === period)?.value;
    expect(publishedValue('2025-Q1')).toBeNull();
    expect(publishedValue('2025-Q3')).toBeNull();
    expect(publishedValue('2025-Q2')).toBe(30);
    expect(publishedValue('2025')).toBe(99);
  });

  it('says how many values differ between two answers', () => {
    const expected = {
      values: new Map([
        ['GM0001|2025-Q1', 1],
        ['GM0002|2025-Q1', 2],
      ]),
      medians: new Map([['2025-Q1', 1.5]]),
    };
    expect(compareCompareAnswers(expected, expected)).toBeNull();
    const other = {
      values: new Map([
        ['GM0001|2025-Q1', 1],
        ['GM0002|2025-Q1', 3],
      ]),
      medians: new Map([['2025-Q1', 2]]),
    };
    expect(compareCompareAnswers(expected, other)).toBe(
      '1 of 2 values and 1 of 1 national medians differ',
    );
  });
});
