/** A team of officers scheduled together, in a field office, with the zone its wall-clock times use. */
export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly fieldOffice: string;
  /** IANA zone of the unit's rosters, e.g. `America/Chicago`. */
  readonly timeZone: string;
}
