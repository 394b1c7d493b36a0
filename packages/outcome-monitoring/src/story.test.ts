import { describe, expect, it } from 'vitest';
import { MonitoringError } from './monitoring-error.js';
import { findIdentityHints, parseStory, passesElevenTest } from './story.js';

const story = {
  teamId: 'heechterp-schieringen',
  lifeDomains: ['finances', 'housing'],
  period: '2025-Q3',
  title: 'Schulden op tijd in beeld',
  text: 'Door wekelijks spreekuur in het buurthuis kwamen drie gezinnen met huurachterstand eerder in beeld, en bleef een uithuiszetting uit.',
};

describe('passesElevenTest', () => {
  it('accepts numbers that pass the BSN eleven test and rejects others', () => {
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });
});

describe('findIdentityHints', () => {
  it('spots a BSN written plainly or in groups', () => {
    expect(findIdentityHints('bsn 123456782 bekend')).toEqual(['citizen-service-number']);
    expect(findIdentityHints('nummer 1234.56.782')).toEqual(['citizen-service-number']);
    expect(findIdentityHints('nummer 123 456 782')).toEqual(['citizen-service-number']);
  });

  it('leaves ordinary numbers alone', () => {
    expect(findIdentityHints('In 2025 hielpen we 123456789 keer… nee, 120 huishoudens.')).toEqual(
      [],
    );
    expect(findIdentityHints('Van 2023 tot 2025 daalde het aantal OTS van 14 naar 6.')).toEqual([]);
  });

  it('spots e-mail addresses and Dutch phone numbers', () => {
    expect(findIdentityHints('mail jan@example.nl')).toEqual(['email-address']);
    expect(findIdentityHints('bel 06-12345678')).toEqual(['phone-number']);
    expect(findIdentityHints('bel +31 6 12345678')).toEqual(['phone-number']);
    expect(findIdentityHints('bel 020 123 4567')).toEqual(['phone-number']);
  });
});

describe('parseStory', () => {
  it('accepts a story without identities', () => {
    expect(parseStory(story)).toEqual(story);
  });

  it('refuses a text with a BSN without repeating the number', () => {
    const withBsn = { ...story, text: `${story.text} Het gaat om BSN 123456782.` };
    expect(() => parseStory(withBsn)).toThrow(MonitoringError);
    expect(() => parseStory(withBsn)).toThrow(/citizen service number \(BSN\)/);
    try {
      parseStory(withBsn);
    } catch (error) {
      expect((error as Error).message).not.toContain('123456782');
    }
  });

  it('refuses contact details in the title or text', () => {
    expect(() => parseStory({ ...story, title: 'Bel 06-12345678' })).toThrow(
      /title contains a phone number/,
    );
    expect(() =>
      parseStory({ ...story, text: `${story.text} Vragen: wijkteam@leeuwarden.nl` }),
    ).toThrow(/text contains an e-mail address/);
  });

  it('requires life domains, a valid period and enough text', () => {
    expect(() => parseStory({ ...story, lifeDomains: [] })).toThrow(/at least one life domain/);
    expect(() => parseStory({ ...story, lifeDomains: ['happiness'] })).toThrow(/life domain/);
    expect(() => parseStory({ ...story, period: '2025-Q5' })).toThrow(/quarters 1 to 4/);
    expect(() => parseStory({ ...story, text: 'Kort.' })).toThrow(/at least 40 characters/);
  });
});
