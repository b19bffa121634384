// A plain page that forwards: it needs no app.
export const csr = false;
