// The dataset's own texts (labels, periods, notes, titles, translations) typeset once, when it is
// loaded, so every page, export and test reads the same words. The article's words (sentences,
// numbers and attributions as printed, its title and text) are left exactly as printed.
import { typeset } from '../typography';
import type { NounForms } from '../words/plural';
import { LANGS, type Dataset, type Localized, type Translated } from './types';

const local = (t: Localized): Localized =>
	Object.fromEntries(LANGS.map((l) => [l, typeset(t[l], l)])) as Localized;
const translated = (t: Translated): Translated =>
	Object.fromEntries(
		LANGS.flatMap((l) => (t[l] === undefined ? [] : [[l, typeset(t[l], l)]]))
	) as Translated;
const forms = (f: NounForms): NounForms =>
	Object.fromEntries(
		LANGS.map((l) => [
			l,
			Object.fromEntries(Object.entries(f[l]).map(([k, v]) => [k, typeset(v, l)]))
		])
	) as unknown as NounForms;

export function typesetDataset(d: Dataset): Dataset {
	const facts = d.facts.map((f) => ({
		...f,
		label: local(f.label),
		...(f.countOf ? { countOf: forms(f.countOf) } : {}),
		period: local(f.period),
		...(f.periodNote ? { periodNote: local(f.periodNote) } : {}),
		kind: { id: f.kind.id, name: local(f.kind.name) },
		measure: local(f.measure),
		attribution: { ...f.attribution, who: local(f.attribution.who) },
		translation: translated(f.translation)
	}));
	const byId = new Map(facts.map((f) => [f.id, f]));
	return {
		article: {
			...d.article,
			titleTranslation: translated(d.article.titleTranslation),
			about: local(d.article.about)
		},
		facts,
		charts: d.charts.map((c) => ({
			...c,
			title: local(c.title),
			subtitle: local(c.subtitle),
			facts: c.facts.map((f) => byId.get(f.id) ?? f),
			...(c.routes
				? {
						routes: c.routes.map((r) => ({
							...r,
							label: local(r.label),
							waypoints: r.waypoints.map((w) => ({ ...w, name: local(w.name) }))
						}))
					}
				: {})
		})),
		statements: d.statements.map((s) => ({
			...s,
			label: local(s.label),
			attribution: { ...s.attribution, who: local(s.attribution.who) },
			translation: translated(s.translation),
			note: local(s.note)
		})),
		notCharted: d.notCharted.map((n) => ({ ...n, reason: local(n.reason) }))
	};
}
