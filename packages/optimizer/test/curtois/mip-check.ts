import type { MipModel } from '../../src/mip/mip-model.ts';

/** Rows and columns of `mip` that `values` break (beyond `tolerance`), as readable strings. */
export function broken(mip: MipModel, values: Float64Array, tolerance = 1e-9): string[] {
  const out: string[] = [];
  for (let j = 0; j < mip.numCols; j++) {
    const v = values[j]!;
    if (v < mip.colLower[j]! - tolerance || v > mip.colUpper[j]! + tolerance) out.push(`column ${j} = ${v} outside its bounds`);
    if (mip.integer[j] === 1 && Math.abs(v - Math.round(v)) > tolerance) out.push(`column ${j} = ${v} not integer`);
  }
  for (let i = 0; i < mip.numRows; i++) {
    let activity = 0;
    for (let k = mip.rowStart[i]!; k < mip.rowStart[i + 1]!; k++) activity += mip.rowValue[k]! * values[mip.rowIndex[k]!]!;
    if (activity < mip.rowLower[i]! - tolerance || activity > mip.rowUpper[i]! + tolerance) out.push(`row ${i}: ${activity} outside [${mip.rowLower[i]}, ${mip.rowUpper[i]}]`);
  }
  return out;
}

/** The objective of `values`, offset included. */
export const objectiveOf = (mip: MipModel, values: Float64Array): number => mip.colCost.reduce((sum, c, j) => sum + c * values[j]!, mip.offset);
