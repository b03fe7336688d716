import type { DutyRecord, Officer, Unit } from '@muster/domain';
import { instant } from '@muster/kernel';
import type { NewDutyRecord, Store } from '@muster/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, type TestEngine, openTestDatabase } from './test-database.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 2, 6);
const unit = (id: string): Unit => ({ id, name: `Team ${id}`, fieldOffice: 'Chicago', timeZone: 'America/Chicago' });
const officer = (id: string, unitId: string): Officer => ({
  id,
  name: `Officer ${id}`,
  unit: unitId,
  rank: 'Officer',
  hireDate: 18_000,
  priorLeYears: 2.5,
  academyTrack: 'lateral',
  timeZone: 'America/Chicago',
});
const shift = (officerId: string, startHour: number, hours: number, extra: Partial<NewDutyRecord> = {}): NewDutyRecord => ({
  officerId,
  start: instant(T0 + startHour * HOUR),
  end: instant(T0 + (startHour + hours) * HOUR),
  kind: 'regular',
  status: 'published',
  ...extra,
});
const plain = ({ officerId, start, end, kind }: DutyRecord) => ({ officerId, start, end, kind });

/**
 * The behaviour every Store must show, run against each engine (PGlite and PostgreSQL) so the
 * service cannot come to depend on one engine's quirks.
 */
export function describeStoreContract(engine: TestEngine): void {
  describe(`Store contract on ${engine}`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await openTestDatabase(engine);
      store = database.store;
      await store.units.insertMany([unit('north'), unit('south')]);
      await store.officers.upsertMany([officer('A1', 'north'), officer('A2', 'north'), officer('B1', 'south')]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('answers the health check', async () => {
      expect(await store.ping()).toBe(true);
    });

    it('lists officers by unit and id, in id order, and updates on a second upsert', async () => {
      expect((await store.officers.list({ unitIds: ['north'] })).map((o) => o.id)).toEqual(['A1', 'A2']);
      expect((await store.officers.list({ ids: ['B1', 'A2'] })).map((o) => o.id)).toEqual(['A2', 'B1']);
      expect(await store.officers.list({ unitIds: [] })).toEqual([]);
      await store.officers.upsertMany([{ ...officer('A2', 'north'), rank: 'Sergeant' }]);
      const a2 = await store.officers.get('A2');
      expect(a2).toEqual({ ...officer('A2', 'north'), rank: 'Sergeant' });
      expect(await store.officers.count()).toBe(3);
      expect(await store.units.get('south')).toEqual(unit('south'));
    });

    it('keeps calendar days exact: a qualification read back has the same day numbers', async () => {
      await store.qualifications.insertMany([
        { officerId: 'A1', qualificationId: 'firearms', issued: 20_400, expires: 20_582 },
        { officerId: 'A1', qualificationId: 'pit', issued: 20_000, expires: 20_365 },
      ]);
      const again = await store.qualifications.insertMany([{ officerId: 'A1', qualificationId: 'pit', issued: 20_000, expires: 20_365 }]);
      expect(again).toEqual([]);
      const held = await store.qualifications.forOfficers(['A1']);
      expect(held.map(({ qualificationId, issued, expires }) => [qualificationId, issued, expires])).toEqual([
        ['firearms', 20_400, 20_582],
        ['pit', 20_000, 20_365],
      ]);
    });

    it('returns records overlapping a window, by officer then start, and hides cancelled ones unless asked', async () => {
      const [first, , third] = await store.duty.insertMany(
        [shift('A1', 0, 10), shift('A1', 24, 10, { kind: 'overtime', operationId: 'OP-1', role: 'driver' }), shift('A2', 12, 12), shift('B1', 0, 8)],
        instant(T0),
      );
      expect(first!.id).toBeGreaterThan(0);
      expect(third!.officerId).toBe('A2');
      const window = await store.duty.between(['A1', 'A2'], instant(T0 + 9 * HOUR), instant(T0 + 25 * HOUR));
      expect(window.map(plain)).toEqual([
        { officerId: 'A1', start: T0, end: T0 + 10 * HOUR, kind: 'regular' },
        { officerId: 'A1', start: T0 + 24 * HOUR, end: T0 + 34 * HOUR, kind: 'overtime' },
        { officerId: 'A2', start: T0 + 12 * HOUR, end: T0 + 24 * HOUR, kind: 'regular' },
      ]);
      expect(window[1]).toMatchObject({ operationId: 'OP-1', role: 'driver', status: 'published' });
      // Touching the window's edge is not overlapping it.
      expect(await store.duty.between(['A1'], instant(T0 + 10 * HOUR), instant(T0 + 24 * HOUR))).toEqual([]);
      const cancelled = await store.duty.update(third!.id, { status: 'cancelled' }, instant(T0 + HOUR));
      expect(cancelled).toMatchObject({ status: 'cancelled', updatedAt: T0 + HOUR });
      expect((await store.duty.between(['A2'], instant(T0), instant(T0 + 48 * HOUR))).length).toBe(0);
      expect((await store.duty.between(['A2'], instant(T0), instant(T0 + 48 * HOUR), { includeCancelled: true })).length).toBe(1);
      expect(await store.duty.update(999_999, { status: 'cancelled' }, instant(T0))).toBeUndefined();
    });

    it('writes large batches in one call (more rows than one statement may carry)', async () => {
      const many = Array.from({ length: 9_000 }, (_, i) => shift('B1', 100 + i * 24, 8));
      const stored = await store.duty.insertMany(many, instant(T0));
      expect(stored.length).toBe(9_000);
      expect(stored[8_999]!.start).toBe(T0 + (100 + 8_999 * 24) * HOUR);
    });

    it('rolls back every write of a failed transaction', async () => {
      const before = await store.duty.count();
      await expect(
        store.transaction(async (tx) => {
          await tx.duty.insertMany([shift('A1', 500, 8)], instant(T0));
          await tx.audit.append([{ at: instant(T0), action: 'duty-record.create', entity: 'duty-record', entityId: 'x' }]);
          throw new Error('import failed half way');
        }),
      ).rejects.toThrow('import failed half way');
      expect(await store.duty.count()).toBe(before);
      expect(await store.audit.list({ entityId: 'x', limit: 10 })).toEqual([]);
      await store.transaction(async (tx) => tx.duty.insertMany([shift('A1', 500, 8)], instant(T0)));
      expect(await store.duty.count()).toBe(before + 1);
    });

    it('keeps the audit log newest first with its before and after', async () => {
      await store.audit.append([
        { at: instant(T0), actorEmail: 'sup@x', action: 'duty-record.update', entity: 'duty-record', entityId: '7', before: { end: 1 }, after: { end: 2 } },
        { at: instant(T0 + 1), action: 'duty-record.cancel', entity: 'duty-record', entityId: '7', before: { status: 'published' } },
      ]);
      const entries = await store.audit.list({ entity: 'duty-record', entityId: '7', limit: 10 });
      expect(entries.map((e) => e.action)).toEqual(['duty-record.cancel', 'duty-record.update']);
      expect(entries[1]).toMatchObject({ actorEmail: 'sup@x', before: { end: 1 }, after: { end: 2 } });
      expect(entries[0]!.after).toBeUndefined();
      expect(await store.audit.list({ entity: 'duty-record', beforeId: entries[0]!.id, limit: 10 })).toHaveLength(1);
    });

    it('stores users by lower-case email with their units, and policy versions in order', async () => {
      await store.users.insert({
        id: '6f1c1d1e-0000-4000-8000-000000000001',
        email: 'Sup@Demo.Muster',
        passwordHash: 'scrypt$x',
        role: 'supervisor',
        unitIds: ['north', 'south'],
        createdAt: instant(T0),
      });
      expect(await store.users.byEmail('sup@demo.muster')).toMatchObject({ role: 'supervisor', unitIds: ['north', 'south'], createdAt: T0 });
      expect(await store.users.byId('6f1c1d1e-0000-4000-8000-000000000002')).toBeUndefined();
      expect(await store.policies.latest()).toBeUndefined();
      await store.policies.append('timeZone: UTC\n', instant(T0));
      const second = await store.policies.append('timeZone: America/Chicago\n', instant(T0 + 1));
      expect(second.version).toBe(2);
      expect((await store.policies.latest())?.yaml).toBe('timeZone: America/Chicago\n');
      expect(await store.settings.putIfAbsent('token-key', 'k1')).toBe('k1');
      expect(await store.settings.putIfAbsent('token-key', 'k2')).toBe('k1');
    });

    it('lists accounts by email, changes them, refuses a taken email in any case, and locks the enabled admins', async () => {
      const admin = {
        id: '6f1c1d1e-0000-4000-8000-000000000003',
        email: 'admin@demo.muster',
        passwordHash: 'scrypt$a',
        role: 'admin' as const,
        unitIds: [],
        createdAt: instant(T0),
      };
      await store.users.insert(admin);
      await expect(store.users.insert({ ...admin, id: '6f1c1d1e-0000-4000-8000-000000000004', email: 'ADMIN@Demo.Muster' })).rejects.toMatchObject({ code: 'user.email-taken' });
      expect((await store.users.list()).map((u) => u.email)).toEqual(['admin@demo.muster', 'sup@demo.muster']);
      expect(await store.transaction((tx) => tx.users.lockEnabledAdmins())).toEqual([admin.id]);
      const change = { role: 'officer' as const, officerId: 'A1', unitIds: ['south'], passwordHash: 'scrypt$b', disabledAt: instant(T0 + HOUR) };
      expect(await store.users.update(admin.id, change)).toEqual({ ...admin, ...change, disabledAt: T0 + HOUR });
      expect(await store.transaction((tx) => tx.users.lockEnabledAdmins())).toEqual([]);
      const restored = { ...admin, unitIds: ['south'], passwordHash: 'scrypt$b' };
      expect(await store.users.update(admin.id, { role: 'admin', officerId: null, disabledAt: null })).toEqual(restored);
      expect(await store.users.byEmail('ADMIN@demo.muster')).toEqual(restored);
      expect(await store.users.update(admin.id, {})).toEqual(restored);
      expect(await store.users.update('6f1c1d1e-0000-4000-8000-00000000000f', { role: 'admin' })).toBeUndefined();
    });

    it('keeps operations with their roles, in start order', async () => {
      const role = { role: 'pit-driver', count: 2, requiredQualifications: ['pit', 'vehicle-pursuit'], driving: true };
      await store.operations.insertMany([
        { id: 'OP-2', name: 'Surge', start: instant(T0 + 48 * HOUR), end: instant(T0 + 56 * HOUR), riskTier: 'critical', roles: [role], unitId: 'north' },
        { id: 'OP-1', name: 'Warrant service', start: instant(T0), end: instant(T0 + 6 * HOUR), riskTier: 'high', roles: [], timeZone: 'America/Chicago' },
      ]);
      expect((await store.operations.list()).map((o) => o.id)).toEqual(['OP-1', 'OP-2']);
      expect(await store.operations.get('OP-2')).toEqual({
        id: 'OP-2',
        name: 'Surge',
        start: T0 + 48 * HOUR,
        end: T0 + 56 * HOUR,
        riskTier: 'critical',
        roles: [role],
        unitId: 'north',
      });
    });

    it('lists overrides overlapping a window and revokes an override once', async () => {
      const approvedBy = '6f1c1d1e-0000-4000-8000-000000000001';
      const made = await store.overrides.insert({
        officerId: 'A1',
        ruleId: 'rest.min-between-duties',
        findingStart: instant(T0),
        findingEnd: instant(T0 + 9 * HOUR),
        reason: 'Court appearance moved',
        expiresAt: instant(T0 + 48 * HOUR),
        approvedBy,
        createdAt: instant(T0),
      });
      expect((await store.overrides.list({ officerIds: ['A1'], from: instant(T0 + HOUR), to: instant(T0 + 2 * HOUR) })).map((o) => o.id)).toEqual([made.id]);
      expect(await store.overrides.list({ from: instant(T0 + 9 * HOUR) })).toEqual([]);
      expect(await store.overrides.revoke(made.id, approvedBy, instant(T0 + HOUR))).toMatchObject({ revokedAt: T0 + HOUR });
      expect(await store.overrides.revoke(made.id, approvedBy, instant(T0 + 2 * HOUR))).toBeUndefined();
    });

    it('lists the operations an officer has a record on, not through a cancelled one', async () => {
      // A1's overtime record above is on OP-1; A2's only record (on no operation) was cancelled.
      expect((await store.operations.assignedTo('A1')).map((o) => o.id)).toEqual(['OP-1']);
      const [onSurge] = await store.duty.insertMany([shift('A2', 48, 8, { operationId: 'OP-2', role: 'pit-driver' })], instant(T0));
      expect((await store.operations.assignedTo('A2')).map((o) => o.id)).toEqual(['OP-2']);
      await store.duty.update(onSurge!.id, { status: 'cancelled' }, instant(T0));
      expect(await store.operations.assignedTo('A2')).toEqual([]);
    });

    it('decides a staffing proposal once, and staffs an operation once', async () => {
      const by = '6f1c1d1e-0000-4000-8000-000000000001';
      const member = {
        role: 'pit-driver',
        officerId: 'A1',
        name: 'Officer A1',
        recruit: false,
        veteran: true,
        score: 10,
        hoursPrior7Days: 10,
        overtimeHoursThisMonth: 0,
        warnings: [],
      };
      const result = { scope: 'unit' as const, policyVersion: 2, team: [member], unfilled: [], excluded: [], officersConsidered: 2, fullyChecked: 1 };
      const team = { members: [member], unfilled: [{ role: 'pit-driver', missing: 1, reason: 'no officer passes every gate for it' }] };
      const first = await store.proposals.insert({ operationId: 'OP-2', result, team, createdBy: by, createdAt: instant(T0) });
      const second = await store.proposals.insert({ operationId: 'OP-2', result, team, createdBy: by, createdAt: instant(T0 + 1) });
      expect(first).toEqual({ id: first.id, operationId: 'OP-2', status: 'proposed', result, team, createdBy: by, createdAt: T0 });
      const decidedTeam = { ...team, members: [{ ...member, dutyRecordId: 42 }] };
      const decision = { status: 'overridden' as const, team: decidedTeam, decidedBy: by, decidedAt: instant(T0 + HOUR), reason: 'A1 knows the area' };
      expect(await store.proposals.decide(first.id, decision)).toMatchObject({ status: 'overridden', team: decidedTeam, decidedAt: T0 + HOUR, reason: 'A1 knows the area' });
      expect(await store.proposals.decide(first.id, { ...decision, status: 'discarded' })).toBeUndefined();
      await expect(store.proposals.decide(second.id, { ...decision, status: 'accepted' })).rejects.toMatchObject({ code: 'operation.already-staffed' });
      expect(await store.proposals.decide(second.id, { ...decision, status: 'discarded' })).toMatchObject({ status: 'discarded' });
      expect((await store.proposals.forOperation('OP-2')).map((p) => [p.id, p.status])).toEqual([
        [first.id, 'overridden'],
        [second.id, 'discarded'],
      ]);
      expect(await store.proposals.get(999_999)).toBeUndefined();
      const third = await store.proposals.insert({ operationId: 'OP-2', result, team, createdBy: by, createdAt: instant(T0 + 2) });
      const summaries = await store.proposals.summaries(['OP-2', 'OP-NONE']);
      expect([...summaries]).toEqual([['OP-2', { proposals: 3, open: 1, decided: { id: first.id, status: 'overridden' } }]]);
      expect(third.status).toBe('proposed');
      expect((await store.proposals.summaries([])).size).toBe(0);
    });

    it('keeps a unit roster settings whole, replaced by the next save', async () => {
      const by = '6f1c1d1e-0000-4000-8000-000000000001';
      expect(await store.rosterSettings.get('north')).toBeUndefined();
      const templates = [{ id: 'N', startMinutes: 21 * 60, endMinutes: 7 * 60, kind: 'regular' as const }];
      const weeklyDemand = [{ template: 'N', weekday: 3, role: 'patrol', count: 2, requiredQualifications: ['firearms'] }];
      const saved = await store.rosterSettings.put({ unitId: 'north', templates, weeklyDemand, updatedAt: instant(T0) });
      expect(saved).toEqual({ unitId: 'north', templates, weeklyDemand, updatedAt: T0 });
      await store.rosterSettings.put({ unitId: 'north', templates, weeklyDemand: [], updatedAt: instant(T0 + HOUR), updatedBy: by });
      expect(await store.rosterSettings.get('north')).toEqual({ unitId: 'north', templates, weeklyDemand: [], updatedAt: T0 + HOUR, updatedBy: by });
      expect(await store.rosterSettings.get('south')).toBeUndefined();
    });

    it('moves a roster job through its statuses only from the expected ones', async () => {
      const by = '6f1c1d1e-0000-4000-8000-000000000001';
      const progress = { fraction: 0, elapsedMs: 0, steps: 0 };
      const job = { id: '0b7c3a52-0000-4000-8000-000000000001', unitId: 'north', from: 20_524, to: 20_530, options: { timeLimitSeconds: 10, seed: 1 }, progress, createdBy: by };
      const queued = await store.rosterJobs.insert({ ...job, status: 'queued', createdAt: instant(T0) });
      expect(queued).toEqual({ ...job, status: 'queued', createdAt: T0 });
      await store.rosterJobs.insert({ ...job, id: '0b7c3a52-0000-4000-8000-000000000002', status: 'queued', createdAt: instant(T0 + 1) });
      expect(await store.rosterJobs.update(job.id, { status: 'done' }, ['running'])).toBeUndefined();
      expect(await store.rosterJobs.update(job.id, { status: 'running' }, ['queued'])).toMatchObject({ status: 'running' });
      const half = { fraction: 0.5, elapsedMs: 5000, steps: 1200, best: { hard: 0, soft: 30 }, uncovered: 1 };
      expect((await store.rosterJobs.update(job.id, { progress: half }, ['running']))?.progress).toEqual(half);
      const result = { proposed: [{ officerId: 'A1' }], basis: ['1@2'] };
      const done = await store.rosterJobs.update(job.id, { status: 'done', result, finishedAt: instant(T0 + HOUR) }, ['running']);
      expect(done).toMatchObject({ status: 'done', result, finishedAt: T0 + HOUR, from: 20_524, to: 20_530 });
      expect((await store.rosterJobs.withStatus(['queued', 'running'])).map((j) => j.id)).toEqual(['0b7c3a52-0000-4000-8000-000000000002']);
      expect((await store.rosterJobs.list('north', 10)).map((j) => j.status)).toEqual(['queued', 'done']);
      expect(await store.rosterJobs.get('0b7c3a52-0000-4000-8000-000000000009')).toBeUndefined();
    });
  });
}
