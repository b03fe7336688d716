import { Agent, request } from 'node:http';

export interface LoadOptions {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Clients, each sending its next request when the previous answer has fully arrived. */
  readonly concurrency: number;
  readonly durationMs: number;
}

export interface LoadResult {
  readonly latenciesMs: number[];
  readonly elapsedMs: number;
  readonly errors: number;
  readonly bytes: number;
}

/**
 * A closed-loop load: `concurrency` keep-alive clients, each with one request in flight, for the
 * duration. Latency is from sending the request to the last byte of the answer.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latenciesMs: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const once = (): Promise<void> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = request(options.url, { agent, headers: options.headers }, (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => (size += chunk.length));
        res.on('end', () => {
          if (res.statusCode === 200) {
            latenciesMs.push(performance.now() - t0);
            bytes += size;
          } else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const client = async (): Promise<void> => {
    while (performance.now() < deadline) await once();
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latenciesMs, elapsedMs, errors, bytes };
}
