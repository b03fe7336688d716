/** A field office of the demo agency: where its units work and which zone their rosters use. */
export interface DemoFieldOffice {
  /** Short id, the prefix of its unit ids (`chi` → `chi-1`). */
  readonly id: string;
  readonly name: string;
  /** IANA zone of the office's wall-clock times. */
  readonly timeZone: string;
  /** Districts named in its operations ("Warrant service — North"). */
  readonly areas: readonly string[];
  /** Share of its officers certified in Spanish: highest on the border. */
  readonly spanishShare: number;
}

/**
 * The offices a demo agency can have, in the order they are used. Three zones with daylight saving
 * and Phoenix without it, so a demo shows both clock changes and a zone that never changes.
 */
export const DEMO_FIELD_OFFICES: readonly DemoFieldOffice[] = [
  { id: 'chi', name: 'Chicago', timeZone: 'America/Chicago', areas: ['North', 'South Side', 'West', 'Cargo District'], spanishShare: 0.3 },
  { id: 'elp', name: 'El Paso', timeZone: 'America/Denver', areas: ['Port of Entry', 'Northeast', 'Lower Valley', 'Downtown'], spanishShare: 0.7 },
  { id: 'nwk', name: 'Newark', timeZone: 'America/New_York', areas: ['Port Newark', 'Ironbound', 'North Ward', 'Airport'], spanishShare: 0.35 },
  { id: 'phx', name: 'Phoenix', timeZone: 'America/Phoenix', areas: ['Sky Harbor', 'West Valley', 'Maryvale', 'South Mountain'], spanishShare: 0.45 },
];
