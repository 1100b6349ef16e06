import { error } from '@sveltejs/kit';

// Any other path under a language is "not found"; the browser then keeps the header and language.
export const load = () => error(404, 'Not found');
