import type { Rng } from '@muster/kernel';
import { shuffleInPlace } from './shuffle-in-place.ts';

// Invented combinations of given names and surnames, chosen so no pairing names a well-known
// person. 48 × 48 = 2 304 distinct names before any repeats.
const FIRST_NAMES = (
  'Adela Amir Anika Bernard Brianna Caleb Carmen Dalia Darius Desmond Elif Esteban Farah Gideon Greta Hollis ' +
  'Imelda Ines Joaquin Juniper Kendra Kofi Lorena Lucian Marisol Mateo Nadia Nolan Odessa Orlando Paloma Quentin ' +
  'Renata Rohan Sabine Silas Tamsin Teodoro Ursula Valeria Vikram Wendell Ximena Yusuf Yvette Zaid Zora Emeka'
).split(' ');
const LAST_NAMES = (
  'Abernathy Achterberg Balderas Brannigan Castellanos Corrigan Dabrowski Delacroix Ellsworth Escobedo Fairbanks ' +
  'Galindo Halvorsen Ibarra Jaramillo Kowalczyk Lindqvist Mbeki-Rowe Navarrete Okonkwo Ostrowski Pettigrew Quintanilla ' +
  'Rasmussen Saldivar Szabo Thibodeaux Trujillo Umberger Valdivia Vanterpool Whitcombe Yamashiro Zelenko Arceneaux ' +
  'Birkeland Cienfuegos Dunleavy Esparza Featherstone Gallardo Hollingsworth Iwasaki Kettleman Laramie Montalvo Nakagawa Oyelaran'
).split(' ');

/**
 * `count` plausible, invented officer names ("Marisol Castellanos"), all different while
 * `count` ≤ 2 304 (then they repeat), in an order drawn from `rng`.
 */
export function officerNames(count: number, rng: Rng): string[] {
  const combinations = FIRST_NAMES.length * LAST_NAMES.length;
  const order = shuffleInPlace(
    Array.from({ length: combinations }, (_, i) => i),
    rng,
  );
  return Array.from({ length: count }, (_, i) => {
    const combination = order[i % combinations]!;
    return `${FIRST_NAMES[combination % FIRST_NAMES.length]!} ${LAST_NAMES[Math.floor(combination / FIRST_NAMES.length)]!}`;
  });
}
