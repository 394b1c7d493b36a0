import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/use-translation';
import { FigureValue } from './figure-value';

afterEach(cleanup);

describe('FigureValue', () => {
  it('shows a suppressed figure with its reason, not as zero', () => {
    render(
      <LocaleProvider locale="nl">
        <FigureValue
          figure={{ value: null, suppression: { reason: 'SMALL_NUMBER', threshold: 10 } }}
          unit="share"
        />
      </LocaleProvider>,
    );
    expect(screen.getByText('onderdrukt (n < 10)')).toBeTruthy();
    expect(screen.queryByText(/0%/)).toBeNull();
  });

  it('shows a real zero as a number', () => {
    render(
      <LocaleProvider locale="en">
        <FigureValue figure={{ value: 0, suppression: null }} unit="share" />
      </LocaleProvider>,
    );
    expect(screen.getByText('0.0%')).toBeTruthy();
  });

  it('marks a figure whose registration is below the completeness threshold, and only that one', () => {
    const flagged = { share: 0.5, threshold: 0.8, isBelowThreshold: true };
    render(
      <LocaleProvider locale="nl">
        <FigureValue
          figure={{ value: 0.42, suppression: null, completeness: flagged }}
          unit="score-change"
        />
      </LocaleProvider>,
    );
    const mark = screen.getByText('onvolledig');
    expect(mark.getAttribute('title')).toContain('50% van de afgesloten plannen');
    expect(mark.getAttribute('title')).toContain('drempel 80%');
    cleanup();
    render(
      <LocaleProvider locale="nl">
        <FigureValue
          figure={{
            value: 0.42,
            suppression: null,
            completeness: { ...flagged, share: 0.9, isBelowThreshold: false },
          }}
          unit="score-change"
        />
      </LocaleProvider>,
    );
    expect(screen.queryByText('onvolledig')).toBeNull();
  });
});
