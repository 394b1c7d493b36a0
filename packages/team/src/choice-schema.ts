import { z } from 'zod';

/**
 * A schema for one value of a closed list whose messages name the list, so a person who typed
 * a wrong value sees what the right ones are. `what` names the value with its article
 * ("a ring", "an access mandate"). `explain` may give a more helpful message for
 * inputs that are wrong for a known reason.
 */
export function choiceSchema<const Values extends readonly [string, ...string[]]>(
  values: Values,
  what: string,
  explain?: (input: unknown) => string | undefined,
) {
  const options = values.join(', ');
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) {
        return `${what.charAt(0).toUpperCase()}${what.slice(1)} is required; choose one of: ${options}.`;
      }
      return (
        explain?.(issue.input) ??
        `${JSON.stringify(issue.input)} is not ${what}; choose one of: ${options}.`
      );
    },
  });
}
