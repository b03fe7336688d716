import type { StaffingPolicy } from './staffing-policy.ts';

/** One role of the operation as the form holds it (count as typed). */
export interface RoleDraft {
  readonly key: number;
  readonly role: string;
  readonly count: string;
  readonly qualifications: readonly string[];
  readonly lead: boolean;
  readonly driving: boolean;
  /** A role the policy does not name that truly needs no qualification (sent as `[]`). */
  readonly needsNone: boolean;
}

/**
 * The role as `POST /api/operations` takes it. Picked qualifications add to what the policy's `roles`
 * map requires; with none picked, a role the policy names takes its requirements from there, and any
 * other role is sent without them (the API then says so) unless it is marked as needing none.
 */
export function roleRequest(draft: RoleDraft) {
  const requiredQualifications = draft.qualifications.length > 0 ? [...draft.qualifications] : draft.needsNone ? [] : undefined;
  return {
    role: draft.role.trim(),
    count: Number(draft.count),
    ...(requiredQualifications === undefined ? {} : { requiredQualifications }),
    ...(draft.lead ? { lead: true } : {}),
    ...(draft.driving ? { driving: true } : {}),
  };
}

/** The inputs of one role: name, count, lead and driving flags, qualifications from the catalogue; with the API's problems under them. */
export function RoleFields({
  index,
  draft,
  policy,
  problems,
  onChange,
  onRemove,
}: {
  index: number;
  draft: RoleDraft;
  policy: StaffingPolicy;
  problems: readonly string[] | undefined;
  onChange(next: RoleDraft): void;
  onRemove: (() => void) | undefined;
}) {
  const id = `role-${draft.key}`;
  const fromPolicy = policy.roles[draft.role.trim()];
  const set = (patch: Partial<RoleDraft>) => onChange({ ...draft, ...patch });
  const toggle = (q: string) => set({ qualifications: draft.qualifications.includes(q) ? draft.qualifications.filter((x) => x !== q) : [...draft.qualifications, q] });
  return (
    <fieldset className="role-fields" aria-invalid={problems ? true : undefined} aria-describedby={problems ? `${id}-problems` : undefined}>
      <legend>Role {index + 1}</legend>
      <div className="role-line">
        <label>
          Role name <input value={draft.role} onChange={(e) => set({ role: e.target.value })} list="policy-roles" required placeholder="e.g. entry-team" autoComplete="off" />
        </label>
        <label>
          Officers <input type="number" min={1} max={500} step={1} value={draft.count} onChange={(e) => set({ count: e.target.value })} required className="count" />
        </label>
        <label>
          <input type="checkbox" checked={draft.lead} onChange={(e) => set({ lead: e.target.checked })} /> Leads the team (no recruit)
        </label>
        <label>
          <input type="checkbox" checked={draft.driving} onChange={(e) => set({ driving: e.target.checked })} /> Drives
        </label>
        {onRemove && (
          <button type="button" onClick={onRemove}>
            Remove role {index + 1}
          </button>
        )}
      </div>
      <p className="hint">
        {fromPolicy === undefined
          ? 'The policy does not name this role: pick the qualifications it needs.'
          : `The policy requires ${fromPolicy.length === 0 ? 'nothing' : fromPolicy.join(', ')} for this role; anything picked here is required on top.`}
      </p>
      <div className="qualification-picks" role="group" aria-label={`Required qualifications of role ${index + 1}`}>
        {policy.qualifications.map((q) => (
          <label key={q.id} title={q.id}>
            <input type="checkbox" checked={draft.qualifications.includes(q.id)} onChange={() => toggle(q.id)} /> {q.name}
          </label>
        ))}
        {fromPolicy === undefined && (
          <label>
            <input type="checkbox" checked={draft.needsNone} onChange={(e) => set({ needsNone: e.target.checked })} /> Needs no qualification
          </label>
        )}
      </div>
      {problems && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
