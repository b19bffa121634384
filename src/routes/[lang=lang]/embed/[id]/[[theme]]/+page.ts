// An embed is plain HTML and CSS plus one tiny script that reports its height to the host page:
// no app to download, so it shows at once in any page, with or without JavaScript.
export const csr = false;
