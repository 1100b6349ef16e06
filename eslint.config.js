import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layer rule (CONTRIBUTING.md): which folders of src/lib each folder may import, besides
 * itself. `domain` ← `content` ← `state` ← views (`timeline`, `map`) ← `modes` ← routes;
 * `i18n`, `styles` and `citations` sit low and import only `domain`; `components` (shared
 * UI) sit between the state and the views. `paraglide` is i18n's compiled catalogue.
 */
const LAYERS = {
	domain: [],
	i18n: ['domain', 'paraglide'],
	styles: ['domain'],
	site: [],
	offline: [],
	citations: ['domain'],
	content: ['domain', 'i18n', 'paraglide', 'styles', 'citations'],
	state: ['domain', 'content', 'i18n', 'paraglide', 'styles', 'citations'],
	components: ['domain', 'content', 'state', 'i18n', 'paraglide', 'styles', 'citations', 'site'],
	timeline: ['domain', 'content', 'state', 'i18n', 'paraglide', 'styles', 'citations', 'components'],
	map: ['domain', 'content', 'state', 'i18n', 'paraglide', 'styles', 'citations', 'components'],
	relations: ['domain', 'content', 'state', 'i18n', 'paraglide', 'styles', 'citations', 'components'],
	modes: [
		'domain',
		'content',
		'state',
		'i18n',
		'paraglide',
		'styles',
		'citations',
		'components',
		'timeline',
		'map',
		'relations'
	]
};
const FOLDERS = [...Object.keys(LAYERS), 'paraglide'];
/** Shared UI may use the content model's types and text picking, never its loader. */
const COMPONENTS_FROM_CONTENT = ['types', 'localize'];
/** How deep below its layer folder a file may sit (modes/kiosk/x.svelte is depth 1). */
const MAX_DEPTH = 3;

function layerRules(folder) {
	const denied = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
	const patterns = (depth) => [
		...(denied.length
			? [
					{
						regex: `^\\$lib/(${denied.join('|')})(/|$)`,
						message: `The layer rule (CONTRIBUTING.md): ${folder} may import only ${
							LAYERS[folder].filter((f) => f !== 'paraglide').join(', ') || 'nothing else in src/lib'
						}.`
					}
				]
			: []),
		{
			// A path that climbs out of the folder hides which layer it reaches.
			regex: `^(\\./)?(\\.\\./){${depth + 1},}`,
			message: `Import another folder of src/lib as $lib/…, not by a relative path (CONTRIBUTING.md).`
		},
		...(folder === 'components'
			? [
					{
						regex: `^\\$lib/content/(?!(${COMPONENTS_FROM_CONTENT.join('|')})$)`,
						message: `The layer rule (CONTRIBUTING.md): components may import from content only its types and localize.`
					}
				]
			: [])
	];
	return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
		files: [`src/lib/${folder}/${'*/'.repeat(depth)}*`],
		rules: { 'no-restricted-imports': ['error', { patterns: patterns(depth) }] }
	}));
}

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
			'tests/e2e/screenshots/',
			// Files that break the layer rule on purpose; tests/unit/layers.test.ts lints them.
			'tests/fixtures/layers/'
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
			// Links are built from typed path helpers (i18n/paths.ts); SvelteKit's resolve() adds nothing here.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	...Object.keys(LAYERS).flatMap(layerRules),
	{
		// Small files with names that explain themselves (CONTRIBUTING.md): split a file before it passes 300 lines.
		files: ['src/lib/**/*.{ts,js,svelte}', 'routes/**/*.{ts,js,svelte}'],
		rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] }
	},
	{
		// {@html} only where the HTML was made safe at build time; each such line says why.
		files: ['**/*.svelte'],
		rules: { 'svelte/no-at-html-tags': 'error' }
	}
);
