import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newsCases, runOurs, scoreDates, sentenceCases } from '../../scripts/compare-chrono';
import { formatWeek, isoWeek, weekday } from '../../server/src/core/dates/calendar';
import { anchorOf, detectPublished, findDates, resolveWeekday } from '../../server/src/core/dates';
import { HOLIDAYS, easter, holidayDay } from '../../server/src/core/dates/holidays';
import { recognize, selectLongest } from '../../server/src/core/dates/recognize';
import type { Language } from '../../server/src/core/types';

const find = (text: string, published: string | null, language: Language = 'fr') =>
  findDates(text, { language, published, ignored: [] });

/** The single date found in `text`, as `text → value (type)`. */
function one(text: string, published: string | null, language: Language = 'fr'): string {
  const found = find(text, published, language);
  assert.equal(found.length, 1, `expected one date in «${text}», got ${JSON.stringify(found.map((d) => d.text))}`);
  return `${found[0].text} → ${found[0].value} (${found[0].type})`;
}

describe('dates: every hand-written sentence (test/fixtures/dates/sentences.yaml)', () => {
  for (const c of sentenceCases()) {
    it(`${c.language} ${c.published}: ${c.text}`, () => {
      const s = scoreDates(c, runOurs(c));
      assert.deepEqual(s.misses, [], 'missed');
      assert.deepEqual(s.wrongValues, [], 'wrong value');
      assert.deepEqual(s.extras, [], 'found but not expected');
    });
  }
});

describe('dates: news paragraphs (test/fixtures/dates/news.yaml)', () => {
  for (const c of newsCases()) {
    it(`${c.name}: ${c.text.slice(0, 60)}…`, () => {
      const s = scoreDates(c, runOurs(c));
      assert.deepEqual(s.misses, [], 'missed');
      assert.deepEqual(s.wrongValues, [], 'wrong value');
      assert.deepEqual(s.extras, [], 'found but not expected');
    });
  }
});

describe('dates: full and partial dates', () => {
  const pub = '2025-02-18';
  it('keeps each value at its own granularity', () => {
    assert.equal(one('La guerre a commencé en février 2022.', pub), 'février 2022 → 2022-02 (date)');
    assert.equal(one('Il est né en 1998.', pub), '1998 → 1998 (date)');
    assert.equal(one('Le traité du 1er mars 1957 fut signé.', pub), '1er mars 1957 → 1957-03-01 (date)');
    assert.equal(one('La page est datée 2025-02.', pub), '2025-02 → 2025-02 (date)');
  });
  it('reads numeric dates day first in French', () => {
    assert.equal(one('Publié le 03/04/2024.', pub), '03/04/2024 → 2024-04-03 (date)');
    assert.equal(one('Référence 249-18-02-2025.', pub), '18-02-2025 → 2025-02-18 (date)');
  });
  it('reads numeric dates month first in English, unless the first number cannot be a month', () => {
    assert.equal(one('It was filed on 03/04/2024.', pub, 'en'), '03/04/2024 → 2024-03-04 (date)');
    assert.equal(one('It was filed on 18/02/2024.', pub, 'en'), '18/02/2024 → 2024-02-18 (date)');
  });
  it('dates a year-less day by the tense: past before publication, future after', () => {
    assert.equal(one('Le sommet a eu lieu le 10 novembre.', pub), '10 novembre → 2024-11-10 (date)');
    assert.equal(one('Le sommet aura lieu le 10 novembre.', pub), '10 novembre → 2025-11-10 (date)');
  });
  it('takes the year written earlier in the same sentence', () => {
    assert.equal(find('En 2014, le 3 mars, la Crimée fut envahie.', pub)[1].value, '2014-03-03');
  });
});

describe('dates: weekdays by tense and context', () => {
  const tuesday = { year: 2025, month: 2, day: 18 };
  it('a past-tense report means the past weekday, or the publication day itself', () => {
    assert.equal(one('Les ministres se sont réunis lundi.', '2025-02-18'), 'lundi → 2025-02-17 (date)');
    assert.equal(one('Les ministres se sont réunis mardi.', '2025-02-18'), 'mardi → 2025-02-18 (date)');
    assert.equal(one('Les ministres se sont réunis mercredi.', '2025-02-18'), 'mercredi → 2025-02-12 (date)');
  });
  it('a future-tense sentence means the coming weekday', () => {
    assert.equal(one('Les ministres se réuniront mercredi.', '2025-02-18'), 'mercredi → 2025-02-19 (date)');
    assert.equal(one('Les ministres se réuniront lundi.', '2025-02-18'), 'lundi → 2025-02-24 (date)');
  });
  it('prochain and dernier are strict', () => {
    assert.deepEqual(resolveWeekday(tuesday, 2, 'next', null), { year: 2025, month: 2, day: 25 });
    assert.deepEqual(resolveWeekday(tuesday, 2, 'last', null), { year: 2025, month: 2, day: 11 });
  });
  it('a future weekday that is the publication weekday is that day, or next week once that day is told in the past', () => {
    assert.deepEqual(resolveWeekday(tuesday, 2, 'bare', 'future'), tuesday);
    assert.deepEqual(resolveWeekday(tuesday, 2, 'bare', 'future', true), { year: 2025, month: 2, day: 25 });
    assert.deepEqual(resolveWeekday(tuesday, 2, 'this', 'future', true), tuesday);
    assert.deepEqual(resolveWeekday(tuesday, 2, 'bare', 'past', true), tuesday);
    assert.equal(one('Les députés voteront mardi.', '2025-02-18'), 'mardi → 2025-02-18 (date)');
    const told = find('Les députés ont débattu mardi. Ils voteront mardi.', '2025-02-18');
    assert.deepEqual(
      told.map((d) => d.value),
      ['2025-02-18', '2025-02-25'],
    );
    const timed = find('Les députés ont débattu mardi. Le vote aura lieu mardi à 15 heures.', '2025-02-18');
    assert.equal(timed[1].value, '2025-02-18T15:00');
  });
  it('reads the tense across the full stop of an abbreviation (U.S., Sen., M.)', () => {
    assert.equal(
      find('Democrats won Tuesday. They will hold the U.S. Senate Tuesday.', '2025-02-18', 'en')[1].value,
      '2025-02-25',
    );
    assert.equal(one('Il a reçu M. Dupont mardi.', '2025-02-18'), 'mardi → 2025-02-18 (date)');
  });
  it('reads the quote on its own: a pull-quote byline has no verb and takes the nearest day', () => {
    assert.equal(
      find('«Nous reviendrons à la table.» Marco Rubio, mardi à Riyad', '2025-02-18')[0].value,
      '2025-02-18',
    );
  });
  it('leaves a weekday without value when only the month of publication is known', () => {
    const [d] = find('Les ministres se sont réunis mardi.', '2025-02');
    assert.equal(d.value, null);
  });
  it('parts of the day follow TimeML', () => {
    assert.equal(one('Il a été réélu dimanche soir.', '2025-02-18'), 'dimanche soir → 2025-02-16TEV (date)');
  });
});

describe('dates: this November, ce mois de novembre', () => {
  it('counts from the publication year, not from a year of the same sentence', () => {
    assert.equal(
      find('Candidate en 2020, elle veut être réélue ce mois de novembre.', '2018-10-24')[1].value,
      '2018-11',
    );
    assert.equal(find('After a loss in 2014, she ran again this November.', '2018-12-03', 'en')[1].value, '2018-11');
  });
  it('this past and this coming are strict', () => {
    assert.equal(
      one('Turnout hit a record this past November.', '2019-02-12', 'en'),
      'this past November → 2018-11 (date)',
    );
    assert.equal(
      one('The law takes effect this coming January.', '2018-12-20', 'en'),
      'this coming January → 2019-01 (date)',
    );
  });
  it('has no value without a publication date', () => {
    assert.equal(one('She will run again this November.', null, 'en'), 'this November → null (date)');
  });
});

describe('dates: relative to the publication date', () => {
  const pub = '2025-02-18';
  it('days', () => {
    assert.equal(one('Hier, la séance a été levée.', pub), 'Hier → 2025-02-17 (date)');
    assert.equal(one('Avant-hier, la séance a été levée.', pub), 'Avant-hier → 2025-02-16 (date)');
    assert.equal(one('Demain, la séance reprendra.', pub), 'Demain → 2025-02-19 (date)');
    assert.equal(one("Aujourd'hui, la séance reprend.", pub), "Aujourd'hui → 2025-02-18 (date)");
  });
  it('weeks, months and years', () => {
    assert.equal(one('La semaine dernière, le texte a été voté.', pub), 'La semaine dernière → 2025-W07 (date)');
    assert.equal(one('Le mois dernier, le texte a été voté.', pub), 'Le mois dernier → 2025-01 (date)');
    assert.equal(one("L'an prochain, le texte sera voté.", pub), "L'an prochain → 2026 (date)");
    assert.equal(one("L'année dernière, le texte a été voté.", pub), "L'année dernière → 2024 (date)");
    assert.equal(one('Cette année, le texte sera voté.', pub), 'Cette année → 2025 (date)');
  });
  it('beginning and end of a month keep the month (TimeML mod)', () => {
    assert.equal(one("Une rencontre d'ici fin février est exclue.", pub), 'fin février → 2025-02 (date)');
    assert.equal(one('Le vote aura lieu début mars.', pub), 'début mars → 2025-03 (date)');
  });
  it('ago and in', () => {
    assert.equal(one('Il y a deux ans, tout a changé.', pub), 'Il y a deux ans → 2023 (date)');
    assert.equal(one('Three weeks ago, the talks failed.', pub, 'en'), 'Three weeks ago → 2025-W05 (date)');
  });
  it('says how each value was resolved', () => {
    assert.equal(
      find('Hier, la séance a été levée.', pub)[0].resolution,
      'relative to the publication date 2025-02-18',
    );
    assert.equal(find('Le 3 mars 2024.', pub)[0].resolution, 'absolute');
    assert.equal(find('Récemment, rien.', pub)[0].resolution, 'vague (PAST_REF): no value');
    assert.equal(find('En temps voulu, rien.', pub)[0].resolution, 'vague (FUTURE_REF): no value');
  });
});

describe('dates: relative to the date last mentioned', () => {
  it('le lendemain, la veille, deux jours plus tard', () => {
    const found = find(
      'Le sommet s’est ouvert le 10 janvier. Le lendemain, rien. Deux jours plus tard, tout a cédé. La veille, personne ne savait.',
      '2025-02-18',
    );
    assert.deepEqual(
      found.map((d) => d.value),
      ['2025-01-10', '2025-01-11', '2025-01-13', '2025-01-12'],
    );
    assert.equal(found[1].resolution, 'relative to the date last mentioned (2025-01-10)');
  });
  it('a date of speech (déclarait mardi) does not anchor the reported events', () => {
    const found = find(
      '« Le 10 janvier sera le jour principal », déclarait mardi 28 décembre le ministre. ' +
        'Les négociations se tiendront deux jours plus tard, les premières de 2022.',
      null,
    );
    assert.deepEqual(
      found.map((d) => d.value),
      ['2022-01-10', '2021-12-28', '2022-01-12', '2022'],
    );
  });
});

describe('dates: durations, sets, times and vague expressions', () => {
  const pub = '2025-02-18';
  it('durations keep their lower bound and include depuis', () => {
    assert.equal(one('La guerre dure depuis plus de trois ans.', pub), 'depuis plus de trois ans → P3Y (duration)');
    assert.equal(one('Après plus de quatre heures de discussion.', pub), 'plus de quatre heures → PT4H (duration)');
    assert.equal(one('Ils ont parlé quatre heures et demie.', pub), 'quatre heures et demie → PT4H30M (duration)');
    assert.equal(one('Un mandat de un an et demi.', pub), 'un an et demi → P1.5Y (duration)');
    assert.equal(one('He has lived here for three years.', pub, 'en'), 'for three years → P3Y (duration)');
  });
  it('vague amounts are found without value', () => {
    assert.equal(one('Les discussions ont duré plusieurs heures.', pub), 'plusieurs heures → null (duration)');
  });
  it('sets', () => {
    assert.equal(one('Le conseil se réunit chaque semaine.', pub), 'chaque semaine → P1W (set)');
    assert.equal(one('Les élections ont lieu tous les cinq ans.', pub), 'tous les cinq ans → P5Y (set)');
    assert.equal(one('The board meets every month.', pub, 'en'), 'every month → P1M (set)');
  });
  it('times take the day when it is known', () => {
    assert.equal(one('La séance ouvrira à 15h00.', pub), 'à 15h00 → 2025-02-18T15:00 (time)');
    assert.equal(one('La séance ouvrira à 15h00.', null), 'à 15h00 → T15:00 (time)');
    assert.equal(one('The meeting starts at 3 p.m.', pub, 'en'), 'at 3 p.m. → 2025-02-18T15:00 (time)');
  });
  it('vague references are found with value null', () => {
    for (const text of [
      'Récemment, les tensions ont baissé.',
      'Les équipes se rencontreront en temps voulu.',
      "L'UE devra être à la table à un moment donné.",
      'Comme on a vu par le passé.',
      "Pour l’heure, rien n'est décidé.",
      'Ces dernières années, tout a changé.',
      'Le Kremlin exige depuis longtemps un retrait.',
      'Actuellement, le chômage baisse.',
      'Désormais, la règle change.',
    ]) {
      const found = find(text, pub);
      assert.equal(found.length, 1, text);
      assert.equal(found[0].value, null, text);
    }
  });
  it('gives TimeML reference values on request', () => {
    const found = findDates('Actuellement, tout va bien. Récemment, rien. Prochainement, tout.', {
      language: 'fr',
      published: pub,
      ignored: [],
      timemlRefs: true,
    });
    assert.deepEqual(
      found.map((d) => d.value),
      ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'],
    );
  });
  it('decades, centuries, seasons', () => {
    assert.equal(one('Dans les années 1990, la ville a grandi.', pub), 'les années 1990 → 199 (date)');
    assert.equal(one('Au XXe siècle, la ville a grandi.', pub), 'Au XXe siècle → 19 (date)');
    assert.equal(one("L'hiver 2022 a été rude.", pub), "L'hiver 2022 → 2022-WI (date)");
  });
});

describe('dates: what is not a date', () => {
  it('counts, scores, names and other numbers are left alone', () => {
    for (const text of [
      'Plus de 2000 soldats ont été déployés.',
      'Le texte a obtenu 1500 voix.',
      'La sonde a atteint Mars.',
      "L'ordre du jour a été adopté à 12 voix contre 3.",
      'Il a marqué 3 buts lors de la première mi-temps.',
      'Le prix a augmenté de 2,5 %.',
    ]) {
      assert.deepEqual(
        find(text, '2025-02-18').map((d) => d.text),
        [],
        text,
      );
    }
  });
  it('skips ignored spans (boilerplate)', () => {
    const text = 'Mis à jour le 18 février 2025. Hier, rien.';
    const found = findDates(text, { language: 'fr', published: '2025-02-18', ignored: [{ start: 0, end: 30 }] });
    assert.deepEqual(
      found.map((d) => d.text),
      ['Hier'],
    );
  });
});

describe('dates: publication date from the text', () => {
  it('reads front matter', () => {
    const text = '---\ntitle: Un titre\ndate: 2025-02-18\n---\nCorps du texte.';
    const p = detectPublished(text, 'fr');
    assert.equal(p?.value, '2025-02-18');
    assert.equal(text.slice(p!.span.start, p!.span.end), '2025-02-18');
  });
  it('reads a "Publié le" label', () => {
    assert.equal(detectPublished('Titre\n\nPublié le 18/02/2025 à 10h32\n\nLe texte.', 'fr')?.value, '2025-02-18');
    assert.equal(detectPublished('Title\n\nPublished February 18, 2025\n\nText.', 'en')?.value, '2025-02-18');
  });
  it('reads a dateline in the header, the first one when the article was republished', () => {
    const text = 'Titre\n\nPar X\n\nMondialisation.ca, 20 février 2025\n\nBlog 19 février 2025\n\nLe texte.';
    assert.equal(detectPublished(text, 'fr')?.value, '2025-02-20');
    assert.equal(detectPublished(' date 2025-02 Légende de la photo.\n\nTitre', 'fr')?.value, '2025-02');
  });
  it('does not take a date inside a title for a dateline', () => {
    assert.equal(detectPublished('Les résultats des élections du 16 février 2025\n\nLe texte.', 'fr'), null);
  });
  it('is null when the article does not say', () => {
    assert.equal(
      detectPublished('Un titre\n\nLe Kremlin a annoncé la fin de la réunion, qui a duré plusieurs heures.', 'fr'),
      null,
    );
  });
  it("counts a republished article's deictics from its original date", () => {
    const text = "Titre\n\nSite, 20 février 2025\n\nBlog 19 février 2025\n\nIls ont annoncé aujourd'hui un accord.";
    const found = find(text, '2025-02-20');
    assert.equal(found.find((d) => d.text === "aujourd'hui")?.value, '2025-02-19');
  });
  it('counts deictics from a wire dateline a day before the publication date', () => {
    const text = "KABOUL, 15 nov (AFP) - Les talibans ont quitté la ville aujourd'hui.";
    assert.equal(find(text, '2001-11-16').find((d) => d.text === "aujourd'hui")?.value, '2001-11-15');
    assert.equal(find(text, '2001-11-15').find((d) => d.text === "aujourd'hui")?.value, '2001-11-15');
  });
  it('infers the day from the text when no publication date is known', () => {
    const text = 'Réunion en 2022. Le ministre déclarait mardi 28 décembre que tout irait bien.';
    const candidates = selectLongest(recognize(text, 'fr'), text.length);
    assert.equal(
      anchorOf(text, { language: 'fr', published: null, ignored: [] }, candidates)?.label,
      'the date inferred from the text (2021-12-28)',
    );
  });
});

describe('dates: calendar', () => {
  it('ISO weeks across year ends', () => {
    assert.equal(formatWeek({ year: 2025, month: 2, day: 18 }), '2025-W08');
    assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek({ year: 2024, month: 12, day: 30 }), { year: 2025, week: 1 });
    assert.equal(weekday({ year: 2025, month: 2, day: 18 }), 2);
  });
});

describe('dates: pathological input', () => {
  // (How fast is measured by `npm run bench`; these tests check what comes out.)
  it('long runs of white space, hyphens and numbers after a trigger word end in no date', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const trigger of ['fin', 'mi', 'de', 'plus de', '12', 'il y a', 'la nuit de', 'early', 'every', "l'"]) {
        for (const filler of [' ', '\u00a0', '-', ' 1', ' de']) {
          const text = `${trigger}${filler.repeat(50_000)} x`;
          const found = findDates(text, { language, published: '2025-02-18', ignored: [] });
          assert.ok(
            found.every((d) => d.end - d.start < 200),
            `${language} ${JSON.stringify(trigger)} + ${JSON.stringify(filler)}`,
          );
        }
      }
    }
  });
  it('finds the dates of a 1 MB article, every paragraph alike', () => {
    const paragraph =
      'Après plus de quatre heures de discussion mardi à Riyad, les délégations se sont séparées le 18 février 2025. ' +
      'Depuis près de trois ans, 2000 soldats et 1 500 habitants attendent ; la semaine dernière, rien. ' +
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 12 12 12 12 12 12 12 12 12 de de de de de plus de plus de plus de\n';
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const once = find(paragraph, '2025-02-18').length;
    const found = find(paragraph.repeat(copies), '2025-02-18');
    assert.ok(once > 0);
    assert.equal(found.length, once * copies);
  });
});

describe('dates: holidays fall on their day of each year', () => {
  it('computes Easter and the feasts counted from it', () => {
    assert.deepEqual(easter(2024), { year: 2024, month: 3, day: 31 });
    assert.deepEqual(easter(2025), { year: 2025, month: 4, day: 20 });
    assert.deepEqual(easter(2018), { year: 2018, month: 4, day: 1 });
    assert.deepEqual(holidayDay(HOLIDAYS['lundi de pâques'], 2018), { year: 2018, month: 4, day: 2 });
    assert.deepEqual(holidayDay(HOLIDAYS['ascension'], 2025), { year: 2025, month: 5, day: 29 });
  });
  it('computes the American Monday and Thursday holidays', () => {
    assert.deepEqual(holidayDay(HOLIDAYS['memorial day'], 2024), { year: 2024, month: 5, day: 27 });
    assert.deepEqual(holidayDay(HOLIDAYS['labor day'], 2024), { year: 2024, month: 9, day: 2 });
    assert.deepEqual(holidayDay(HOLIDAYS['thanksgiving'], 2024), { year: 2024, month: 11, day: 28 });
    assert.deepEqual(holidayDay(HOLIDAYS['black friday'], 2024), { year: 2024, month: 11, day: 29 });
    assert.deepEqual(holidayDay(HOLIDAYS['thanksgiving'], 2023), { year: 2023, month: 11, day: 23 });
  });
  it('resolves the year by tense, as for any year-less day', () => {
    assert.equal(one('Les familles se sont réunies à Pâques.', '2024-05-07'), 'Pâques → 2024-03-31 (date)');
    assert.equal(one('Les familles se réuniront à Pâques.', '2024-05-07'), 'Pâques → 2025-04-20 (date)');
    assert.equal(
      one('Sales soared on Thanksgiving Day 2019.', '2024-05-07', 'en'),
      'Thanksgiving Day 2019 → 2019-11-28 (date)',
    );
  });
  it('finds Ramadan with no value, and not Easter Island', () => {
    assert.equal(
      one('Le ramadan a été suivi par des millions de fidèles.', '2024-03-04').split(' → ')[1],
      'null (date)',
    );
    assert.equal(find('He flew to Easter Island.', '2024-05-07', 'en').length, 0);
  });
});
