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

/**
 * Loads one server with autocannon on loopback for a fixed time, sampling its memory meanwhile.
 * Given several requests (to one server), each connection sends them in turn.
 */
export async function runLoad(
  request: HttpRequestSpec | readonly HttpRequestSpec[],
  options: { connections: number; durationSeconds: number; pid?: number },
): Promise<LoadResult> {
  const requests = Array.isArray(request) ? request : [request as HttpRequestSpec];
  const first = requests[0];
  if (!first) throw new Error('runLoad needs at least one request');
  let maxRssMb: number | null = null;
  const sampler = setInterval(async () => {
    if (options.pid === undefined) return;
    const rss = await readRssMb(options.pid);
    if (rss !== null) maxRssMb = Math.max(maxRssMb ?? 0, rss);
  }, 250);
  try {
    const result = await autocannon({
      url: first.url,
      method: 'POST',
      headers: first.headers,
      body: first.body,
      requests: requests.map((each) => ({
        method: 'POST' as const,
        path: new URL(each.url).pathname,
        headers: each.headers,
        body: each.body,
      })),
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
