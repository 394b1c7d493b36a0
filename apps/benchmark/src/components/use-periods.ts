import { useQuery } from 'urql';
import { formatPeriod, type Granularity } from '../format/period';
import { useTranslation } from '../i18n/use-translation';
import { PeriodsQuery } from './periods.graphql';

/** A period the gateway keeps figures for, and whether it has ended. */
export interface KeptPeriod {
  readonly code: string;
  readonly isComplete: boolean;
  /** For a year still running: the last of its quarters that has ended (0 when none has). */
  readonly throughQuarter: number | null;
}

/**
 * The periods the gateway keeps figures for, newest first: its calendar runs from the first
 * data through today's quarter, so the app follows the data and the gateway's clock, never the
 * browser's. `isLoading` holds until the list has come.
 */
export function useKeptPeriods(granularity: Granularity): {
  readonly periods: readonly KeptPeriod[];
  readonly isLoading: boolean;
} {
  const [result] = useQuery({
    query: PeriodsQuery,
    variables: { granularity: granularity === 'year' ? 'YEAR' : 'QUARTER' },
  });
  const periods = [...(result.data?.periods ?? [])].sort((a, b) => b.code.localeCompare(a.code));
  return { periods, isLoading: result.fetching || result.data === undefined };
}

/**
 * Names periods for a reader, and says of one still running that it is: `2026 t/m K3` for a
 * year with three quarters behind it, `4e kwartaal 2026 (lopend)` for the current quarter.
 */
export function usePeriodName(): (code: string, style?: 'short' | 'long') => string {
  const { t, locale } = useTranslation();
  const quarters = useKeptPeriods('quarter').periods;
  const years = useKeptPeriods('year').periods;
  return (code, style = 'long') => {
    const name = formatPeriod(code, locale, style);
    const kept = (code.includes('-Q') ? quarters : years).find((period) => period.code === code);
    if (!kept || kept.isComplete) return name;
    if (kept.throughQuarter) {
      return t('periodThroughQuarter', { period: name, quarter: kept.throughQuarter });
    }
    return t('periodRunning', { period: name });
  };
}
