import { DEFAULT_POLICY, type DutyRecord, type Officer, type OfficerQualification, type Operation, type Unit } from '@muster/domain';
import { type DayNumber, SeededRng } from '@muster/kernel';
import { addRoutineExtras } from './add-routine-extras.ts';
import { DEMO_FIELD_OFFICES } from './demo-field-offices.ts';
import { demoOfficers } from './demo-officers.ts';
import { demoOperations } from './demo-operations.ts';
import type { DemoRange } from './demo-range.ts';
import { grantQualifications } from './grant-qualifications.ts';
import { layOfficerSchedule } from './officer-schedule.ts';
import { plantHotSpots } from './plant-hot-spots.ts';
import { replaceWithTraining } from './replace-with-training.ts';

/** What demo agency to generate. */
export interface DemoAgencyOptions {
  /** Seed of the only source of randomness: the same options give the same agency. */
  readonly seed: number;
  /** The demo's "now": a local calendar day (days since 1970-01-01) in every unit's zone. */
  readonly today: DayNumber;
  /** Officers in the agency (default 600). */
  readonly officers?: number;
  /** Field offices, 1 … 4 (default 3: Chicago, El Paso, Newark; then Phoenix). */
  readonly fieldOffices?: number;
  /** Teams per field office (default 2). */
  readonly unitsPerOffice?: number;
  /** Weeks of worked history before `today` (default 8). */
  readonly historyWeeks?: number;
  /** Weeks of published roster from `today` on (default 2). */
  readonly futureWeeks?: number;
}

/** A generated agency, in the domain's types, ready to import, check or show. */
export interface DemoAgency {
  readonly units: Unit[];
  readonly officers: Officer[];
  /** Each officer's current grant per qualification held; some expired, many expiring soon. */
  readonly qualifications: OfficerQualification[];
  /** Sorted by officer id, then start. */
  readonly dutyRecords: DutyRecord[];
  /** Upcoming operations, sorted by start. */
  readonly operations: Operation[];
}

const DEFAULTS = { officers: 600, fieldOffices: 3, unitsPerOffice: 2, historyWeeks: 8, futureWeeks: 2 } as const;

/**
 * Generates a realistic demo agency: teams in field offices with real time zones, a workforce of
 * veterans, lateral hires and a surge of recruits, their qualifications, weeks of worked duty
 * (10-h shifts on a 4-on/3-off forward rotation, with overtime, holdovers, court and training)
 * and a published roster, plus operations to staff. Most officers are compliant with the default
 * policy; a few carry the hot spots it flags (long days, quick returns, five nights in a row,
 * heavy overtime, cancelled days off). Pure: randomness comes only from a `SeededRng` of `seed`.
 */
export function generateDemoAgency(options: DemoAgencyOptions): DemoAgency {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  validate(settings, options);
  const rng = new SeededRng(options.seed);
  const offices = DEMO_FIELD_OFFICES.slice(0, settings.fieldOffices);
  const units: Unit[] = offices.flatMap((office) =>
    Array.from({ length: settings.unitsPerOffice }, (_, i) => ({
      id: `${office.id}-${i + 1}`,
      name: `${office.name} Team ${i + 1}`,
      fieldOffice: office.name,
      timeZone: office.timeZone,
    })),
  );
  const range: DemoRange = { historyFrom: options.today - settings.historyWeeks * 7, today: options.today, futureTo: options.today + settings.futureWeeks * 7 - 1 };
  const plans = demoOfficers(units, settings.officers, options.today, rng);
  const spanishShareByUnit = new Map(units.map((unit) => [unit.id, offices.find((office) => office.name === unit.fieldOffice)!.spanishShare]));
  const qualifications = grantQualifications(plans, DEFAULT_POLICY.qualifications, (unitId) => spanishShareByUnit.get(unitId) ?? 0, options.today, rng);
  const schedules = plans.map((plan) => layOfficerSchedule(plan, range));
  for (const schedule of schedules) replaceWithTraining(schedule, range, rng);
  const heavyOvertime = plantHotSpots(schedules, range, rng);
  for (const schedule of schedules) addRoutineExtras(schedule, range, rng, !heavyOvertime.has(schedule.plan.officer.id));
  return {
    units,
    officers: plans.map((plan) => plan.officer),
    qualifications,
    dutyRecords: schedules.flatMap((schedule) => schedule.ledger.records),
    operations: demoOperations(offices, DEFAULT_POLICY, options.today, rng),
  };
}

type Settings = { [K in keyof typeof DEFAULTS]: number };

// Optional options left out or set to undefined both take the default.
function definedOnly(options: DemoAgencyOptions): Partial<Settings> {
  return Object.fromEntries(Object.entries(options).filter(([key, value]) => value !== undefined && key in DEFAULTS));
}

function validate(settings: Settings, options: DemoAgencyOptions): void {
  if (!Number.isInteger(options.today)) {
    throw new RangeError(`Demo option today must be a day number (days since 1970-01-01), got ${options.today}. Maybe use daysFromCivil(2026, 3, 20)?`);
  }
  if (!Number.isFinite(options.seed)) throw new RangeError(`Demo option seed must be a finite number, got ${options.seed}. Maybe use 1?`);
  const whole = (name: keyof Settings, min: number, max: number): void => {
    const value = settings[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`Demo option ${name} must be a whole number from ${min} to ${max}, got ${value}. Maybe leave it out to use ${DEFAULTS[name]}?`);
    }
  };
  whole('officers', 1, 100_000);
  whole('fieldOffices', 1, DEMO_FIELD_OFFICES.length);
  whole('unitsPerOffice', 1, 20);
  whole('historyWeeks', 0, 104);
  whole('futureWeeks', 0, 52);
}
