import { lifeDomainSchema } from '@wijknet/household';
import { z } from 'zod';
import { parseInput } from './monitoring-error.js';
import { periodTextSchema } from './period-text.js';

/** The kinds of identity a story must not contain (identificerende gegevens). */
export type IdentityHint = 'citizen-service-number' | 'email-address' | 'phone-number';

const BSN_CANDIDATE = /(?<!\d)(?:\d{9}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3})(?!\d)/g;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const DUTCH_PHONE = /(?<![\d+])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){8}(?!\d)/;

/**
 * The eleven test (elfproef) of a citizen service number (burgerservicenummer, BSN):
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.
 */
export function passesElevenTest(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || /^0+$/.test(nineDigits)) return false;
  const digits = [...nineDigits].map(Number);
  const weighted = digits
    .slice(0, 8)
    .reduce((sum, digit, index) => sum + digit * (9 - index), -(digits[8] as number));
  return weighted % 11 === 0;
}

/** What in a text looks like it identifies a person: BSN, e-mail address or phone number. */
export function findIdentityHints(text: string): IdentityHint[] {
  const hints: IdentityHint[] = [];
  const candidates = text.match(BSN_CANDIDATE) ?? [];
  if (candidates.some((candidate) => passesElevenTest(candidate.replace(/\D/g, '')))) {
    hints.push('citizen-service-number');
  }
  if (EMAIL.test(text)) hints.push('email-address');
  if (DUTCH_PHONE.test(text)) hints.push('phone-number');
  return hints;
}

const HINT_MESSAGES: Record<IdentityHint, string> = {
  'citizen-service-number':
    'seems to contain a citizen service number (BSN); stories never name a household, so remove it',
  'email-address': 'contains an e-mail address; remove it, a story may not identify anyone',
  'phone-number': 'contains a phone number; remove it, a story may not identify anyone',
};

function refuseIdentities(text: string, context: z.RefinementCtx, field: string) {
  for (const hint of findIdentityHints(text)) {
    context.addIssue({
      code: 'custom',
      path: [field],
      message: `The ${field} ${HINT_MESSAGES[hint]}.`,
    });
  }
}

/** The longest story text (verhaal) taken: no text anywhere in wijknet is longer. */
export const MAX_STORY_TEXT_LENGTH = 4_000;

/**
 * A story (ervaringsverhaal): a short text by a team about what its work achieved, linked to
 * life domains and a period and shown beside the figures. It never holds household
 * identities; texts that look like they contain a BSN, e-mail address or phone number are refused.
 */
export const storySchema = z
  .object({
    teamId: z.string().min(1, 'A story belongs to a team.'),
    lifeDomains: z
      .array(lifeDomainSchema)
      .min(1, 'Link the story to at least one life domain (leefgebied).'),
    period: periodTextSchema,
    title: z
      .string()
      .trim()
      .min(3, 'The title needs at least 3 characters.')
      .max(120, 'The title may have at most 120 characters.'),
    text: z
      .string()
      .trim()
      .min(40, 'The story needs at least 40 characters to say what changed.')
      .max(
        MAX_STORY_TEXT_LENGTH,
        `The story may have at most ${MAX_STORY_TEXT_LENGTH.toLocaleString('en')} characters; keep it short.`,
      ),
  })
  .superRefine((story, context) => {
    refuseIdentities(story.title, context, 'title');
    refuseIdentities(story.text, context, 'text');
  });

/** A story (ervaringsverhaal) beside the figures. */
export type Story = z.infer<typeof storySchema>;

/** Checks a story from outside; refused with one MonitoringError naming every problem. */
export function parseStory(input: unknown): Story {
  return parseInput(storySchema, input, 'story fields');
}

/**
 * Where a story stands on its way to the public (publicatiestatus): a team writes a draft
 * (concept), the municipality publishes it on its public profile (gepubliceerd) or withdraws it
 * again (ingetrokken). Only a published story leaves the municipality.
 */
export const STORY_STATUSES = ['draft', 'published', 'withdrawn'] as const;

/** Where a story stands on its way to the public (publicatiestatus). */
export type StoryStatus = (typeof STORY_STATUSES)[number];
