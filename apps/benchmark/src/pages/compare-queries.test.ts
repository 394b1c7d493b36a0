import { INDICATORS } from '@wijknet/outcome-monitoring';
import type { Client } from 'urql';
import { describe, expect, it } from 'vitest';
import { type PageName, parseViewState } from '../url-state/view-state';
import { PAGE_GROUPS } from './compare-data';
import { chosenIndicatorOf, FIRST_INDICATOR, prefetchComparePage } from './compare-queries';

/** The registry as the gateway's `indicators` field lists it (groups as enum names). */
const registry = INDICATORS.map((indicator) => ({
  ...indicator,
  group: indicator.group.toUpperCase(),
}));

/** A client that records what is asked and answers the registry when told to. */
function recordingClient() {
  const asked: { operation: string; indicatorCodes?: string[] }[] = [];
  let answerRegistry: (codes: string[]) => void = () => {};
  const client = {
    query: (
      document: { definitions: { name?: { value: string } }[] },
      variables: Record<string, unknown>,
    ) => {
      const operation =
        document.definitions.find((definition) => definition.name)?.name?.value ?? '';
      const series = variables.series as { indicatorCodes: string[] } | undefined;
      asked.push({ operation, ...(series ? { indicatorCodes: series.indicatorCodes } : {}) });
      return {
        toPromise: () =>
          operation === 'Indicators'
            ? new Promise((resolve) => {
                answerRegistry = (codes) =>
                  resolve({
                    data: {
                      indicators: codes.map((code) => ({
                        ...registry.find((item) => item.code === code),
                        code,
                      })),
                    },
                  });
              })
            : Promise.resolve({ data: undefined }),
      };
    },
  } as unknown as Client;
  return { client, asked, answerRegistry: (codes: string[]) => answerRegistry(codes) };
}

describe('the first compare page', () => {
  it('knows each page’s first indicator as the registry orders it', () => {
    for (const [page, groups] of Object.entries(PAGE_GROUPS)) {
      const codes = registry
        .filter((indicator) => (groups as readonly string[]).includes(indicator.group))
        .map((indicator) => indicator.code);
      expect(FIRST_INDICATOR[page as PageName]).toBe(
        chosenIndicatorOf(parseViewState(`?page=${page}`), codes),
      );
    }
  });

  it('asks for the registry and the likely indicator at once, and again only when it was not', async () => {
    const { client, asked, answerRegistry } = recordingClient();
    prefetchComparePage(client, parseViewState('?page=outcomes'), true);
    expect(asked).toEqual([
      { operation: 'CompareIndicator', indicatorCodes: ['zrm-mean-change'] },
      { operation: 'Indicators' },
    ]);
    // A registry that starts elsewhere: the page's first indicator is asked for after all.
    answerRegistry(['plans-escalated', 'zrm-mean-change']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked.at(-1)).toEqual({
      operation: 'CompareIndicator',
      indicatorCodes: ['plans-escalated'],
    });
  });
});
