import { type Clock, timeZone } from '@muster/kernel';
import { auditEntry } from '../audit/audit-write.ts';
import { hashPassword } from '../auth/scrypt-password.ts';
import { demoRosterSettings } from '../demo/demo-roster-settings.ts';
import { type DemoAgencyOptions, generateDemoAgency } from '../demo/generate-demo-agency.ts';
import type { Store } from '../ports/store.ts';
import { ROLES } from '../ports/user-store.ts';
import { DEMO_EMAIL_DOMAIN, type DemoAccount, demoAccounts } from './demo-accounts.ts';

export interface DemoSeedOptions {
  /** The password every demo account shares (MUSTER_DEMO_PASSWORD). */
  readonly password: string;
  readonly seed?: number;
  /** The agency's size and shape (the generator's defaults: 600 officers, 3 offices of 2 teams). */
  readonly shape?: Pick<DemoAgencyOptions, 'officers' | 'fieldOffices' | 'unitsPerOffice' | 'historyWeeks' | 'futureWeeks'>;
  /** The zone whose calendar day is "today" for the generated history. */
  readonly timeZone?: string;
}

export interface DemoSeedResult {
  readonly seeded: boolean;
  readonly accounts: readonly DemoAccount[];
  readonly counts?: { readonly officers: number; readonly dutyRecords: number; readonly qualifications: number; readonly operations: number };
}

/**
 * Loads the demo agency into an empty database (one transaction: all of it or none) and creates
 * the demo accounts. A database that already has officers is left as it is.
 */
export async function seedDemoAgency(store: Store, clock: Clock, options: DemoSeedOptions): Promise<DemoSeedResult> {
  if ((await store.officers.count()) > 0) {
    const users = await Promise.all(ROLES.map((role) => store.users.byEmail(`${role}@${DEMO_EMAIL_DOMAIN}`)));
    return {
      seeded: false,
      accounts: users
        .filter((u) => u !== undefined)
        .map((u) => ({ email: u.email, role: u.role, unitIds: u.unitIds, ...(u.officerId === undefined ? {} : { officerId: u.officerId }) })),
    };
  }
  const zone = timeZone(options.timeZone ?? 'America/Chicago');
  const now = clock.now();
  const agency = generateDemoAgency({ seed: options.seed ?? 2026, today: zone.localDayOf(now), ...options.shape });
  const accounts = demoAccounts(agency.units, agency.officers);
  const passwordHash = await hashPassword(options.password);
  await store.transaction(async (tx) => {
    await tx.units.insertMany(agency.units);
    await tx.officers.upsertMany(agency.officers);
    await tx.qualifications.insertMany(agency.qualifications);
    await tx.operations.insertMany(agency.operations);
    for (const settings of demoRosterSettings(agency.units, agency.officers, now)) await tx.rosterSettings.put(settings);
    await tx.duty.insertMany(
      agency.dutyRecords.map((r) => ({ ...r, status: 'published' as const })),
      now,
    );
    for (const [i, account] of accounts.entries()) {
      await tx.users.insert({ id: `de000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, passwordHash, createdAt: now, ...account });
    }
    await tx.audit.append([
      auditEntry(undefined, now, 'demo.seed', 'agency', 'demo', undefined, {
        units: agency.units.length,
        officers: agency.officers.length,
        dutyRecords: agency.dutyRecords.length,
        qualifications: agency.qualifications.length,
        operations: agency.operations.length,
        accounts: accounts.map((a) => a.email),
      }),
    ]);
  });
  return {
    seeded: true,
    accounts,
    counts: { officers: agency.officers.length, dutyRecords: agency.dutyRecords.length, qualifications: agency.qualifications.length, operations: agency.operations.length },
  };
}
