import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.js';

describe('gateway environment', () => {
  it('listens on loopback unless told otherwise', () => {
    expect(loadEnv({}).host).toBe('127.0.0.1');
    expect(loadEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses an empty HOST with a message that says what to set', () => {
    expect(() => loadEnv({ HOST: '' })).toThrow(/HOST must name an address/);
  });
});
