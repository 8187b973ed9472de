import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        self: 'readonly', navigator: 'readonly', localStorage: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly',
        URL: 'readonly', Blob: 'readonly', Worker: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'error',
    },
  },
  {
    // TypeScript already reports undefined names (DOM types like HTMLElement included);
    // typescript-eslint recommends turning the core rule off for TS and Vue files.
    files: ['**/*.ts', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Architecture rule (DESIGN.md §2.6): the domain is plain TypeScript.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'pinia', '@vue-flow/*', '@codemirror/*', '@/stores/*', '@/features/*', '../stores/*', '../features/*'] }],
    },
  },
  prettier,
)
