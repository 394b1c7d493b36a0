import { cleanup, render, screen } from '@testing-library/react';
import { Provider } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndicatorFields } from '../components/indicator-explanation.graphql';
import { createGatewayClient } from '../graphql/client';
import type { ResultOf } from '../graphql/graphql';
import { LocaleProvider } from '../i18n/use-translation';
import type { MunicipalValue } from '../pages/compare-data';
import IndicatorMap from './indicator-map';

afterEach(cleanup);

const text = (value: string) => ({ nl: value, en: value });
const indicator = {
  code: 'zrm-mean-change',
  name: text('Gemiddelde ZRM-verandering'),
  definition: text(''),
  numerator: text(''),
  denominator: text(''),
  countingUnit: 'plan',
  unit: 'score-change',
  precision: 2,
  direction: 'HIGHER_IS_BETTER',
  kind: 'MEAN',
  group: 'OUTCOMES',
  levels: [],
} as unknown as ResultOf<typeof IndicatorFields>;

const all = [
  { municipalityCode: 'GM0080', municipalityName: 'Leeuwarden', value: 0.71, suppression: null },
  { municipalityCode: 'GM0599', municipalityName: 'Rotterdam', value: 0.68, suppression: null },
  {
    municipalityCode: 'GM0363',
    municipalityName: 'Amsterdam',
    value: null,
    suppression: { reason: 'SMALL_NUMBER', threshold: 10 },
  },
] as unknown as MunicipalValue[];

function renderMap() {
  // The national map asks the gateway nothing: its districts' query stays paused.
  const client = createGatewayClient();
  const { container } = render(
    <Provider value={client}>
      <LocaleProvider locale="nl">
        <IndicatorMap indicator={indicator} period="2026-Q3" all={all} canShowDistricts={false} />
      </LocaleProvider>
    </Provider>,
  );
  return container;
}

describe('IndicatorMap', () => {
  it('draws every municipality at once, from outlines projected when the app was built', () => {
    const container = renderMap();
    const areas = container.querySelectorAll('.wn-map svg path.wn-area');
    expect(areas).toHaveLength(342);
    for (const area of areas) expect(area.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('colours municipalities by class and names each with its figure or why it has none', () => {
    const container = renderMap();
    const titles = [...container.querySelectorAll('.wn-map svg path title')].map(
      (title) => title.textContent,
    );
    expect(titles).toContain('Leeuwarden: 0,71');
    expect(titles).toContain('Amsterdam: onderdrukt (n < 10)');
    expect(titles).toContain('Utrecht: niet gepubliceerd');
    const fillOf = (name: string) =>
      [...container.querySelectorAll('.wn-map svg path')]
        .find((path) => path.querySelector('title')?.textContent?.startsWith(`${name}:`))
        ?.getAttribute('fill');
    expect(fillOf('Leeuwarden')).toBe('#0b4a7d');
    expect(fillOf('Rotterdam')).toBe('#d6e9f5');
    expect(fillOf('Amsterdam')).toMatch(/^url\(#/);
    expect(fillOf('Utrecht')).toBe('#b4b4b4');
    expect(screen.getByText('Onderdrukt of geen gegevens')).toBeTruthy();
  });
});
