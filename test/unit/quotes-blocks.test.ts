import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { findEmbeddedPosts } from '../../server/src/core/quotes/posts';
import { lines } from '../../server/src/core/quotes/sentences';
import { builtinRules } from '../../server/src/core/rules';
import type { Language } from '../../server/src/core/types';

function posts(text: string): { text: string; author: string; trailer: string }[] {
  return findEmbeddedPosts(text, lines(text)).map((p) => ({
    text: text.slice(p.start, p.end),
    author: text.slice(p.author.start, p.author.end),
    trailer: text.slice(p.trailer.start, p.trailer.end),
  }));
}

function run(text: string, language: Language) {
  return analyze(text, { rules: builtinRules(), language, published: '2024-02-05' });
}

describe('embedded posts: the post, its author and its trailer', () => {
  it('cuts the trailer and the picture link off the post, on the same line', () => {
    const text =
      'Le club a réagi.\n\nBravo à nos joueuses pour ce titre ! #Champions pic.twitter.com/Zx9Yw8 — OL Féminin (@OLfeminin) 21 mai 2022\n';
    assert.deepEqual(posts(text), [
      {
        text: 'Bravo à nos joueuses pour ce titre ! #Champions',
        author: 'OL Féminin',
        trailer: '— OL Féminin (@OLfeminin) 21 mai 2022',
      },
    ]);
  });

  it('keeps a hyphen inside the display name and reads English and French dates', () => {
    const en = 'Ce ne sont pas nos candidats ! — Le Parti - Section de Lyon (@PartiLyon) May 29, 2021\n';
    assert.equal(posts(en)[0]?.author, 'Le Parti - Section de Lyon');
    const fr = 'Merci à tous les bénévoles. — Croix-Rouge française (@CroixRouge) 1er juin 2021\n';
    assert.equal(posts(fr)[0]?.author, 'Croix-Rouge française');
  });

  it('takes the last spaced hyphen for the trailer when a post ends with a hyphen and a name', () => {
    const text = 'Rendez-vous ce soir - venez nombreux ! - Mairie de Lille (@lille) 3 mai 2021\n';
    assert.deepEqual(
      posts(text).map((p) => [p.text, p.author]),
      [['Rendez-vous ce soir - venez nombreux !', 'Mairie de Lille']],
    );
  });

  it('takes the line above a trailer that stands on its own, past a line holding only a link', () => {
    const text =
      'The team released a statement.\nWe are heartbroken by the news tonight.\npic.twitter.com/Ab12Cd\n— Dallas Wings (@DallasWings) July 2, 2023\nThe game was postponed.\n';
    assert.deepEqual(
      posts(text).map((p) => p.text),
      ['We are heartbroken by the news tonight.'],
    );
  });

  it('takes in earlier paragraphs only across line breaks other than the article’s own', () => {
    const text =
      'Le parti a dénoncé une fraude.\n\nDes candidats se réclament de nous à tort.\n\n\n\n\nCe ne sont pas nos candidats !\n\n\n\n\nLe logo est utilisé sans accord. pic.twitter.com/Q1 — Le Parti (@LeParti) 29 mai 2021\n\nLe scrutin a lieu dimanche.\n\nRien n’a changé depuis.\n';
    assert.equal(
      posts(text)[0]?.text,
      'Des candidats se réclament de nous à tort.\n\n\n\n\nCe ne sont pas nos candidats !\n\n\n\n\nLe logo est utilisé sans accord.',
    );
    // Lines of a post kept with single line breaks in an article of blank-line paragraphs.
    const narrow = text.replace(/\n{5}/g, '\n');
    assert.equal(
      posts(narrow)[0]?.text,
      'Des candidats se réclament de nous à tort.\nCe ne sont pas nos candidats !\nLe logo est utilisé sans accord.',
    );
    // The same post where every break is the article's own: only its last paragraph is sure.
    const even = text.replace(/\n{3,}/g, '\n\n');
    assert.equal(posts(even)[0]?.text, 'Le logo est utilisé sans accord.');
  });

  it('stops at an introduction ending with a colon and at the length of a post', () => {
    const intro =
      'Le ministre a écrit :\n\n\n\nNous serons là.\n\n\n\n— Jean Martin (@jmartin) 2 mai 2022\n\nFin.\n\nSuite.\n';
    assert.equal(posts(intro)[0]?.text, 'Nous serons là.');
    const long = `${'Une longue phrase du journaliste qui raconte les faits en détail. '.repeat(5)}\n\n\n\nNous serons là.\n\n\n\n— Jean Martin (@jmartin) 2 mai 2022\n\nFin.\n\nSuite.\n`;
    assert.equal(posts(long)[0]?.text, 'Nous serons là.');
  });

  it('finds no post in prose that names an account', () => {
    assert.deepEqual(posts('Le ministre Jean Martin (@jmartin) a publié un message mardi.\n'), []);
    assert.deepEqual(posts('Il a répondu — Jean Martin (@jmartin), le 2 mai 2022, a confirmé.\n'), []);
    assert.deepEqual(posts('Un message de la mairie — voir son compte (@mairie).\n'), []);
  });

  it('reads Mastodon and Bluesky handles, an HTML dash entity and a time after the date', () => {
    const text =
      'The agency posted an update.\n\nThe eruption has stopped for now. &mdash; USGS Volcanoes (@USGSVolcanoes@mastodon.social) May 29, 2024 at 10:15 AM\n\nMore later.\n';
    assert.deepEqual(posts(text), [
      {
        text: 'The eruption has stopped for now.',
        author: 'USGS Volcanoes',
        trailer: '&mdash; USGS Volcanoes (@USGSVolcanoes@mastodon.social) May 29, 2024 at 10:15 AM',
      },
    ]);
    const bsky = 'Polls are open until 8 p.m. — Board of Elections (@elections.bsky.social) Nov 5, 2024\n';
    assert.equal(posts(bsky)[0]?.author, 'Board of Elections');
  });

  it('reads a Facebook embed’s “Posted by … on …” and “Publiée par … sur …” lines', () => {
    const en =
      'The city shared the news.\n\nAll schools will reopen on Monday. Thank you for your patience!\nPosted by City of Springfield on Tuesday, March 3, 2020\n';
    assert.deepEqual(
      posts(en).map((p) => [p.text, p.author]),
      [['All schools will reopen on Monday. Thank you for your patience!', 'City of Springfield']],
    );
    const fr = 'La piscine rouvre samedi. Venez nombreux ! Publiée par Ville de Rezé sur mardi 3 mars 2020\n';
    assert.deepEqual(
      posts(fr).map((p) => [p.text, p.author]),
      [['La piscine rouvre samedi. Venez nombreux !', 'Ville de Rezé']],
    );
    // Prose that says who posted something is no trailer.
    assert.deepEqual(posts('The video was posted by a neighbour on Tuesday, March 3, 2020, and went viral.\n'), []);
  });

  it('a giant line of trailer words is no post (its speed is measured by npm run bench)', () => {
    const line = 'The clip — from (@x) — was posted by someone on '.repeat(60000);
    assert.deepEqual(posts(line + '\n'), []);
  });

  it('never takes the embed’s own words for the post', () => {
    const bare =
      'Le chanteur a publié une photo.\n\nVoir cette publication sur Instagram\nUne publication partagée par Jean Dupont (@jdupont) le 3 mars 2020 à 10:15 PST\n\nSuite.\n';
    assert.deepEqual(posts(bare), []);
    const captioned =
      'The singer posted a photo.\n\nView this post on Instagram\nBack in the studio with the band!\nA post shared by Jane Doe (@janedoe) on Mar 3, 2020 at 10:15am PST\n\nMore later.\n\nThe end.\n';
    assert.deepEqual(
      posts(captioned).map((p) => p.text),
      ['Back in the studio with the band!'],
    );
  });

  it('reads an Instagram embed’s “A post shared by” line', () => {
    const text =
      'Best night ever with my team! A post shared by Serena Williams (@serenawilliams) on Mar 3, 2020 at 10:15am PST\n';
    assert.equal(posts(text)[0]?.author, 'Serena Williams');
    assert.equal(posts(text)[0]?.text, 'Best night ever with my team!');
  });
});

describe('embedded posts in the analysis', () => {
  it('leaves a post quoted in marks to its marked quote, whose speaker is the display name', () => {
    const a = run(
      'La ministre a réagi.\n\n« Nous ne laisserons rien passer. Les coupables seront punis. » — Claire Dubois (@cdubois) 4 mars 2024\n\nUne enquête est ouverte.\n',
      'fr',
    );
    assert.deepEqual(
      a.quotes.map((q) => [q.text, q.kind, a.actors.find((x) => x.id === q.speaker)?.name]),
      [['Nous ne laisserons rien passer. Les coupables seront punis.', 'direct', 'Claire Dubois']],
    );
  });

  const text =
    'La mairie a réagi dans la soirée.\n\nLes écoles resteront fermées demain. Prenez soin de vous. #Tempête pic.twitter.com/Ab1 — Mairie de Nantes (@nantesfr) 4 février 2024\n\nLe préfet a confirmé l’alerte. « Restez chez vous », a-t-il ajouté.\n';

  it('makes the post a block quote of the display name, with no cue', () => {
    const a = run(text, 'fr');
    const block = a.quotes.find((q) => q.kind === 'block');
    assert.ok(block, JSON.stringify(a.quotes.map((q) => q.text)));
    assert.equal(block.text, 'Les écoles resteront fermées demain. Prenez soin de vous. #Tempête');
    assert.equal(block.cue, null);
    assert.equal(a.actors.find((x) => x.id === block.speaker)?.name, 'Mairie de Nantes');
  });

  it('leaves the trailer out of every quote and keeps its date a date', () => {
    const a = run(text, 'fr');
    const at = text.indexOf('— Mairie');
    const end = text.indexOf('\n', at);
    assert.ok(!a.quotes.some((q) => q.start < end && at < q.end), 'a quote overlaps the trailer');
    const date = a.dates.find((d) => text.slice(d.start, d.end).includes('4 février 2024'));
    assert.equal(date?.value, '2024-02-04');
    // The quote after the post is still the prefect's.
    const last = a.quotes[a.quotes.length - 1];
    assert.equal(last.text, 'Restez chez vous');
    assert.equal(last.kind, 'direct');
  });
});
