import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Pure packages take the clock, randomness and I/O as parameters; these globals would hide them.
const ambientGlobals = ['process', 'console', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'performance'].map((name) => ({
  name,
  message: `Pure packages do not use ambient "${name}": take it as a parameter (Clock, Rng, a sink) instead.`,
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'coverage/**', '.tmp/**', 'bench/**/out/**', 'apps/web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    files: ['packages/kernel/src/**', 'packages/fatigue/src/**', 'packages/domain/src/**', 'packages/optimizer/src/**'],
    rules: {
      'no-restricted-globals': ['error', ...ambientGlobals],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Pure packages take a Clock instead of Date.now().' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure packages take a Clock instead of new Date().' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Pure packages take a seeded Rng instead of Math.random().' },
      ],
    },
  },
);
