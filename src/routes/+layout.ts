// Every page is prerendered to plain HTML and ships no app: a page's one script, static/enhance.js,
// only unhides copy buttons and shows tooltips already in the HTML, and an embed's only reports its
// height. Pages load as fast as their HTML, and look the same with JavaScript off.
export const prerender = true;
export const csr = false;
export const trailingSlash = 'never';
