/**
 * Which repository the desk saves to, from the curator build's environment. On a curator's own
 * computer the desk works on a clone through the browser ("Work with Local Repository"), which
 * needs a Git host named but never contacts it; a team sets the host it shares.
 */
import type { Backend } from '@sveltia/cms';

export interface DeskEnv {
	/** github, gitlab or gitea (default github for a shared repository, else a local-only placeholder). */
	ATLAS_DESK_BACKEND?: string;
	/** owner/name of the shared repository. */
	ATLAS_DESK_REPO?: string;
	ATLAS_DESK_BRANCH?: string;
	/** A self-hosted GitLab or Gitea: its address (e.g. https://git.museum.kz). */
	ATLAS_DESK_BASE_URL?: string;
	/** Its API root (e.g. https://git.museum.kz/api/v4). */
	ATLAS_DESK_API_ROOT?: string;
	ATLAS_DESK_APP_ID?: string;
}

export const PLACEHOLDER_REPO = 'museum/steppe-diplomacy-atlas';

/**
 * Without a shared repository the desk names a Gitea placeholder: working on the local clone
 * never contacts it, and unlike the GitHub and GitLab backends it checks no status page online.
 */
export function deskBackend(env: DeskEnv): Backend {
	const name = env.ATLAS_DESK_BACKEND ?? (env.ATLAS_DESK_REPO ? 'github' : 'gitea');
	if (name !== 'github' && name !== 'gitlab' && name !== 'gitea') {
		throw new Error(`ATLAS_DESK_BACKEND: expected github, gitlab or gitea; found "${name}"`);
	}
	return {
		name,
		repo: env.ATLAS_DESK_REPO || PLACEHOLDER_REPO,
		...(env.ATLAS_DESK_BRANCH && { branch: env.ATLAS_DESK_BRANCH }),
		...(env.ATLAS_DESK_BASE_URL && { base_url: env.ATLAS_DESK_BASE_URL }),
		...(env.ATLAS_DESK_API_ROOT && { api_root: env.ATLAS_DESK_API_ROOT }),
		...(env.ATLAS_DESK_APP_ID && { app_id: env.ATLAS_DESK_APP_ID })
	} as Backend;
}
