/** The parts of citation-js the atlas uses (the packages ship no types). */
declare module '@citation-js/core' {
	interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
	}
	export const plugins: {
		config: {
			get(plugin: '@csl'): { templates: Register<string>; styles: Register<string>; locales: Register<string> };
			get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; asciiOnly: boolean; checkLabel: boolean } };
		};
	};
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string;
	}
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
