import highsLoader, { type Highs } from 'highs';
import type { MipModel, MipResult, MipSolveOptions, MipSolver } from '../src/mip/mip-model.ts';

const MODEL_STATUS_OPTIMAL = 7;
const MODEL_STATUS_INFEASIBLE = 8;
const SOLUTION_STATUS_FEASIBLE = 2;

/**
 * The HiGHS MIP solver (WebAssembly build from npm) behind the pure core's MipSolver interface.
 * Loading compiles the WebAssembly module once (about 0.1 s); each solve then runs synchronously
 * on the calling thread, one model at a time.
 */
export async function loadHighsSolver(): Promise<MipSolver> {
  const highs = await highsLoader();
  return { solve: (model, options) => solveWith(highs, model, options) };
}

function solveWith(highs: Highs, model: MipModel, options: MipSolveOptions): MipResult {
  const started = performance.now();
  const infinity = highs.infinity;
  const finite = (values: Float64Array): Float64Array => values.map((v) => (v === Infinity ? infinity : v === -Infinity ? -infinity : v));
  return highs.withModel(
    {
      numCols: model.numCols,
      numRows: model.numRows,
      offset: model.offset,
      colCost: model.colCost,
      colLower: finite(model.colLower),
      colUpper: finite(model.colUpper),
      rowLower: finite(model.rowLower),
      rowUpper: finite(model.rowUpper),
      integrality: Int32Array.from(model.integer),
      matrix: { format: 'csr', numRows: model.numRows, numCols: model.numCols, starts: model.rowStart, indices: model.rowIndex, values: model.rowValue },
    },
    (m): MipResult => {
      m.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, random_seed: options.seed ?? 0, mip_rel_gap: 0 });
      if (options.start) m.setSolution({ colValue: options.start });
      m.run();
      const status = m.getModelStatus();
      const seconds = (performance.now() - started) / 1000;
      if (status === MODEL_STATUS_INFEASIBLE) return { status: 'infeasible', seconds };
      const primal = Number(m.info.get('primal_solution_status'));
      if (primal !== SOLUTION_STATUS_FEASIBLE) return { status: 'no-solution', seconds };
      const values = Float64Array.from(m.getSolution().colValue);
      return { status: status === MODEL_STATUS_OPTIMAL ? 'optimal' : 'feasible', values, objective: m.getObjectiveValue(), seconds };
    },
  );
}
