import { DEFAULT_POLICY, type Policy, parsePolicy } from '@muster/domain';
import { AppError } from '@muster/kernel';
import type { Store } from '../ports/store.ts';

/** The policy the agency runs under, with the version it came from (0 = muster's defaults). */
export interface PolicyVersion {
  readonly version: number;
  readonly policy: Policy;
  /** The YAML it was read from; absent for the defaults. */
  readonly yaml?: string;
}

/**
 * The newest stored policy, parsed once and kept until this process stores a newer one. Every
 * check, board and staffing proposal reads the policy through here, so all of them agree.
 */
export class PolicyInForce {
  #cached: Promise<PolicyVersion> | undefined;

  constructor(private readonly store: Store) {}

  current(): Promise<PolicyVersion> {
    this.#cached ??= this.#load().catch((error: unknown) => {
      this.#cached = undefined;
      throw error;
    });
    return this.#cached;
  }

  /** Forget the cached policy (after a new version is stored). */
  invalidate(): void {
    this.#cached = undefined;
  }

  async #load(): Promise<PolicyVersion> {
    const stored = await this.store.policies.latest();
    if (stored === undefined) return { version: 0, policy: DEFAULT_POLICY };
    const parsed = parsePolicy(stored.yaml);
    if (!parsed.ok) {
      throw new AppError('policy.invalid', `Stored policy version ${stored.version} no longer parses: ${parsed.error[0]?.message ?? 'unknown problem'}.`, {
        version: stored.version,
      });
    }
    return { version: stored.version, policy: parsed.value, yaml: stored.yaml };
  }
}
