import { type Operation, type OperationRole, type Policy, RISK_TIERS, type RiskTier } from '@muster/domain';
import { MS_PER_HOUR, type DayNumber, type Instant, type Rng, timeZone } from '@muster/kernel';
import type { DemoFieldOffice } from './demo-field-offices.ts';
import { localInstant } from './local-instant.ts';
import { OPERATION_TEMPLATES } from './operation-templates.ts';
import { pickOne } from './pick-one.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/** How far ahead operations are planned, in days after `today`. */
const PLANNING_DAYS = 14;
/** Roles whose officers drive (pursuit, PIT): only certified drivers may fill them. */
const DRIVING_ROLES = new Set(['driver', 'pit-driver']);
/** The role that leads a team: never a recruit. */
const LEAD_ROLE = 'team-lead';

/**
 * Three to five operations in the `offices`, on different days within the next 14 days after
 * `today`, sorted by start. The first four take the four risk tiers in a random order, so a demo
 * always spreads from low to critical; a fifth takes any tier. Each role requires exactly the
 * qualifications `policy.roles` sets for it.
 */
export function demoOperations(offices: readonly DemoFieldOffice[], policy: Policy, today: DayNumber, rng: Rng): Operation[] {
  const count = 3 + rng.int(3);
  const tiers: RiskTier[] = shuffleInPlace([...RISK_TIERS], rng);
  while (tiers.length < count) tiers.push(pickOne(RISK_TIERS, rng));
  const days = shuffleInPlace(
    Array.from({ length: PLANNING_DAYS }, (_, i) => today + 1 + i),
    rng,
  );
  const operations = tiers.slice(0, count).map((tier, i): Operation => {
    const template = pickOne(
      OPERATION_TEMPLATES.filter((t) => t.riskTier === tier),
      rng,
    );
    const office = pickOne(offices, rng);
    const start = localInstant(timeZone(office.timeZone), days[i]!, template.startMinutes);
    return {
      id: '',
      name: `${template.kind} — ${pickOne(office.areas, rng)}`,
      start,
      end: (start + template.hours * MS_PER_HOUR) as Instant,
      riskTier: tier,
      roles: Object.entries(template.roles).map(([role, roleCount]) => roleOf(role, roleCount, policy)),
      timeZone: office.timeZone,
    };
  });
  return operations.sort((a, b) => a.start - b.start).map((operation, i) => ({ ...operation, id: `OP-${String(i + 1).padStart(2, '0')}` }));
}

function roleOf(role: string, count: number, policy: Policy): OperationRole {
  const requiredQualifications = [...(policy.roles[role] ?? [])];
  return {
    role,
    count,
    requiredQualifications,
    ...(role === LEAD_ROLE ? { lead: true } : {}),
    ...(DRIVING_ROLES.has(role) ? { driving: true } : {}),
  };
}
