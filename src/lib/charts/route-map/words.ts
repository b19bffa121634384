import { defineWords } from '../core/words';

/** The route map's legend. `{countries}` is the list of the shaded countries' names. */
export const word = defineWords({
	en: {
		namedInArticle: 'named in the article',
		addedFromGeography: 'added from general geography',
		partiesShaded: 'darker land: {countries}, the countries the figure is about',
		schematic: 'schematic lines, not real roads or shipping lanes'
	},
	kk: {
		namedInArticle: 'мақалада аталған',
		addedFromGeography: 'жалпы географиядан қосылған',
		partiesShaded: 'қою түсті жер: {countries}, көрсеткішке қатысты елдер',
		schematic: 'схемалық сызықтар, нақты жолдар емес'
	},
	ru: {
		namedInArticle: 'названо в статье',
		addedFromGeography: 'добавлено из общей географии',
		partiesShaded: 'темнее закрашены: {countries}, страны, к которым относится показатель',
		schematic: 'схематичные линии, а не реальные пути'
	}
});
