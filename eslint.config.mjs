import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import boundaries from 'eslint-plugin-boundaries'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off'
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // The renderer meets the core only through the contract, and only its types.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'electron', 'lowdb', 'openai', 'node:*'],
              message: 'The renderer talks to the core only through the contract.'
            },
            {
              group: ['@shared/api/contract', '**/shared/api/contract'],
              allowTypeImports: true,
              message: 'Import the contract with `import type` only.'
            }
          ]
        }
      ]
    }
  },
  {
    // VS Code-style layering: the core is plain Node and never sees Electron.
    files: ['src/main/core/**/*.ts', 'src/main/web/**/*.ts', 'src/main/web.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'src/main/core must stay free of Electron (DESIGN.md).' }] }
      ]
    }
  },
  {
    // The core's rooms (docs/architecture.md): base <- store <- features <- app, never upward.
    // Tests and testing/ helpers sit above every room, so the rule reads product files only.
    files: ['src/main/core/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testing/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.d.ts'] } },
      'boundaries/include': ['src/main/core/**/*'],
      'boundaries/elements': [
        { type: 'base', pattern: 'src/main/core/base' },
        { type: 'store', pattern: 'src/main/core/store' },
        { type: 'feature', pattern: 'src/main/core/features/*', capture: ['room'] },
        { type: 'app', pattern: 'src/main/core/app' }
      ]
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'base' } }, allow: { to: { element: { type: 'base' } } } },
            { from: { element: { type: 'store' } }, allow: { to: { element: { type: ['base', 'store'] } } } },
            { from: { element: { type: 'feature' } }, allow: { to: { element: { type: ['base', 'store', 'feature'] } } } },
            { from: { element: { type: 'app' } }, allow: { to: { element: { type: ['base', 'store', 'feature', 'app'] } } } }
          ]
        }
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src/main/core must stay free of Electron (DESIGN.md).' }],
          patterns: [{ group: ['**/testing', '**/testing/**', '**/*.test'], message: 'Product code never imports test helpers.' }]
        }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared imports nobody.' }],
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared imports nobody.' }]
        }
      ]
    }
  }
)
