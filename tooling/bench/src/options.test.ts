import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.js';

describe('parseOptions', () => {
  it('runs national by default and small with --quick, with the same shape', () => {
    const full = parseOptions([]);
    const quick = parseOptions(['--quick']);
    expect(full.scale).toBe('national');
    expect(full.load).toEqual({ connections: 20, durationSeconds: 20 });
    expect(quick.scale).toBe('small');
    expect(quick.load.durationSeconds).toBeLessThan(full.load.durationSeconds);
    expect(Object.keys(quick).sort()).toEqual(Object.keys(full).sort());
  });

  it('refuses an argument it does not know, saying how to call it', () => {
    expect(() => parseOptions(['--fast'])).toThrow(
      /Unknown argument\(s\): --fast\. Usage: pnpm bench \[--quick\]/,
    );
  });
});
