// svg-to-pdfkit ships no types; this is the part of its documented API derek uses.
declare module 'svg-to-pdfkit' {
	export default function SVGtoPDF(
		doc: PDFKit.PDFDocument,
		svg: string,
		x?: number,
		y?: number,
		options?: {
			width?: number;
			height?: number;
			preserveAspectRatio?: string;
			/** Whether unitless lengths are points rather than px. */
			assumePt?: boolean;
			/** The name of a font registered with the document, for a family, weight and style. */
			fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
			warningCallback?: (message: string) => void;
		}
	): void;
}
