import { z } from 'zod';
import { parsePeriod } from './period.js';

/** A period written as text in outside input, checked by `parsePeriod` and kept as text. */
export const periodTextSchema = z.string().superRefine((text, context) => {
  try {
    parsePeriod(text);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
  }
});
