import { readFileSync } from 'node:fs';
import {
  type GraphQLField,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSdl, SDL_PATH } from '../print-sdl.js';
import { schema } from './index.js';

const rootFields = (): Array<[string, GraphQLField<unknown, unknown>]> =>
  [schema.getQueryType(), schema.getMutationType()]
    .filter((type) => type !== null && type !== undefined)
    .flatMap((type) =>
      Object.values(type.getFields()).map(
        (field) =>
          [`${type.name}.${field.name}`, field] as [string, GraphQLField<unknown, unknown>],
      ),
    );

describe('schema rules', () => {
  it('gives every root field an auth scope', () => {
    const unguarded = rootFields()
      .filter(([, field]) => {
        const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } })
          .pothosOptions;
        return options?.authScopes === undefined;
      })
      .map(([name]) => name);
    expect(rootFields().length).toBeGreaterThan(5);
    expect(unguarded).toEqual([]);
  });

  it('deprecates nothing: the gateway counts no deprecated fields in its metrics', () => {
    const deprecated = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) =>
        isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
          ? Object.values(type.getFields())
              .filter((field) => field.deprecationReason != null)
              .map((field) => `${type.name}.${field.name}`)
          : isEnumType(type)
            ? type
                .getValues()
                .filter((value) => value.deprecationReason != null)
                .map((value) => `${type.name}.${value.name}`)
            : [],
      );
    expect(deprecated).toEqual([]);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) &&
          !type.astNode &&
          ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('matches the committed schema.graphql (run `pnpm --filter @wijknet/gateway sdl`)', () => {
    expect(readFileSync(SDL_PATH, 'utf8')).toBe(printSdl());
  });
});
