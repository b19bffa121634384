// The data's one schema: what every data file may hold. The types of the data
// (src/lib/data/types.ts) are inferred from it; checks between records are in ../checks.ts.
export { articleSchema } from './article';
export { chartSchema, routeSchema, waypointSchema } from './chart';
export { factSchema, inferenceSchema } from './fact';
export { notChartedSchema } from './not-charted';
export { attributionSchema } from './shared';
export { siteSchema } from './site';
export { statementSchema } from './statement';
