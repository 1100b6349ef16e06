/**
 * The curator's desk (/admin/): a separate app, never part of the public build or the kiosk's
 * offline copy. `npm run admin` serves it on 127.0.0.1; `npm run build:curator` writes it to
 * build-curator/admin/ beside a copy of the site. Its configuration is generated from the
 * content schema each time it is served or built.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { defineConfig, type Plugin } from 'vite';
import type * as DeskConfig from '../lib/desk/config';
import type * as DeskBackend from '../lib/desk/backend';

// Through tsx, which resolves $lib from tsconfig: Vite loads its own config without its aliases,
// and the content schema behind the desk's form imports other folders as $lib/ (the layer rule).
const load = <T>(file: string): Promise<T> => tsImport(new URL(file, import.meta.url).href, import.meta.url);
const { deskConfig } = await load<typeof DeskConfig>('../lib/desk/config.ts');
const { deskBackend } = await load<typeof DeskBackend>('../lib/desk/backend.ts');

const configJson = () => JSON.stringify(deskConfig({ backend: deskBackend(process.env) }), null, '\t');

function deskConfigFile(): Plugin {
	return {
		name: 'atlas-desk-config',
		configureServer(server) {
			server.middlewares.use('/admin/config.json', (_req, res) => {
				res.setHeader('Content-Type', 'application/json');
				res.end(configJson());
			});
		},
		generateBundle() {
			this.emitFile({ type: 'asset', fileName: 'config.json', source: configJson() });
		}
	};
}

export default defineConfig({
	root: path.resolve('src/desk'),
	base: '/admin/',
	publicDir: false,
	plugins: [
		svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { css: 'injected' } }),
		deskConfigFile()
	],
	resolve: { alias: { $lib: path.resolve('src/lib') } },
	build: {
		outDir: path.resolve(process.env.ATLAS_DESK_OUT ?? 'build-curator/admin'),
		emptyOutDir: true,
		target: 'es2022',
		chunkSizeWarningLimit: 20_000
	},
	server: { host: '127.0.0.1', port: 5174, strictPort: false, open: '/admin/' }
});
