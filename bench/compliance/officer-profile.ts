import { type Rng, daysFromCivil, formatDay } from '@muster/kernel';

/** The rotations US agencies commonly run: 8-h 5 on/2 off, 10-h 4 on/3 off, 12-h Pitman 2-2-3. */
export type Rotation = 'eight' | 'ten' | 'twelve';
export type Team = 'day' | 'evening' | 'night';

/** Which days of a repeating cycle are work days (1), starting at cycle day 0. */
export const ROTATION_PATTERNS: Readonly<Record<Rotation, readonly number[]>> = {
  eight: [1, 1, 1, 1, 1, 0, 0],
  ten: [1, 1, 1, 1, 0, 0, 0],
  twelve: [1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0],
};

/** Shift length in minutes of wall-clock time (a night across a clock change is an hour off). */
export const SHIFT_MINUTES: Readonly<Record<Rotation, number>> = { eight: 480, ten: 600, twelve: 720 };

// Local start minutes of each team's shift; one is picked per officer. No start or end falls in
// 02:00–03:00, so no scheduled time can land in a spring-forward gap.
const START_MINUTES: Readonly<Record<Rotation, Readonly<Record<Team, readonly number[]>>>> = {
  eight: { day: [420], evening: [900], night: [1380] },
  ten: { day: [360, 420], evening: [840, 960], night: [1200, 1260] },
  twelve: { day: [360, 420], evening: [660], night: [1080, 1140] },
};

/** Zones and the cities whose units work in them, with the share of officers in each. */
const ZONES: readonly { zone: string; share: number; cities: readonly string[] }[] = [
  { zone: 'America/Chicago', share: 0.35, cities: ['Chicago', 'Dallas', 'Houston', 'Kansas City'] },
  { zone: 'America/New_York', share: 0.3, cities: ['Atlanta', 'Newark', 'Miami'] },
  { zone: 'America/Los_Angeles', share: 0.25, cities: ['Los Angeles', 'Seattle', 'Portland'] },
  { zone: 'America/Phoenix', share: 0.1, cities: ['Phoenix', 'Tucson'] },
];

const TRAINEES_HIRED_FROM = daysFromCivil(2025, 7, 1);
const VETERANS_HIRED_FROM = daysFromCivil(1992, 1, 1);
const VETERANS_HIRED_TO = daysFromCivil(2024, 12, 31);

const FIRST_NAMES =
  'Maria James Lena Dmitri Aisha Tom Grace Carlos Nina Samuel Priya Marcus Elena Kevin Rosa Andre Hannah Luis Keisha Patrick Mei Omar Julia Darnell Sofia Brian Fatima Victor Chloe Terrence Ana Wesley Lucia Jamal Erin Hector Zoe Raymond Imani Connor'.split(
    ' ',
  );
const LAST_NAMES =
  'Alvarez Okafor Fischer Sokolov Rahman Becker Kim Mendes Nguyen Johnson Patel Williams Garcia Brown Rodriguez Smith Jackson Lee Martinez Davis Thompson Walker Robinson Lewis Hernandez Clark Young Allen Wright Lopez Hill Scott Green Adams Baker Nelson Carter Mitchell Perez Turner'.split(
    ' ',
  );
const RANKS: readonly [string, number][] = [
  ['Officer', 0.6],
  ['Senior Officer', 0.15],
  ['Corporal', 0.08],
  ['Sergeant', 0.1],
  ['Lieutenant', 0.03],
  ['Officer Trainee', 0.04],
];

/** Everything the generator decides about one officer before laying out their year. */
export interface OfficerProfile {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly rank: string;
  /** `YYYY-MM-DD`. */
  readonly hireDate: string;
  readonly priorLeYears: number;
  readonly academyTrack: 'full' | 'abbreviated' | 'lateral';
  readonly zone: string;
  readonly rotation: Rotation;
  readonly team: Team;
  /** Local start of the officer's shift, in minutes after midnight. */
  readonly startMinute: number;
  /** Offset into the rotation pattern, so teams are staggered across the week. */
  readonly phase: number;
  /** On a rotating Pitman (12-h day and night teams) the start on alternate 28-day blocks. */
  readonly swapStartMinute: number | undefined;
  /** Multiplier of the base overtime rates: most officers near 1, a few far above. */
  readonly overtimeAppetite: number;
  /** Sergeants, lieutenants and investigators take on-call weeks with callbacks. */
  readonly onCallRota: boolean;
}

/** Decides officer number `index` (0-based) from `rng`. */
export function officerProfile(index: number, idWidth: number, rng: Rng): OfficerProfile {
  const id = `O-${String(index + 1).padStart(idWidth, '0')}`;
  const place = pickWeighted(
    rng,
    ZONES.map((z) => [z, z.share] as const),
  );
  const city = place.cities[rng.int(place.cities.length)]!;
  const rank = pickWeighted(rng, RANKS);
  const division = rng.next();
  const investigator = division < 0.06;
  const unit = investigator ? `${city} Investigations` : division < 0.12 ? `${city} Traffic` : division < 0.15 ? `${city} K9` : `${city} Patrol ${1 + rng.int(4)}`;
  const trackRoll = rng.next();
  const academyTrack = rank === 'Officer Trainee' ? (trackRoll < 0.4 ? 'abbreviated' : 'full') : trackRoll < 0.75 ? 'full' : trackRoll < 0.85 ? 'abbreviated' : 'lateral';
  const priorLeYears = academyTrack === 'lateral' ? 2 + rng.int(14) : rng.next() < 0.1 ? 1 + rng.int(3) : 0;
  // Trainees were hired in the second half of 2025; everyone else between 1992 and 2024.
  const hireDay = rank === 'Officer Trainee' ? TRAINEES_HIRED_FROM + rng.int(180) : VETERANS_HIRED_FROM + rng.int(VETERANS_HIRED_TO - VETERANS_HIRED_FROM + 1);
  const rotationRoll = rng.next();
  const rotation: Rotation = rotationRoll < 0.45 ? 'eight' : rotationRoll < 0.75 ? 'ten' : 'twelve';
  const teamRoll = rng.next();
  const team: Team = rotation === 'twelve' ? (teamRoll < 0.45 ? 'day' : teamRoll < 0.55 ? 'evening' : 'night') : teamRoll < 0.4 ? 'day' : teamRoll < 0.7 ? 'evening' : 'night';
  const starts = START_MINUTES[rotation][team];
  // Overtime appetite: exponential around 1, and 3 % of officers who take all they can get.
  const appetite = rng.next() < 0.03 ? 6 + rng.next() * 4 : Math.min(4, -Math.log(1 - rng.next() * 0.98));
  return {
    id,
    name: `${FIRST_NAMES[rng.int(FIRST_NAMES.length)]} ${LAST_NAMES[rng.int(LAST_NAMES.length)]}`,
    unit,
    rank,
    hireDate: formatDay(hireDay),
    priorLeYears,
    academyTrack,
    zone: place.zone,
    rotation,
    team,
    startMinute: starts[rng.int(starts.length)]!,
    phase: rng.int(ROTATION_PATTERNS[rotation].length),
    swapStartMinute: rotation === 'twelve' && team !== 'evening' && rng.next() < 0.3 ? START_MINUTES.twelve[team === 'day' ? 'night' : 'day'][0] : undefined,
    overtimeAppetite: appetite,
    onCallRota: investigator || rank === 'Sergeant' || rank === 'Lieutenant',
  };
}

/** The line of officers.csv for a profile (no field holds a comma or quote). */
export function officerCsvLine(p: OfficerProfile): string {
  return `${p.id},${p.name},${p.unit},${p.rank},${p.hireDate},${p.priorLeYears},${p.academyTrack},${p.zone}\n`;
}

export const OFFICERS_HEADER = 'officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone\n';

function pickWeighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  let u = rng.next();
  for (const [value, share] of options) {
    if (u < share) return value;
    u -= share;
  }
  return options[options.length - 1]![0];
}
