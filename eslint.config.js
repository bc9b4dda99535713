// @ts-check
/**
 * ESLint, run by `npm run lint` (part of `npm test`) with zero warnings allowed.
 * - TypeScript and the .mjs scripts get typescript-eslint's type-aware rules, through the same
 *   tsconfig that `astro check` uses.
 * - Islands get the hooks rules (Preact's hooks follow React's rules): hooks at the top level,
 *   and effect dependencies that are complete.
 * - .astro files get eslint-plugin-astro's recommended rules.
 * Formatting is Prettier's job (`npm run format:check`), so no rule here is about layout.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'coverage/',
      'bench/',
      'test-results/',
      'public/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_name` marks a value taken out on purpose (rest destructuring, unused parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Interfaces and type aliases both have their place: object shapes vs unions.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // Template literals with numbers are how counts are written into messages.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.tsx', 'src/components/**/*.ts'],
    // The plugin's own types describe its legacy configs too, which ESLint's Plugin type rejects.
    plugins: { 'react-hooks': /** @type {import('eslint').ESLint.Plugin} */ (reactHooks) },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Scripts, the bench and the site tests report to the terminal.
    files: ['scripts/**', 'tests/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    // A JSDoc cast (`/** @type {T} */ (JSON.parse(…))`) is how plain JS narrows `any`, and
    // typescript-eslint cannot see it (it drops the parentheses that carry the cast).
    files: ['scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Tests read back what the code saved (JSON.parse of localStorage, page.evaluate) and then
    // assert its shape; typing every such read would only restate the assertion.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  ...astro.configs.recommended,
);
