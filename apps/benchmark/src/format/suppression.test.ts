import { describe, expect, it } from 'vitest';
import { isSuppressed, suppressionExplanation, suppressionLabel } from './suppression';

describe('suppression display', () => {
  it('treats a figure without a value as suppressed even when the reason is missing', () => {
    expect(isSuppressed({ value: null })).toBe(true);
    expect(isSuppressed({ value: 0 })).toBe(false);
    expect(isSuppressed({ value: 4, suppression: { reason: 'DERIVABLE', threshold: null } })).toBe(
      true,
    );
  });

  it('names the reason and the threshold', () => {
    expect(suppressionLabel({ reason: 'SMALL_NUMBER', threshold: 10 }, 'nl')).toBe(
      'onderdrukt (n < 10)',
    );
    expect(suppressionLabel({ reason: 'SMALL_NUMBER', threshold: 5 }, 'en')).toBe(
      'suppressed (n < 5)',
    );
    expect(suppressionLabel({ reason: 'NOT_PUBLISHED', threshold: null }, 'nl')).toBe(
      'niet gepubliceerd',
    );
    expect(suppressionLabel(null, 'en')).toBe('no data');
  });

  it('explains every reason in full sentences', () => {
    expect(suppressionExplanation({ reason: 'SMALL_NUMBER', threshold: 10 }, 'nl')).toContain(
      'minder dan 10 waarnemingen',
    );
    expect(suppressionExplanation({ reason: 'DERIVABLE', threshold: null }, 'en')).toContain(
      'derived',
    );
  });
});
