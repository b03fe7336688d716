/**
 * How column values arrive in JavaScript, the same on PGlite and on a PostgreSQL server: a `date`
 * stays the text `YYYY-MM-DD` (a calendar day has no time zone; a Date would shift it by the
 * process's zone), `int8` and `numeric` become numbers (ids and hours stay far below 2^53).
 */
export const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  20: Number, // int8
  1700: Number, // numeric
  1082: (text) => text, // date
};
