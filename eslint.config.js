import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'src/lib/paraglide/',
			'node_modules/',
			'.bench/',
			'tests/e2e/screenshots/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Bodies are validated at build time (content/body.ts) before they are shown as HTML.
			'svelte/no-at-html-tags': 'off',
			// Links are built from typed path helpers (i18n/paths.ts); SvelteKit's resolve() adds nothing here.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
