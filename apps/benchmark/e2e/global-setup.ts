import type { TestProject } from 'vitest/node';
import { type RunningGateway, startGateway } from './start-gateway';

/** What every browser test file reads of the one gateway they share (vitest `inject`). */
export interface SharedGateway {
  readonly url: string;
  readonly tokens: RunningGateway['tokens'];
  readonly municipalityCodes: readonly string[];
  /** What the gateway printed while it started. */
  readonly startOutput: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    gateway: SharedGateway;
  }
}

// Seeding and starting the gateway takes most of a minute on two cores: the test files share one.
export default async function setup(project: TestProject) {
  const gateway = await startGateway();
  project.provide('gateway', {
    url: gateway.url,
    tokens: gateway.tokens,
    municipalityCodes: gateway.municipalityCodes,
    startOutput: gateway.output(),
  });
  return async () => {
    await gateway.stop();
  };
}
