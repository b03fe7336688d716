// Imports go downward only: kernel ← fatigue ← domain ← optimizer ← services ← persistence ← apps.
// `contracts` imports only zod and is imported only by apps; `testkit` is for tests only.
const layers = ['kernel', 'fatigue', 'domain', 'optimizer', 'services', 'persistence'];

const upward = layers.map((layer, i) => ({
  name: `${layer}-imports-downward-only`,
  comment: `${layer} may import only the layers below it`,
  severity: 'error',
  from: { path: `^packages/${layer}/src/` },
  to: { path: `^(packages/(${layers.slice(i + 1).join('|')}|testkit|contracts)/|apps/)` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
    {
      name: 'pure-packages-do-no-io',
      comment: 'kernel, fatigue, domain and optimizer are pure: no node built-ins (fs, net, process …)',
      severity: 'error',
      from: { path: '^packages/(kernel|fatigue|domain|optimizer)/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'testkit-only-in-tests',
      severity: 'error',
      from: { path: '^(packages|apps)/[^/]+/src/', pathNot: '^packages/testkit/' },
      to: { path: '^packages/testkit/' },
    },
    {
      name: 'contracts-only-zod',
      severity: 'error',
      from: { path: '^packages/contracts/' },
      to: { dependencyTypes: ['npm'], pathNot: 'node_modules/zod/' },
    },
    {
      name: 'contracts-only-for-apps',
      severity: 'error',
      from: { path: '^packages/', pathNot: '^packages/contracts/' },
      to: { path: '^packages/contracts/' },
    },
    {
      name: 'no-apps-from-packages',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/out/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'], extensions: ['.ts', '.js'] },
  },
};
