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
});
