/** Text made safe inside an XML or HTML element or a double-quoted attribute. */
export const escapeXml = (s: string): string =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
