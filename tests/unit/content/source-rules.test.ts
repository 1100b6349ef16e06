/**
 * The real rules of evidence (content/source-rules.yaml): the hosts the corpus once cited
 * are refused, Wikipedia is further reading only, and the process phrases found in the old
 * visitor text are caught in all three languages — while ordinary history is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findProcessPhrases, hostRule, parseSourceRules } from '$lib/content/bibliography';
import type { ContentProblem } from '$lib/domain/types';

const problems: ContentProblem[] = [];
const rules = parseSourceRules(readFileSync('content/source-rules.yaml', 'utf8'), problems);

describe('content/source-rules.yaml', () => {
	test('parses without problems', () => {
		expect(problems).toEqual([]);
		expect(rules.refused.length).toBeGreaterThan(100);
	});
	test.each([
		'https://es.stringtranslate.com/Q/Kasym_Khan',
		'https://pt.qaz.wiki/wiki/Kasym_Khan',
		'https://clever-geek.imtqy.com/articles/603451/index.html',
		'https://kampuspedia.com/ru/x',
		'https://perceptiofr.com/x',
		'https://knigochet.com/read_92419_245',
		'https://rulit.me/books/x',
		'https://www.litmir.club/br/?b=1',
		'http://doclecture.net/1-1199.html',
		'http://engime.org/x',
		'https://user.bibliboba.online/books/x',
		'http://emirsaba.org/x',
		'https://en.metapedia.org/wiki/x',
		'https://www.infoplease.com/askeds/why-did-kazakhstan-move-its-capital'
	])('refuses %s', (url) => expect(hostRule(url, rules.refused)).toBeDefined());
	test.each([
		'https://www.vostlit.info/Texts/x',
		'https://cyberleninka.ru/article/n/x',
		'https://e-history.kz/en/x',
		'https://archive.org/details/x'
	])('accepts %s', (url) => expect(hostRule(url, rules.refused)).toBeUndefined());
	test('Wikipedia is further reading only', () => {
		expect(hostRule('https://ru.wikipedia.org/wiki/X', rules.furtherOnly)?.host).toBe('wikipedia.org');
	});
	test.each([
		'According to an English-language overview, Empress Anna offered terms.',
		'A Hungarian overview shows how tense the occasion was.',
		'The Ukrainian Wikipedia gives 1718.',
		'a copy of the Wikipedia article likewise lists him',
		'This could not be checked while preparing this collection.',
		'The seed dissertation dates the oath to 1731.',
		'Seed dissertation, lines 2274-2286',
		'Диссертация датирует посольство 1594 годом.',
		'Венгерский обзор показывает напряжённость встречи.',
		'Диссертацияда бұл 1594 жылға жатқызылады.',
		'Венгр тіліндегі шолу бұл кездесудің шиеленісті болғанын көрсетеді.'
	])('catches a process note: %s', (text) => expect(findProcessPhrases(text, rules)).not.toEqual([]));
	test.each([
		'I. V. Erofeeva argues that the oath bound only part of the Junior Zhuz.',
		'Посольство Кул-Мухаммеда прибыло в Москву в январе 1594 года.',
		'Тәуекел хан Мәскеуге елші жіберді.',
		'The Kazakh envoys reached the Qing court at Chengde in 1757.'
	])('lets history through: %s', (text) => expect(findProcessPhrases(text, rules)).toEqual([]));

	// Notes on how the atlas presents the history (confidence marks, lanes, the map, the
	// timeline's bands, what a page "shows") instead of the history itself.
	test.each([
		[
			'\\b(?:confidence|reliability) is (?:therefore )?(?:marked|rated|set|shown)\\b',
			'The accounts of how he was captured differ, so the confidence is marked as medium.'
		],
		[
			'\\b(?:confidence|reliability) is (?:therefore )?(?:marked|rated|set|shown)\\b',
			"The event's reliability is therefore marked as low."
		],
		['stands in the "?[\\w-]+"? lane\\b', 'In the atlas he stands in the "batyr" lane.'],
		['"[\\w-]+" lanes?\\b', 'The "foreign" lane is kept for non-Kazakhs.'],
		['\\bin (?:his|her|its) lane\\b', 'The thick line in his lane marks his years as president.'],
		["\\bformat's roles?\\b", "Of the format's roles it is the closest for a head of state."],
		[
			'\\bso (?:the event|it|they) (?:is|are) (?:not )?(?:shown|placed|marked)\\b',
			'Its exact day and site are unknown, so it is not shown on the map.'
		],
		[
			'\\bthe event is (?:therefore )?(?:shown|placed|marked|presented)\\b',
			'The event is therefore placed approximately in the years before 1598.'
		],
		[
			'\\bthe event is (?:therefore )?dated approximately\\b',
			'The text of the treaty has not survived, so the event is dated approximately to 1598–1599.'
		],
		[
			'\\b(?:dated|placed|shown),? as a convention\\b',
			"The event is dated, as a convention, to the years of Esim Khan's reign."
		],
		['\\bthe dates shown\\b', "The dates shown are those of Kasym Khan's reign."],
		['\\bthe dates show the years\\b', 'The dates show the years in which the inventory was drawn up.'],
		[
			'\\b(?:shown|appears?|placed|drawn) on the map\\b',
			"The report does not say where the khan's camp stood, so only Moscow and Kazan appear on the map."
		],
		[
			"\\bthe atlas's (?:events|people|places|pages|timeline|map|lanes?)\\b",
			"His name is tied to many of the atlas's events of the independence era."
		],
		['\\b(?:shown|treated) here\\b', 'The years of his reign are given differently, so they are not shown here.'],
		[
			'\\bhere (?:it|the event|they) (?:is|are) (?:\\w+ )?placed\\b',
			'Here it is placed approximately in the time of Tauke Khan.'
		],
		['\\b(?:is|are) (?:\\w+ )?given here\\b', 'The exact date is unknown, so a broad span is given here.'],
		['\\bgiven here as\\b', 'This is their own interpretation, given here as a point of view.'],
		['\\b(?:shown|given) as approximate\\b', 'He died in 1780 or 1781, so his dates are given as approximate.'],
		['\\btime band\\b', 'The beginning and end of the time band are conventions.'],
		[
			'\\b(?:at each|every) stop (?:the tour|says|notes|the works)\\b',
			'Every stop says plainly how reliable the event is.'
		],
		[
			'достоверност[а-яё]*(?: [а-яё]+)? (?:указан|отмечен|помечен|обозначен)',
			'Сведения опираются на свидетельство одного человека, поэтому их достоверность отмечена как средняя.'
		],
		['на дорожк[уе](?![а-яё])', 'В атласе он помещён на дорожку «diplomat».'],
		['дорожк[а-яё]* «', 'Дорожка «foreign» предназначена для иностранцев.'],
		['рол(?:ей|ь|и) формата', 'Из ролей формата она ближе всего для главы государства.'],
		[
			'поэтому на карте',
			'В докладе не сказано, где стояла ставка хана, поэтому на карте показаны только Москва и Казань.'
		],
		['на карте (?:[а-яё]+ )?не (?:показан|отмечен)', 'Точные день и место неизвестны, и на карте оно не показано.'],
		[
			'в атласе(?=[.,;:]| (?:он|она|оно|они|показан|отмечен|помещ))',
			'Его имя связано со многими событиями эпохи независимости в атласе.'
		],
		[
			'событие (?:[а-яё]+ )?(?:дано|показано|отнесено|отмечено|помечено)(?![а-яё])',
			'918 год хиджры приходится на 1512–1513 годы, поэтому событие дано этим промежутком.'
		],
		[
			'(?:отмечено|показано|отнесено|дано) приблизительно',
			'Путь посольства в документах не указан, поэтому оно отмечено приблизительно 1692 годом.'
		],
		[
			'здесь (?:они |он |оно |она )?(?:условно |приблизительно |приближённо )?(?:не )?(?:привод|дан|показан|отнес|рассматрива)',
			'Годы жизни указываются по-разному, поэтому здесь они не приводятся.'
		],
		['здесь [^.]{0,50}не приводятся', 'Поэтому здесь годы его рождения и смерти не приводятся.'],
		['приводится здесь', 'Это их толкование; оно приводится здесь как точка зрения.'],
		['временн[а-яё]* полос', 'Конец временной полосы условен.'],
		['даты (?:условно )?(?:даны|указаны) по годам', 'Даты условно даны по годам правления Касым-хана.'],
		['даты показывают', 'Даты показывают годы составления описи.'],
		[
			'(?<![а-яё])даты даны приблизительно|(?<![а-яё])дата дана приблизительно',
			'Он умер в 1780 или 1781 году, поэтому даты даны приблизительно.'
		],
		['годы [^.]{0,50}даны приблизительно', 'Годы возникновения и гибели ханства даны приблизительно.'],
		['указан[аоы]? приблизительно', 'Поэтому год начала события указан приблизительно.'],
		[
			'на каждой остановке (?:прямо )?(?:указан|отмечен|привед)',
			'На каждой остановке прямо указано, насколько достоверно событие.'
		],
		[
			'сенімділ\\S* (?:\\S+ )?(?:деп )?(?:белгілен|көрсетіл)',
			'Дерек бір адамның куәлігіне сүйенеді, сондықтан сенімділігі орташа деп белгіленді.'
		],
		['«[\\w-]+» жолағ', 'Ал «foreign» жолағы шетелдіктерге арналған.'],
		['жолағында тұр', 'Атласта ол «batyr» жолағында тұр.'],
		['(?<!\\p{L})жолақтағы', 'Жолақтағы жуан сызық Президент болған жылдарын көрсетеді.'],
		['форматтағы рөл', 'Форматтағы рөлдердің ішінде ең жақыны осы.'],
		['сондықтан (?:ол )?картада', 'Нақты күні мен орны белгісіз, сондықтан ол картада жоқ.'],
		['картада көрсетілмеген', 'Шайқас картада көрсетілмеген.'],
		['(?<!\\p{L})атлас(?:та|тағы)(?!\\p{L})', 'Оның есімі атластағы көптеген оқиғалармен байланысты.'],
		['уақыт белдеу', 'Уақыт белдеуінің соңы шартты.'],
		['сондықтан мұнда', 'Билік құрған жылдары әртүрлі беріледі, сондықтан мұнда көрсетілмеген.'],
		['мұнда (?:ол |оқиға )?(?:шартты түрде|шамамен)', 'Мұнда оқиға шартты түрде Тәуке хан заманына жатқызылған.'],
		['мұнда [^.]{0,60}ретінде беріледі', 'Бұл – олардың түсіндірмесі; ол мұнда көзқарас ретінде беріледі.'],
		[
			'(?:аралықпен|аралығымен|аралығында|жылмен|жылымен|жылдармен|жылдарымен),? (?:шамамен )?(?:берілді|белгіленді|көрсетілген)',
			'Сондықтан оқиға осы аралықпен берілді.'
		],
		[
			'шартты түрде [^.]{0,80}(?:берілді|көрсетілген|жатқызылған)',
			'Күндер шартты түрде Қасым ханның билік жылдарымен берілді.'
		],
		['күндер [^.]{0,40}көрсетеді', 'Күндер тізімдеменің жасалған жылдарын көрсетеді.'],
		['шамамен алынды', 'Сондықтан оқиғаның басталған жылы шамамен алынды.'],
		['(?<!\\p{L})күн(?:дер|і)? шамамен (?:берілді|берілген|көрсетілген)', 'Сондықтан күндер шамамен берілген.'],
		['жылдары шамамен (?:берілген|көрсетілген)', 'Хандықтың құрылған және жойылған жылдары шамамен берілген.'],
		[
			'(?<!\\p{L})оқиға (?:шартты түрде|шамамен) [^.]{0,80}(?:жатқызылады|жатқызылған|берілді|белгіленді|көрсетілген)',
			'Сондықтан оқиға шамамен 1991 жылғы 25 желтоқсан мен 1992 жылғы 7 қаңтар аралығына жатқызылады.'
		],
		['әр аялдамада [^.]{0,80}(?:көрсетіл|келтірілген)', 'Әр аялдамада тарихшылардың еңбектері келтірілген.']
	])('the rule %s catches a note on the presentation: %s', (source, text) => {
		const rule = Object.values(rules.phrases)
			.flat()
			.find((phrase) => phrase.text === source);
		expect(rule, `no process phrase ${source} in content/source-rules.yaml`).toBeDefined();
		expect(rule!.pattern.test(text)).toBe(true);
		expect(findProcessPhrases(text, rules)).not.toEqual([]);
	});
	test.each([
		// The printed atlas is a source, not a meta-note.
		'The authors of the atlas "From the Altai to the Caspian" name him as the leader of the kurultai against the Dzungars.',
		'According to the atlas, the participants chose Abulkhair Khan as their supreme commander.',
		'Авторы атласа «От Алтая до Каспия» пишут о большой актуальности антиджунгарского военного союза.',
		'По атласу, участники курултая избрали Абулхаир-хана главным предводителем.',
		'«Алтайдан Каспийге дейін» атласының авторлары оны құрылтайдың көшбасшысы деп атайды.',
		'Атлас бойынша, құрылтайға қатысушылар Әбілқайыр ханды бас қолбасшы етіп сайлаған.',
		"Jenkinson's map of Russia, dated 1562, was known for centuries only through the version in Ortelius' atlas of 1570.",
		'Карта Дженкинсона веками была известна лишь по переработке в атласе Ортелия 1570 года.',
		'Дженкинсонның 1562 жылмен белгіленген Ресей картасы Лондонда басылды.',
		// History with its hedges, as the rewritten text gives it.
		'The Hijri year 918 corresponds to 1512–1513.',
		"The information rests on one man's testimony.",
		"The report does not say where the khan's camp stood.",
		'The sources give only the year of the battle; its exact day and site are unknown.',
		"The laws can therefore be dated only by convention, to the years of Kasym Khan's reign.",
		'Сведения опираются на свидетельство одного человека.',
		'Поэтому законы можно лишь условно отнести к годам правления Касым-хана.',
		'Сондықтан заңдарды тек шартты түрде Қасым ханның билік жылдарына жатқызуға болады.',
		'Н. М. Карамзин бұл аңызды «сенімділігі кемірек» деп санайды.',
		'Н. М. Карамзин считал это предание «менее вероятным».',
		'Грамота 1778 жылғы 24 мамырмен белгіленеді.',
		'The flagship event was the briefing "Non-proliferation of weapons of mass destruction: confidence-building measures".',
		'The caravan paid duties at each stop on the road to Bukhara.',
		// Calendars and what a map point marks may be said.
		'The dates are Old Style.',
		'Даты даны по старому стилю.',
		'Күндер ескі стиль бойынша берілді.',
		'Because the camps moved, the point on the map is approximate.',
		'Координаты даны приблизительно.',
		'Координаттары шамамен берілген.',
		'В 1992 году здесь открылось посольство США.',
		'1992 жылы мұнда АҚШ елшілігі ашылды.'
	])('lets history through: %s', (text) => expect(findProcessPhrases(text, rules)).toEqual([]));
});
