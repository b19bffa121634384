// The names of the chart types, with no imports: the data's schema takes its picklist from
// here, and the registry keys its entries by it (Record<ChartType, …>), so the two cannot drift.
// The schema must not import the registry itself: the registry's layouts take the data's types,
// which are inferred from the schema, and TypeScript cannot infer a type from itself.

/** Every chart type derek draws, in the registry's order. */
export const CHART_TYPES = ['bars', 'change', 'units', 'waffle', 'route-map'] as const;

/** A chart type's name, as charts.json gives it. */
export type ChartType = (typeof CHART_TYPES)[number];
