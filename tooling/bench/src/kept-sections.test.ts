import { describe, expect, it } from 'vitest';
import { withKeptSections } from './kept-sections.js';

describe('withKeptSections', () => {
  it('carries a hand-measured section over into the rewritten file, and nothing else', () => {
    const previous = [
      '# Benchmarks',
      '',
      'old numbers',
      '',
      '<!-- kept: start-times -->',
      '## pnpm start',
      '',
      '| start | seconds |',
      '<!-- /kept: start-times -->',
      '',
    ].join('\n');
    const rewritten = withKeptSections(previous, '# Benchmarks\n\nnew numbers\n');
    expect(rewritten).toBe(
      '# Benchmarks\n\nnew numbers\n\n<!-- kept: start-times -->\n## pnpm start\n\n| start | seconds |\n<!-- /kept: start-times -->\n',
    );
    expect(rewritten).not.toContain('old numbers');
  });

  it('leaves the generated file as it is when the previous one kept nothing', () => {
    expect(withKeptSections('# Benchmarks\n', '# new\n')).toBe('# new\n');
  });
});
