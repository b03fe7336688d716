// Shapes of the API's answers the web app reads (the API's OpenAPI document has them all).

export type Role = 'officer' | 'supervisor' | 'training' | 'leadership' | 'analyst' | 'admin';

export interface Me {
  id: string;
  email: string;
  role: Role;
  officerId: string | null;
  unitIds: string[];
}

export interface Unit {
  id: string;
  name: string;
  fieldOffice: string;
  timeZone: string;
}

export interface Officer {
  id: string;
  name: string;
  unit: string;
  rank: string;
  hireDate: string;
  academyTrack: 'full' | 'abbreviated' | 'lateral';
  timeZone: string;
}

export interface DutyRecord {
  id: number;
  officerId: string;
  start: string;
  end: string;
  kind: 'regular' | 'overtime' | 'training' | 'court' | 'on_call' | 'travel';
  status: 'draft' | 'published' | 'cancelled';
  operationId?: string;
}

export interface Finding {
  ruleId: string;
  level: 'warn' | 'block';
  officerId: string;
  start: string;
  end: string;
  measured: number;
  limit: number;
  unit: string;
  message: string;
  overrideId?: number;
}

export interface RosterBoard {
  unit: Unit;
  from: string;
  to: string;
  officers: Officer[];
  records: DutyRecord[];
  findings: Finding[];
  summary: { block: number; warn: number; overridden: number };
}
