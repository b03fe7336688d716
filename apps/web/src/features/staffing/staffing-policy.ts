import type { ApiClient } from '../../api-client/api-client.ts';

/** A qualification of the policy's catalogue, as `GET /api/policy` lists it. */
export interface CatalogueQualification {
  readonly id: string;
  readonly name: string;
}

/** What the staffing screens read of the policy in force: the catalogue and the `roles` map. */
export interface StaffingPolicy {
  readonly version: number;
  readonly qualifications: readonly CatalogueQualification[];
  /** Role name → the qualifications any officer in it must hold. */
  readonly roles: Readonly<Record<string, readonly string[]>>;
}

/** Reads the policy in force and keeps the parts the staffing screens use. */
export async function fetchStaffingPolicy(api: ApiClient): Promise<StaffingPolicy> {
  const document = await api.get<{ version: number; policy: Record<string, unknown> }>('/api/policy');
  const qualifications = Array.isArray(document.policy['qualifications']) ? (document.policy['qualifications'] as CatalogueQualification[]) : [];
  const roles = (document.policy['roles'] ?? {}) as Record<string, readonly string[]>;
  return { version: document.version, qualifications: qualifications.map(({ id, name }) => ({ id, name })), roles };
}
