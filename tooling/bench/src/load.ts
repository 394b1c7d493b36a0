import autocannon from 'autocannon';
import type { HttpRequestSpec } from './graphql-client.js';
import { readRssMb } from './servers/child-process.js';

export interface LoadResult {
  readonly requestsPerSecond: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  readonly errors: number;
  readonly non2xx: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  /** Highest resident memory of the server process during the run, in MB (when its pid is known). */
  readonly maxRssMb: number | null;
}

/** Loads one server with autocannon on loopback for a fixed time, sampling its memory meanwhile. */
export async function runLoad(
  request: HttpRequestSpec,
  options: { connections: number; durationSeconds: number; pid?: number },
): Promise<LoadResult> {
  let maxRssMb: number | null = null;
  const sampler = setInterval(async () => {
    if (options.pid === undefined) return;
    const rss = await readRssMb(options.pid);
    if (rss !== null) maxRssMb = Math.max(maxRssMb ?? 0, rss);
  }, 250);
  try {
    const result = await autocannon({
      url: request.url,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: 30,
    });
    return {
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      errors: result.errors + result.non2xx,
      non2xx: result.non2xx,
      medianMs: result.latency.p50,
      p99Ms: result.latency.p99,
      maxRssMb,
    };
  } finally {
    clearInterval(sampler);
  }
}
