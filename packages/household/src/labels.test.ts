import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBandLabel } from './age-bands.js';
import { INTAKE_CHANNELS, intakeChannelLabel } from './intake-channels.js';
import { LOCALES, localeSchema } from './locale.js';

describe('labels', () => {
  it.each(LOCALES)('names every intake channel and age band in %s, all distinct', (locale) => {
    const channels = INTAKE_CHANNELS.map((channel) => intakeChannelLabel(channel, locale));
    expect(new Set(channels).size).toBe(INTAKE_CHANNELS.length);
    const bands = AGE_BANDS.map((band) => ageBandLabel(band, locale));
    expect(new Set(bands).size).toBe(AGE_BANDS.length);
  });

  it('calls outreach by its Dutch name', () => {
    expect(intakeChannelLabel('outreach', 'nl')).toBe('Eropaf (vindplaatsgericht)');
  });

  it('refuses an unsupported language', () => {
    expect(localeSchema.safeParse('de').error?.issues[0]?.message).toBe(
      'Unknown language "de": use "nl" or "en".',
    );
  });
});
