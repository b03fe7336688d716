import { ApiError } from '../../api-client/api-client.ts';

/** The form's fields an API problem can be about; `form` is for what belongs to no one field. */
export type OperationField = 'form' | 'name' | 'unitId' | 'start' | 'end' | 'riskTier' | 'roles';

/** The API's problems with a new operation, placed next to the fields they are about. */
export interface OperationProblems {
  readonly fields: Partial<Record<OperationField, string[]>>;
  /** By the role's position in the form. */
  readonly roles: Readonly<Record<number, string[]>>;
}

/** What the form sends for one role, enough to match a problem to its row. */
interface RoleRow {
  readonly role: string;
  readonly requiredQualifications?: readonly string[];
}

const FIELDS: readonly OperationField[] = ['name', 'unitId', 'start', 'end', 'riskTier', 'roles'];

/**
 * Places an error answer to `POST /api/operations` next to the fields: each `request.invalid` issue
 * by its `where` (`body/roles/2/count` → the third role), and the coded refusals by what their
 * details name (the end for a backwards or too long window, the roles that list an unknown
 * qualification or that the policy does not name). Anything else goes to the whole form.
 */
export function operationProblems(error: unknown, roles: readonly RoleRow[]): OperationProblems {
  const fields: Partial<Record<OperationField, string[]>> = {};
  const byRole: Record<number, string[]> = {};
  const add = (field: OperationField, message: string) => (fields[field] ??= []).push(message);
  const addRole = (index: number, message: string) => (byRole[index] ??= []).push(message);
  if (!(error instanceof ApiError)) {
    add('form', error instanceof Error ? error.message : String(error));
    return { fields, roles: byRole };
  }
  const details = error.details ?? {};
  const names = (key: string): string[] => (Array.isArray(details[key]) ? (details[key] as unknown[]).map(String) : []);
  switch (error.code) {
    case 'request.invalid': {
      const issues = Array.isArray(details['issues']) ? (details['issues'] as { where?: string; message?: string }[]) : [];
      if (issues.length === 0) add('form', error.message);
      for (const issue of issues) {
        const path = (issue.where ?? '').split('/');
        const message = issue.message ?? 'is invalid';
        const field = FIELDS.find((f) => f === path[1]);
        const row = path[1] === 'roles' && path[2] !== undefined ? Number(path[2]) : Number.NaN;
        if (Number.isInteger(row)) addRole(row, path[3] === undefined ? message : `${path[3]}: ${message}`);
        else if (field !== undefined) add(field, message);
        else add('form', `${issue.where ?? 'request'}: ${message}`);
      }
      break;
    }
    case 'operation.end-not-after-start':
    case 'operation.too-long':
      add('end', error.message);
      break;
    case 'operation.unknown-qualification': {
      const unknown = names('qualifications');
      const rows = roles.flatMap((r, i) => ((r.requiredQualifications ?? []).some((q) => unknown.includes(q)) ? [i] : []));
      if (rows.length === 0) add('roles', error.message);
      for (const i of rows) addRole(i, error.message);
      break;
    }
    case 'operation.unknown-role': {
      const unnamed = names('roles');
      const rows = roles.flatMap((r, i) => (unnamed.includes(r.role) ? [i] : []));
      if (rows.length === 0) add('roles', error.message);
      for (const i of rows) addRole(i, error.message);
      break;
    }
    case 'access.forbidden':
    case 'resource.not-found':
      add('unitId', error.message);
      break;
    default:
      add('form', error.message);
  }
  return { fields, roles: byRole };
}
