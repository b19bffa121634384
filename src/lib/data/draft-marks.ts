// Whether a chart is a draft: its record, or a fact it draws, lists fields a person has still to
// write (./schema/draft.ts). A draft chart says "draft, not reviewed" wherever it goes.
import type { Chart } from './types';

export const isDraftChart = (chart: Pick<Chart, 'draft' | 'facts'>): boolean =>
	chart.draft !== undefined || chart.facts.some((f) => f.draft !== undefined);
