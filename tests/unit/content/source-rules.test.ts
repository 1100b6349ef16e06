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
		'https://en.metapedia.org/wiki/x'
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
});
