import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/use-translation';

const KIND_KEY: Readonly<Record<string, MessageKey>> = {
  output: 'kindOutput',
  outcome: 'kindOutcome',
  context: 'kindContext',
};

/** Output (prestatie), outcome (effect) or context, in words; an unknown kind as it is. */
export function kindText(kind: string, t: Translate): string {
  const key = KIND_KEY[kind];
  return key ? t(key) : kind;
}

/**
 * A fixed point a reader holds a figure against, where the domain gives one: reach beside the
 * 80-20-5 rule (20% of households need support on several life domains, 200 per 1,000).
 */
export function referenceText(indicatorCode: string, locale: Locale): string | null {
  if (indicatorCode !== 'reach-per-1000-households') return null;
  return locale === 'nl'
    ? '200 per 1.000 (80-20-5-regel: 20% heeft steun nodig)'
    : '200 per 1,000 (80-20-5 rule: 20% need support)';
}
