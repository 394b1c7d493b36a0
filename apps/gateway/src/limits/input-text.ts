import { MAX_STORY_TEXT_LENGTH } from '@wijknet/outcome-monitoring';
import { type ASTNode, GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const NUL = '\u0000';

/**
 * The longest text any argument takes: a story's text. Each field has its own, smaller limit
 * where it is checked (a reference or name 200 characters, a story's title 120); this one is the
 * door's, so no text of any length reaches a resolver, a schema or SQL, whatever field it is in.
 */
export const MAX_TEXT_LENGTH = MAX_STORY_TEXT_LENGTH;

const count = new Intl.NumberFormat('en');

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** What is wrong with one text of the request, named by where it is; undefined when nothing. */
function problemWith(text: string, where: string): string | undefined {
  if (text.includes(NUL)) {
    return `${where}: text may not contain the NUL character (U+0000): no name, code or reference has one.`;
  }
  if (text.length > MAX_TEXT_LENGTH) {
    return `${where}: the text has ${count.format(text.length)} characters; no field takes more than ${count.format(MAX_TEXT_LENGTH)}.`;
  }
  return undefined;
}

/** The first problem with any text in a variable's value, its place written `$input.name`. */
function problemInValue(value: unknown, where: string): string | undefined {
  if (typeof value === 'string') return problemWith(value, where);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = problemInValue(item, `${where}[${index}]`);
      if (problem) return problem;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = problemInValue(item, `${where}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** The argument or input field a literal is written for, from the nodes above it. */
function fieldOfLiteral(ancestors: ReadonlyArray<ASTNode | readonly ASTNode[]>): string {
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !('kind' in node)) continue;
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
  }
  return names.join('.') || 'a text in the document';
}

/** A string literal in the document with a NUL in it (written `\u0000`), or too long. */
const checkLiterals: ValidationRule = (context) => ({
  StringValue(node, _key, parent, _path, ancestors) {
    const above = parent === undefined ? ancestors : [...ancestors, parent];
    const problem = problemWith(node.value, fieldOfLiteral(above));
    if (problem) context.reportError(refusal(problem));
  },
});

/**
 * Refuses text with a NUL character, or longer than any field takes, in the document or its
 * variables, before it reaches a resolver or SQL: Postgres cannot store a NUL in text (SQLSTATE
 * 22021, which would fail as INTERNAL), and 60,000 characters in a name is a slip to name, not
 * to store. The refusal names the variable or argument.
 */
export function useInputTextChecks(): Plugin {
  return {
    onParams({ params }) {
      for (const [name, value] of Object.entries(params.variables ?? {})) {
        const problem = problemInValue(value, `$${name}`);
        if (problem) throw refusal(problem);
      }
      const problem = problemInValue(params.extensions, 'extensions');
      if (problem) throw refusal(problem);
    },
    onValidate({ addValidationRule }) {
      addValidationRule(checkLiterals);
    },
  };
}
