import { idOfReference } from './stable-id.js';

/** The id a plan reference stands for; assessments and registered events name plans the same way. */
export function planIdOf(secret: string | Uint8Array, reference: string): string {
  return idOfReference(secret, 'plan', reference.trim());
}
