// The public address the site is deployed at, for the permanent links that exports and citations
// carry. Set DEREK_SITE_URL when building for a host; the default is what `npm start` serves.
export const SITE_URL = (process.env.DEREK_SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');
