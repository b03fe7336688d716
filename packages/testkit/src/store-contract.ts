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
  });
}
