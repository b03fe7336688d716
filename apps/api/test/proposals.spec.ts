import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Officer } from '@muster/domain';
import { MS_PER_DAY } from '@muster/kernel';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface Member {
  role: string;
  officerId: string;
  name: string;
  recruit: boolean;
  veteran: boolean;
  score: number;
  hoursPrior7Days: number;
  warnings: string[];
  dutyRecordId?: number;
}
interface Proposal {
  id: number;
  status: string;
  scope: string;
  team: Member[];
  proposedTeam?: Member[];
  unfilled: { role: string; missing: number; reason: string }[];
  excluded: { officerId: string; name: string; gate: string; reason: string }[];
  officersConsidered: number;
  reason?: string;
}
interface Board {
  records: { officerId: string; operationId?: string; role?: string; status: string; start: string; end: string }[];
}

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;
const officer = (id: string, extra: Partial<Officer> = {}): Officer => ({
  id,
  name: `Officer ${id}`,
  unit: 'north',
  rank: 'Officer',
  hireDate: day(2019, 4, 14),
  priorLeYears: 0,
  academyTrack: 'full',
  timeZone: 'America/Chicago',
  ...extra,
});
/** Team leads need firearms, high-risk warrant service and the field-training sign-off (policy roles). */
const LEAD = ['firearms', 'high-risk-warrant', 'fto-signoff'];
/** The operations' entry team also needs first aid, on top of the policy's firearms and warrant service. */
const ENTRY = ['firearms', 'high-risk-warrant', 'first-aid'];
const HELD: Record<string, string[]> = { N1: LEAD, N2: ENTRY, N3: ENTRY, N4: ['firearms'], N5: ENTRY, N6: ENTRY, N7: LEAD, N8: ENTRY };
const shift = (officerId: string, start: string, end: string) => ({ officerId, start, end, kind: 'regular', status: 'published' });
const operation = (id: string, date: string) => ({
  id,
  name: `Warrant service ${id}`,
  unitId: 'north',
  start: `${date}T08:00:00-05:00`,
  end: `${date}T16:00:00-05:00`,
  riskTier: 'high',
  roles: [
    { role: 'team-lead', count: 1, lead: true },
    { role: 'entry-team', count: 2, requiredQualifications: ['first-aid'] },
  ],
});

describe.each(ENGINES)('staffing proposals (%s)', (engine) => {
  let t: TestApp;
  const propose = async (operationId: string, body?: object): Promise<Proposal> => {
    const response = await t.call('supervisor', 'POST', `/api/operations/${operationId}/proposals`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Proposal;
  };
  const board = async (date: string): Promise<Board> => (await t.call('supervisor', 'GET', `/api/units/north/roster?from=${date}&to=${date}`)).json() as Board;
  const recordCount = () => t.ctx.store.duty.count();
  const overrideWith = (proposalId: number, team: [role: string, officerId: string][], reason = 'N3 is needed at court that afternoon') =>
    t.call('supervisor', 'POST', `/api/proposals/${proposalId}/override`, { team: team.map(([role, officerId]) => ({ role, officerId })), reason });

  beforeAll(async () => {
    t = await testApp(engine);
    const { store } = t.ctx;
    await store.officers.upsertMany([
      officer('N3'),
      officer('N4'),
      officer('N5'),
      officer('N6'),
      // A recruit: hired two months before the operations.
      officer('N7', { name: 'Recruit N7', hireDate: day(2026, 1, 5) }),
      officer('N8'),
    ]);
    await store.qualifications.insertMany(
      Object.entries(HELD).flatMap(([officerId, ids]) => ids.map((qualificationId) => ({ officerId, qualificationId, issued: day(2025, 1, 1), expires: day(2027, 1, 1) }))),
    );
    const added = await t.call('supervisor', 'POST', '/api/duty-records', {
      records: [
        // 10 h in the week before for N1–N3, 20 h for N8: all rank below N6 (8 h) and the recruit N7 (none).
        ...['N1', 'N2', 'N3', 'N8'].map((id) => shift(id, '2026-03-09T07:00:00-05:00', '2026-03-09T17:00:00-05:00')),
        shift('N8', '2026-03-10T07:00:00-05:00', '2026-03-10T17:00:00-05:00'),
        // N5 works 06:00–14:00 on the day of operation A.
        shift('N5', '2026-03-12T06:00:00-05:00', '2026-03-12T14:00:00-05:00'),
        // N6 ends at midnight: 8 h of rest before an 08:00 start, below the 10 h block level.
        shift('N6', '2026-03-11T16:00:00-05:00', '2026-03-12T00:00:00-05:00'),
      ],
    });
    expect(added.statusCode, added.body).toBe(201);
    for (const [id, date] of [
      ['OP-A', '2026-03-12'],
      ['OP-B', '2026-03-16'],
      ['OP-C', '2026-03-18'],
    ] as const) {
      const created = await t.call('supervisor', 'POST', '/api/operations', operation(id, date));
      expect(created.statusCode, created.body).toBe(201);
    }
  }, 60_000);
  afterAll(async () => t?.close());

  it('proposes a team that passes every gate and names the first gate each other officer fails', async () => {
    const proposal = await propose('OP-A');
    expect(proposal).toMatchObject({ status: 'proposed', scope: 'unit', policyVersion: 0, officersConsidered: 8, fullyChecked: 4, unfilled: [] });
    expect(proposal.team.map((m) => [m.role, m.officerId, m.veteran, m.recruit, m.hoursPrior7Days])).toEqual([
      ['team-lead', 'N1', true, false, 10],
      ['entry-team', 'N2', true, false, 10],
      ['entry-team', 'N3', true, false, 10],
    ]);
    expect(proposal.team[0]).toMatchObject({ name: 'Officer N1', score: 10, warnings: [] });
    const excluded = new Map(proposal.excluded.map((e) => [e.officerId, e]));
    expect(excluded.get('N4')).toEqual({
      officerId: 'N4',
      name: 'Officer N4',
      gate: 'qualification',
      reason: 'lacks "high-risk-warrant", "fto-signoff" valid for the whole operation (role "team-lead")',
    });
    expect(excluded.get('N5')).toMatchObject({ gate: 'unavailable', reason: 'already on regular duty 2026-03-12 06:00 to 2026-03-12 14:00 during the operation' });
    expect(excluded.get('N6')).toMatchObject({
      gate: 'rest.min-between-duties',
      reason: 'Only 8 h rest between duties (2026-03-12 00:00 to 2026-03-12 08:00); the block limit is at least 10 h.',
    });
    expect(excluded.get('N7')).toMatchObject({
      name: 'Recruit N7',
      gate: 'team.recruit-lead',
      reason: 'a recruit (under 1 year(s) of service or from an abbreviated academy) may not take the lead role "team-lead"',
    });
    expect(excluded.get('N8')).toMatchObject({
      gate: 'ranked-lower',
      reason: 'qualified and available; ranked 6 of 6 by recent hours and overtime, and better-ranked officers filled the team',
    });
    expect(proposal.excluded).toHaveLength(5);
    expect((await t.call('leadership', 'GET', `/api/proposals/${proposal.id}`)).json()).toEqual(proposal);
  });

  it('refuses an override whose replacement fails a hard gate, and writes nothing', async () => {
    const proposal = await propose('OP-A');
    const before = await recordCount();
    const unavailable = await overrideWith(proposal.id, [
      ['team-lead', 'N1'],
      ['entry-team', 'N2'],
      ['entry-team', 'N5'],
    ]);
    expect(unavailable.statusCode).toBe(422);
    expect(unavailable.json()).toMatchObject({ code: 'proposal.gate-failed', details: { officerId: 'N5', role: 'entry-team', gate: 'unavailable' } });
    expect((await overrideWith(proposal.id, [['team-lead', 'N7']])).json()).toMatchObject({
      status: 422,
      code: 'proposal.gate-failed',
      detail:
        'Officer N7 cannot take role "team-lead" on operation OP-A [team.recruit-lead]: a recruit (under 1 year(s) of service or from an abbreviated academy) may not take the lead role "team-lead". Maybe choose another officer; a block finding can be let stand only once it is on the roster, with POST /api/overrides.',
    });
    expect((await overrideWith(proposal.id, [['entry-team', 'N6']])).json()).toMatchObject({ code: 'proposal.gate-failed', details: { gate: 'rest.min-between-duties' } });
    expect((await overrideWith(proposal.id, [['entry-team', 'N4']])).json()).toMatchObject({ code: 'proposal.gate-failed', details: { gate: 'qualification' } });
    const twice = await overrideWith(proposal.id, [
      ['entry-team', 'N2'],
      ['entry-team', 'N2'],
    ]);
    expect(twice.json()).toMatchObject({ status: 422, code: 'proposal.bad-team', details: { officerId: 'N2' } });
    expect((await overrideWith(proposal.id, [['medic', 'N2']])).json()).toMatchObject({ status: 422, code: 'proposal.bad-team', details: { role: 'medic' } });
    expect((await overrideWith(proposal.id, [['entry-team', 'S1']])).json()).toMatchObject({ status: 403, code: 'access.forbidden' });
    expect((await overrideWith(proposal.id, [['entry-team', 'N2']], 'because')).statusCode).toBe(400);
    expect(await recordCount()).toBe(before);
    expect(((await t.call('supervisor', 'GET', `/api/proposals/${proposal.id}`)).json() as Proposal).status).toBe('proposed');
  });

  it('overrides with a valid replacement: written, audited with the reason, and decided once', async () => {
    const proposal = ((await t.call('supervisor', 'GET', '/api/operations/OP-A/proposals')).json() as { items: Proposal[] }).items[1]!;
    const before = await recordCount();
    const reason = 'N3 is needed at court that afternoon';
    const response = await overrideWith(
      proposal.id,
      [
        ['team-lead', 'N1'],
        ['entry-team', 'N2'],
        ['entry-team', 'N8'],
      ],
      reason,
    );
    expect(response.statusCode, response.body).toBe(200);
    const overridden = response.json() as Proposal;
    expect(overridden).toMatchObject({ status: 'overridden', reason, unfilled: [] });
    expect(overridden.team.map((m) => [m.role, m.officerId, m.hoursPrior7Days])).toEqual([
      ['team-lead', 'N1', 10],
      ['entry-team', 'N2', 10],
      ['entry-team', 'N8', 20],
    ]);
    expect(overridden.proposedTeam!.map((m) => m.officerId)).toEqual(['N1', 'N2', 'N3']);
    expect(await recordCount()).toBe(before + 3);
    const onOperation = (await board('2026-03-12')).records.filter((r) => r.operationId === 'OP-A');
    expect(onOperation.map((r) => [r.officerId, r.role, r.status, r.start, r.end])).toEqual([
      ['N1', 'team-lead', 'published', '2026-03-12T13:00:00.000Z', '2026-03-12T21:00:00.000Z'],
      ['N2', 'entry-team', 'published', '2026-03-12T13:00:00.000Z', '2026-03-12T21:00:00.000Z'],
      ['N8', 'entry-team', 'published', '2026-03-12T13:00:00.000Z', '2026-03-12T21:00:00.000Z'],
    ]);
    const audit = (await t.call('leadership', 'GET', `/api/audit?entity=proposal&entityId=${proposal.id}`)).json() as {
      items: {
        action: string;
        actorEmail: string;
        before: { team: { officerId: string }[] };
        after: { status: string; reason: string; team: { officerId: string; dutyRecordId: number }[] };
      }[];
    };
    expect(audit.items.map((e) => e.action)).toEqual(['proposal.override', 'proposal.create']);
    expect(audit.items[0]).toMatchObject({ actorEmail: 'supervisor@test.muster', after: { status: 'overridden', reason } });
    expect(audit.items[0]!.before.team.map((m) => m.officerId)).toEqual(['N1', 'N2', 'N3']);
    expect(audit.items[0]!.after.team.map((m) => m.dutyRecordId)).toEqual(overridden.team.map((m) => m.dutyRecordId));
    const again = await t.call('supervisor', 'POST', `/api/proposals/${proposal.id}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'proposal.already-decided', details: { status: 'overridden' } });
    // The first proposal of OP-A is still open, but the operation is staffed now.
    const first = ((await t.call('supervisor', 'GET', '/api/operations/OP-A/proposals')).json() as { items: Proposal[] }).items[0]!;
    expect((await t.call('supervisor', 'POST', `/api/proposals/${first.id}/accept`)).json()).toMatchObject({ status: 409, code: 'operation.already-staffed' });
    expect((await t.call('supervisor', 'POST', '/api/operations/OP-A/proposals')).json()).toMatchObject({ status: 409, code: 'operation.already-staffed' });
    expect(await recordCount()).toBe(before + 3);
  });

  it('accepts: one published record per member on the board, audited, and the officer sees the operation', async () => {
    const proposal = await propose('OP-B');
    // From 08:00 on the 9th: N3 has 9 h in the week before, N5 and N6 8 h each, N1 9 h + 8 h on OP-A.
    expect(proposal.team.map((m) => [m.role, m.officerId, m.hoursPrior7Days])).toEqual([
      ['team-lead', 'N1', 17],
      ['entry-team', 'N5', 8],
      ['entry-team', 'N6', 8],
    ]);
    expect((await t.call('officer', 'GET', '/api/operations')).json()).toMatchObject({ items: [{ id: 'OP-A' }] });
    const response = await t.call('supervisor', 'POST', `/api/proposals/${proposal.id}/accept`);
    expect(response.statusCode, response.body).toBe(200);
    const accepted = response.json() as Proposal;
    expect(accepted.status).toBe('accepted');
    const onOperation = (await board('2026-03-16')).records.filter((r) => r.operationId === 'OP-B');
    expect(onOperation.map((r) => [r.officerId, r.role, r.status])).toEqual([
      ['N1', 'team-lead', 'published'],
      ['N5', 'entry-team', 'published'],
      ['N6', 'entry-team', 'published'],
    ]);
    const ids = accepted.team.map((m) => m.dutyRecordId!);
    expect(ids.every((id) => id > 0)).toBe(true);
    const proposalAudit = (await t.call('leadership', 'GET', `/api/audit?entity=proposal&entityId=${proposal.id}`)).json() as { items: { action: string }[] };
    expect(proposalAudit.items.map((e) => e.action)).toEqual(['proposal.accept', 'proposal.create']);
    const recordAudit = (await t.call('leadership', 'GET', `/api/audit?entity=duty-record&entityId=${ids[0]}`)).json() as {
      items: { action: string; after: { operationId: string; role: string } }[];
    };
    expect(recordAudit.items).toMatchObject([{ action: 'duty-record.create', after: { operationId: 'OP-B', role: 'team-lead' } }]);
    expect(((await t.call('officer', 'GET', '/api/operations')).json() as { items: { id: string }[] }).items.map((o) => o.id)).toEqual(['OP-A', 'OP-B']);
    expect((await t.call('officer', 'GET', '/api/operations/OP-B')).statusCode).toBe(200);
    expect((await t.call('officer', 'GET', '/api/operations/OP-C')).statusCode).toBe(403);
  });

  it('refuses to accept a team whose member the roster has taken since, and discards it', async () => {
    const proposal = await propose('OP-C');
    const lead = proposal.team[0]!;
    expect(lead).toMatchObject({ role: 'team-lead', officerId: 'N1' });
    const taken = await t.call('supervisor', 'POST', '/api/duty-records', { records: [shift('N1', '2026-03-18T06:00:00-05:00', '2026-03-18T12:00:00-05:00')] });
    expect(taken.statusCode).toBe(201);
    const before = await recordCount();
    const stale = await t.call('supervisor', 'POST', `/api/proposals/${proposal.id}/accept`);
    expect(stale.json()).toMatchObject({ status: 422, code: 'proposal.gate-failed', details: { officerId: 'N1', role: 'team-lead', gate: 'unavailable' } });
    expect(await recordCount()).toBe(before);
    const discarded = await t.call('supervisor', 'POST', `/api/proposals/${proposal.id}/discard`, { reason: 'Operation postponed' });
    expect(discarded.json()).toMatchObject({ status: 'discarded', reason: 'Operation postponed' });
    const again = await t.call('supervisor', 'POST', `/api/proposals/${proposal.id}/discard`);
    expect(again.json()).toMatchObject({ status: 409, code: 'proposal.already-decided', details: { status: 'discarded' } });
    expect((await t.call('supervisor', 'POST', `/api/proposals/${proposal.id}/accept`)).statusCode).toBe(409);
  });

  it('takes candidates agency-wide when asked, and keeps proposals to those who staff the operation', async () => {
    const agency = await propose('OP-C', { scope: 'agency' });
    expect(agency).toMatchObject({ scope: 'agency', officersConsidered: 9 });
    expect(agency.excluded.find((e) => e.officerId === 'S1')).toMatchObject({ gate: 'qualification' });
    for (const role of ['officer', 'training', 'analyst'] as const) {
      expect((await t.call(role, 'POST', '/api/operations/OP-C/proposals')).statusCode, role).toBe(403);
      expect((await t.call(role, 'GET', `/api/proposals/${agency.id}`)).statusCode, role).toBe(403);
    }
    expect((await t.call('leadership', 'POST', `/api/proposals/${agency.id}/accept`)).statusCode).toBe(403);
    expect((await t.call('supervisor', 'GET', '/api/proposals/999999')).json()).toMatchObject({ status: 404, code: 'resource.not-found' });
    expect((await t.call('supervisor', 'POST', '/api/operations/OP-X/proposals')).statusCode).toBe(404);
  });

  it('lists each operation with where its staffing stands, to those who may read its proposals', async () => {
    type Listed = { id: string; staffing?: { status: string; proposals: number; open: number; decision?: string; decidedProposalId?: number } };
    const listed = async (role: 'supervisor' | 'leadership' | 'training' | 'officer') => ((await t.call(role, 'GET', '/api/operations')).json() as { items: Listed[] }).items;
    const byId = new Map((await listed('supervisor')).map((o) => [o.id, o.staffing]));
    expect(byId.get('OP-A')).toMatchObject({ status: 'staffed', decision: 'overridden' });
    expect(byId.get('OP-B')).toMatchObject({ status: 'staffed', decision: 'accepted', proposals: 1, open: 0 });
    // OP-C: one discarded, one agency-wide proposal still open.
    expect(byId.get('OP-C')).toEqual({ status: 'proposed', proposals: 2, open: 1 });
    const decided = ((await t.call('supervisor', 'GET', '/api/operations/OP-B/proposals')).json() as { items: Proposal[] }).items.find((p) => p.status === 'accepted')!;
    expect(byId.get('OP-B')!.decidedProposalId).toBe(decided.id);
    expect((await listed('leadership')).map((o) => o.staffing?.status)).toEqual(['staffed', 'staffed', 'proposed']);
    // Training and officers read operations, not proposals.
    expect((await listed('training')).every((o) => o.staffing === undefined)).toBe(true);
    expect((await listed('officer')).every((o) => o.staffing === undefined)).toBe(true);
  });
});
