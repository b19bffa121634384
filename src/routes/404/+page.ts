// Static hosts serve build/404.html for any unknown address, at any depth. It is plain HTML:
// hydrating it there would make the router treat the unknown address as a page.
export const csr = false;
