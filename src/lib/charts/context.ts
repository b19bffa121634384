import { getLayerCakeContext } from 'layercake';

/**
 * The chart's layout as its top component shares it with the layers through LayerCake's context.
 * Returns a getter, so layers stay reactive when the container's width changes.
 */
export function chartLayout<T>(): () => T {
	const k = getLayerCakeContext();
	return () => (k.custom as { layout: T }).layout;
}

/** Whether the chart's marks are focusable, with their provenance (on a page, not in a file). */
export function chartInteractive(): () => boolean {
	const k = getLayerCakeContext();
	return () => (k.custom as { interactive?: boolean }).interactive === true;
}
