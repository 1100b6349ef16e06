/**
 * The curator's desk: Sveltia CMS with the configuration generated from the content schema
 * (config.json beside this page, see vite.config.ts beside it) and the event preview drawn with the
 * site's own components and styles.
 */
import CMS, { type CmsConfig } from '@sveltia/cms';
import siteStyles from '$lib/styles/global.css?url';
import { eventPreviewTemplate, type DeskGlobals } from '$lib/desk/preview';

const config = (await (await fetch('./config.json')).json()) as CmsConfig;
CMS.registerPreviewStyle(new URL(siteStyles, window.location.href).href);
CMS.registerPreviewTemplate('events', eventPreviewTemplate(window as unknown as DeskGlobals) as never);
await CMS.init({ config });
