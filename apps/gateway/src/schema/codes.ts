import { z } from 'zod';

export const uuidArgument = z.uuid('Use the ID as the API returned it (a UUID).');

/** The ID of a membership or an API key: a UUID. */
export const accessIdArgument = z.uuid('Use the ID as wijknet gave it (a UUID).');
