import fc from 'fast-check';

// Property tests are deterministic by default, so CI is reproducible; set FC_SEED to explore other
// inputs (a failure prints the seed and path that replay it).
const seed = process.env['FC_SEED'] === undefined ? 20_261_121 : Number(process.env['FC_SEED']);
fc.configureGlobal({ seed });
