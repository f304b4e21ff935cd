/**
 * Knowledge about the words that name speakers, as data: role nouns (people), organisation
 * nouns, determiners and prepositions, and role equivalences (a foreign minister is the
 * head of diplomacy). Extend these tables to teach the engine new ways of naming speakers.
 */
import type { Language } from '../types';
import {
  FEMALE_FIRST_NAMES,
  isGenderedFirstName,
  MALE_FIRST_NAMES,
  NOT_NAMES as ACTOR_NOT_NAMES,
} from '../actors/lexicon';
import { fold } from '../text';

/** Nouns heading a description of a person (`le porte-parole du Conseil…`), folded. Plurals are groups. */
export const PERSON_ROLES: Record<Language, string[]> = {
  fr: (
    'ministre vice-ministre president presidente vice-president vice-presidente porte-parole chef cheffe ' +
    // Party labels name a person too (`a reconnu la centriste de 29 ans`).
    'centriste socialiste ecologiste communiste liberale macroniste frontiste insoumise souverainiste ' +
    'conseiller conseillere negociateur negociatrice ambassadeur ambassadrice secretaire sous-secretaire ' +
    'directeur directrice responsable dirigeant dirigeante diplomate emissaire envoye envoyee ' +
    'representant representante senateur senatrice depute deputee maire mairesse gouverneur general generale ' +
    'commandant chancelier chanceliere roi reine prince princesse pape juge procureur procureure avocat ' +
    'avocate expert experte analyste chercheur chercheuse professeur professeure economiste politologue ' +
    'historien historienne specialiste militant militante temoin habitant habitante officiel patron ' +
    'patronne allie alliee fondateur fondatrice pdg elu elue candidat candidate leader homologue assistant assistante ' +
    // (`la figure UDC du canton estime`, `cette figure de l'opposition`: a prominent person.)
    'figure personnalite ' +
    'adjoint adjointe commissaire haut-representant haute-representante haut-commissaire haute-commissaire delegue deleguee observateur ' +
    'observatrice manifestant manifestante opposant opposante medecin infirmier infirmiere enqueteur ' +
    'enqueteuse policier policiere soldat officier syndicaliste entraineur entraineuse joueur joueuse ' +
    'auteur autrice ecrivain ecrivaine journaliste intervieweur intervieweuse redacteur redactrice editorialiste commentateur ' +
    'commentatrice eurodepute eurodeputee conseiller-diplomatique mediateur mediatrice collaborateur ' +
    'collaboratrice proche proches victime pere mere fils fille frere soeur aine ainee cadet cadette epouse mari veuve temoins ' +
    'sources source interlocuteur interlocutrice voisin voisine passant passante commercant commercante ' +
    'riverain riveraine eleve etudiant etudiante enseignant enseignante parent agriculteur agricultrice ' +
    'salarie salariee ouvrier ouvriere employe employee retraite retraitee chauffeur patient patiente ' +
    'client cliente supporter citoyen citoyenne electeur electrice pompier gendarme militaire ingenieur ' +
    'ingenieure benevole syndique habitue spectateur spectatrice attache attachee agent agente ' +
    'chirurgien chirurgienne pharmacien pharmacienne capitaine lieutenant colonel sergent animateur ' +
    'animatrice presentateur presentatrice gerant gerante administrateur administratrice recteur ' +
    'rectrice proviseur proviseure inspecteur inspectrice prefet prefete sous-prefet sous-prefete ' +
    'magistrat magistrate greffier greffiere batonnier batonniere notaire huissier juriste penaliste criminaliste surveillant surveillante sociologue ' +
    'psychologue psychiatre philosophe demographe geographe climatologue epidemiologiste virologue ' +
    'infectiologue urgentiste generaliste pediatre cardiologue oncologue cancerologue docteur docteure ' +
    'dentiste veterinaire kinesitherapeute sage-femme aide-soignant aide-soignante ambulancier ' +
    'ambulanciere secouriste sauveteur sauveteuse cuisinier cuisiniere boulanger boulangere vigneron ' +
    'vigneronne viticulteur viticultrice eleveur eleveuse pecheur pecheuse artisan artisane entrepreneur ' +
    'entrepreneuse restaurateur restauratrice hotelier hoteliere banquier banquiere investisseur ' +
    'investisseuse actionnaire associee comptable consultant consultante architecte urbaniste ' +
    'edile tresorier tresoriere coordinateur coordinatrice coordonnateur coordonnatrice organisateur ' +
    'organisatrice rapporteur rapporteure gestionnaire scientifique biologiste chimiste physicien ' +
    'physicienne astronome astrophysicien astrophysicienne mathematicien mathematicienne archeologue ' +
    'anthropologue linguiste romancier romanciere poete poetesse dramaturge cineaste realisateur ' +
    'realisatrice producteur productrice acteur actrice comedien comedienne chanteur chanteuse musicien ' +
    'musicienne compositeur compositrice artiste peintre sculpteur sculptrice photographe danseur ' +
    'danseuse choregraphe scenariste humoriste reporter blogueur blogueuse influenceur influenceuse ' +
    'sportif sportive athlete coureur coureuse cycliste nageur nageuse skieur skieuse boxeur boxeuse ' +
    'footballeur footballeuse rugbyman tennisman gardien gardienne attaquant attaquante defenseur ' +
    'ailier ailiere buteur buteuse meneur meneuse talonneur ouvreur sprinteur grimpeur puncheur pilote ' +
    'recrue doyen doyenne ' +
    'trentenaire quadragenaire quinquagenaire sexagenaire septuagenaire octogenaire nonagenaire centenaire ' +
    'quadra quinqua sexa adolescent adolescente ado ' +
    'selectionneur selectionneuse coach manager technicien technicienne arbitre champion championne vainqueur alpiniste navigateur navigatrice ' +
    'detenu detenue prisonnier prisonniere accuse accusee prevenu prevenue suspect suspecte inculpe ' +
    'inculpee condamne condamnee plaignant plaignante requerant requerante rescape rescapee survivant ' +
    'survivante otage blesse blessee sinistree refugie refugiee migrant migrante exile exilee ' +
    'resident residente locataire proprietaire usager usagere consommateur consommatrice automobiliste ' +
    'pieton pietonne voyageur voyageuse passager passagere touriste visiteur visiteuse pelerin ' +
    'pretre cure abbe eveque archeveque cardinal imam rabbin pasteur pasteure moine religieuse aumonier ' +
    'mufti fonctionnaire douanier douaniere brigadier amiral sapeur-pompier instituteur ' +
    'institutrice lyceen lyceenne collegien collegienne doctorant doctorante universitaire greviste ' +
    'activiste ecologiste feministe dissident dissidente partisan partisane sympathisant sympathisante ' +
    'adherent adherente bourgmestre maieur echevin echevine syndic consul consule paysan paysanne fermier ' +
    'fermiere chomeur chomeuse grand-mere grand-pere oncle tante cousin cousine compagnon compagne ' +
    'conjoint conjointe fiance fiancee mandataire animateur-producteur directeur-general educateur ' +
    'educatrice puericultrice assureur monitrice surveillant surveillante concierge ' +
    'intervenant intervenante collegue camarade coequipier coequipiere serveur serveuse buraliste ' +
    'barman vendeur vendeuse caissier caissiere maman papa mamie papi beau-pere belle-mere dame ' +
    'homme femme politicien politicienne villageois villageoise badaud badaude ' +
    // A stage director; party labels (`la libérale-radicale`, `le conservateur`).
    'metteur metteuse radical radicale conservateur conservatrice'
  ).split(' '),
  en: (
    'probationer trainee recruit ' +
    'coordinator ombudsman mediator observer emissary director-general secretary-general under-secretary ' +
    'headteacher headmaster headmistress lecturer tutor moderator facilitator paralegal bailiff jailer vicar deacon controller ' +
    'spokesman spokeswoman spokesperson minister secretary president vice-president official adviser ' +
    'advisor aide ambassador envoy negotiator chief director head leader lawmaker senator representative ' +
    'congressman congresswoman governor mayor analyst expert source diplomat prosecutor judge lawyer ' +
    'attorney general commander chancellor ceo cm pm chairman chairwoman chair founder professor researcher ' +
    'economist witness resident activist premier king queen prince pope candidate manager partner coach player ' +
    'author writer journalist editor commentator deputy counterpart negotiators officer soldier doctor ' +
    'nurse rn victim father mother son daughter wife husband widow investigator detective inspector ' +
    'commissioner strategist consultant scientist mp td mla taoiseach tanaiste backbencher frontbencher peer councillor councilor ' +
    'insider veteran organiser organizer owner teacher student worker farmer pastor priest rabbi imam ' +
    'bishop publicist attache agent captain colonel lieutenant sergeant surgeon pharmacist presenter ' +
    'anchor superintendent provost dean registrar trustee regent sheriff trooper constable garda ' +
    'marshal ranger warden firefighter paramedic medic physician epidemiologist virologist psychologist ' +
    'psychiatrist therapist dentist veterinarian midwife clinician pediatrician oncologist cardiologist ' +
    'pollster demographer historian sociologist anthropologist biologist chemist physicist geologist ' +
    'astronomer climatologist meteorologist forecaster engineer architect planner designer programmer ' +
    'entrepreneur investor trader banker broker accountant auditor lobbyist counsel ' +
    'barrister solicitor magistrate juror defendant plaintiff petitioner suspect inmate prisoner ' +
    'detainee convict survivor hostage refugee migrant immigrant homeowner tenant landlord neighbor ' +
    'neighbour shopper consumer customer client patient passenger motorist pedestrian cyclist commuter ' +
    'traveler traveller tourist visitor fan spectator voter citizen taxpayer grandmother grandfather ' +
    'grandparent aunt uncle cousin brother sister girlfriend boyfriend spouse fiance fiancee mom dad ' +
    'athlete striker midfielder defender goalkeeper quarterback pitcher referee umpire rider runner ' +
    'forward winger keeper batsman batter bowler receiver flanker fly-half scrum-half full-back fullback ' +
    'sprinter playmaker spinner seamer all-rounder wicketkeeper rookie youngster newcomer debutant ' +
    'swimmer skier boxer golfer jockey champion skipper actor actress singer musician songwriter ' +
    'composer rapper artist painter sculptor photographer filmmaker producer screenwriter novelist poet ' +
    'playwright comedian dancer choreographer curator reviewer reporter interviewer correspondent columnist blogger ' +
    'influencer podcaster cardinal archbishop monk nun chaplain cleric mufti sheikh clergyman rancher ' +
    'fisherman grower miner employee staffer laborer labourer contractor volunteer campaigner protester ' +
    'demonstrator unionist steward administrator treasurer comptroller clerk undersecretary legislator ' +
    'assemblyman assemblywoman councilman councilwoman councilmember alderman selectman supervisor ' +
    'delegate nominee incumbent challenger frontrunner chairperson cfo coo cto cofounder co-founder ' +
    'proprietor admiral corporal sailor airman pilot educator boss caregiver coroner examiner ' +
    'spokesmen bartender chef waiter driver cashier woman man politician executive businessman businesswoman ' +
    'teenager girl boy lady gentleman villager onlooker bystander eyewitness parent colleague gaffer ' +
    'female male caller dcp acp ssp dgp igp'
  ).split(' '),
};

/** Plural role nouns that name a group of people (`les dirigeants européens`, `des sources proches…`). */
export const GROUP_ROLES: Record<Language, string[]> = {
  fr: (
    'dirigeants responsables sources experts analystes diplomates officiels representants negociateurs ' +
    'manifestants habitants temoins elus deputes senateurs ministres militants observateurs specialistes ' +
    'chercheurs economistes autorites enqueteurs policiers soldats medecins proches opposants syndicats ' +
    'emissaires delegues commentateurs avocats juges procureurs membres participants organisateurs ' +
    'parties familles proches salaries grevistes syndicats intersyndicale riverains habitants agriculteurs ' +
    'enseignants etudiants eleves parents voisins survivants rescapes pompiers gendarmes militaires salaries ' +
    'ouvriers employes retraites commercants passants citoyens electeurs benevoles supporters spectateurs ' +
    'gardes-cotes garde-cotes secouristes sauveteurs femmes hommes adolescents adolescentes'
  ).split(' '),
  en: (
    'leaders officials sources experts analysts diplomats representatives negotiators protesters residents ' +
    'witnesses lawmakers senators ministers activists observers researchers economists authorities ' +
    'investigators police soldiers doctors aides advisers advisors members participants organizers organisers ' +
    'prosecutors lawyers judges people parties sides families relatives workers strikers unions residents ' +
    'farmers teachers students parents neighbours neighbors survivors campaigners critics supporters opponents ' +
    'mps backbenchers peers councillors insiders veterans women men gardai rescuers coastguards groups organizations ' +
    'organisations charities detectives officers firefighters paramedics nurses'
  ).split(' '),
};

/** Businesses named by their trade (`the carmaker said`, `le constructeur a jugé`). */
export const BUSINESS_TRADES =
  'carmaker automaker truckmaker maker supplier insurer lender giant constructeur fabricant assureur equipementier'.split(
    ' ',
  );

/** Nouns heading a description of an organisation (`le département d'État`, `un communiqué de…`). */
export const ORGANIZATION_NOUNS: Record<Language, string[]> = {
  fr: (
    'kremlin elysee maison-blanche pentagone matignon gouvernement ministere departement delegation ' +
    'administration armee etat-major parquet police gendarmerie prefecture tribunal cour commission conseil ' +
    'agence ong organisation parti syndicat entreprise groupe societe banque federation association comite ' +
    'bureau service services cabinet ambassade mairie assemblee senat parlement chambre opposition majorite ' +
    'presidence diplomatie direction institut organisme etablissement observatoire fondation union alliance coalition executif ' +
    'regime junte justice quai intersyndicale patronat famille entourage camp brigade unite office autorite ' +
    // (`la défense`: a side of a trial. Not `accusation`, far more often a charge than a party.)
    'defense compagnie chaine'
  )
    .split(' ')
    .concat(BUSINESS_TRADES),
  en: (
    'kremlin white pentagon government ministry department delegation administration army military ' +
    'police prosecutor court commission council agency organization organisation party union company firm ' +
    'group bank federation association committee bureau office service cabinet embassy parliament senate ' +
    'congress house presidency institute foundation alliance coalition regime junta family campaign ' +
    'force unit brigade squad constabulary authority directorate inspectorate watchdog regulator ' +
    'city county town township municipality bloc channel broadcaster airline carrier retailer charity ngo'
  )
    .split(' ')
    .concat(BUSINESS_TRADES),
};

/** Documents that speak for their author: `selon un communiqué du département d'État` → the department. */
export const SOURCE_DOCUMENTS: Record<Language, string[]> = {
  fr: 'communique declaration texte rapport document lettre note message courrier tweet publication entretien interview discours compte site page'.split(
    ' ',
  ),
  en: 'statement declaration text report document letter note message tweet post interview speech account release page website site feed'.split(
    ' ',
  ),
};

export const DETERMINERS: Record<Language, string[]> = {
  fr: "le la l' les un une des son sa ses leur leurs ce cet cette ces notre nos votre vos deux trois quatre plusieurs certains certaines quelques nombreux".split(
    ' ',
  ),
  en: 'the a an his her their its our this that these those one two three four several some many both other another'.split(
    ' ',
  ),
};

export const PREPOSITIONS: Record<Language, string[]> = {
  fr: "de du des d' a au aux avec entre contre pour par sur sous vers chez envers selon apres avant sans dans en pres aupres face devant derriere malgre parmi durant pendant outre".split(
    ' ',
  ),
  en: 'of to with by for from in on at between against about toward towards into onto over under after before without during among amid despite'.split(
    ' ',
  ),
};

/**
 * An auxiliary or a copula, as written: a finite verb in the words it is found in (a label has
 * none; a description after one is its object).
 */
export const AUXILIARY_VERB: Record<Language, RegExp> = {
  fr: /(?:^|[\s,'’])(?:a|ont|avait|avaient|est|sont|était|étaient|fut|sera)\s/iu,
  en: /(?:^|[\s,])(?:has|have|had|was|were|is|are|did|does)\s/i,
};

/** Subject pronouns a cue may have (`a-t-il`, `he said`), folded. */
export const PRONOUNS: Record<Language, Record<string, { gender: 'm' | 'f' | null; plural: boolean }>> = {
  fr: {
    il: { gender: 'm', plural: false },
    elle: { gender: 'f', plural: false },
    ils: { gender: 'm', plural: true },
    elles: { gender: 'f', plural: true },
    lui: { gender: 'm', plural: false },
    eux: { gender: 'm', plural: true },
    celui: { gender: 'm', plural: false },
    celle: { gender: 'f', plural: false },
    ce: { gender: null, plural: false },
    // (`Ceux-ci ont indiqué que…`: a demonstrative subject stands for the one just named.)
    'celui-ci': { gender: 'm', plural: false },
    'celle-ci': { gender: 'f', plural: false },
    'ceux-ci': { gender: 'm', plural: true },
    'celles-ci': { gender: 'f', plural: true },
  },
  en: {
    he: { gender: 'm', plural: false },
    she: { gender: 'f', plural: false },
    they: { gender: null, plural: true },
    it: { gender: null, plural: false },
    him: { gender: 'm', plural: false },
    her: { gender: 'f', plural: false },
    them: { gender: null, plural: true },
  },
};

/** Courtesy titles before a name (`M. Dupont`, `Mme Borne`, `Mr Smith`) and the gender they tell (`Dr`, `Pr`, `Me` tell none). */
export const TITLES: Record<string, 'm' | 'f' | null> = {
  m: 'm',
  mm: 'm',
  mme: 'f',
  mmes: 'f',
  mlle: 'f',
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dr: null,
  pr: null,
  me: null,
  maitre: null,
  sir: 'm',
  lord: 'm',
  lady: 'f',
  monsieur: 'm',
  madame: 'f',
  mademoiselle: 'f',
};

/**
 * Words of roles that mean the same post, mapped to one canonical word list. A later
 * `le chef de la diplomatie russe` then links to the actor introduced as
 * `le ministre russe des Affaires étrangères, Sergueï Lavrov`.
 */
export const ROLE_EQUIVALENCES: Array<[RegExp, string]> = [
  [/\bministres? (\w+ )?des affaires etrangeres\b/g, 'chef diplomatie $1'],
  [/\bchefs? de la diplomatie\b/g, 'chef diplomatie'],
  [/\bsecretaire d'etat (?:americain|des etats-unis)\b/g, 'chef diplomatie americain'],
  [/\bforeign (?:minister|secretary)\b/g, 'chef diplomatie'],
  [/\bsecretary of state\b/g, 'chef diplomatie americain'],
  [/\bministres? (\w+ )?de la defense\b/g, 'chef defense $1'],
  [/\bdefen[cs]e (?:minister|secretary)\b/g, 'chef defense'],
  [/\bpremier ministre\b/g, 'chef gouvernement'],
  [/\bprime minister\b/g, 'chef gouvernement'],
  // (Indian and British copy abbreviate: `the CM said`, `the PM`.)
  [/\bpm\b/g, 'chef gouvernement'],
  [/\bcm\b/g, 'chief minister'],
  [/\bchefs? du gouvernement\b/g, 'chef gouvernement'],
  [/\bchefs? de l'etat\b/g, 'president'],
  [/\bhead of state\b/g, 'president'],
  [/\bmaitre du kremlin\b/g, 'president russe'],
  [/\blocataire de la maison-?blanche\b/g, 'president americain'],
  [/\blocataire de l'elysee\b/g, 'president francais'],
  [/\bhote de l'elysee\b/g, 'president francais'],
  [/\bconseiller diplomatique\b/g, 'conseiller diplomatique'],
  [/\bnegociateur\b/g, 'negociateur'],
  // (`l'avocat général` is the prosecutor, never the defence's `avocate`.)
  [/\bavocate?s? generale?s?\b/g, 'procureur'],
  [/\bprocureure?s?\b/g, 'procureur'],
  // (`le maïeur`, `le mayeur`: Liège's and Hainaut's words for the bourgmestre.)
  [/\bma[iy]eurs?\b/g, 'bourgmestre'],
  // (`la mairesse`: Québec's word for a woman mayor.)
  [/\bmairesses?\b/g, 'maire'],
  [/\bdocteure?s?\b/g, 'medecin'],
  [/\b(?:physician|doctor)s?\b/g, 'medecin'],
];

/** Nationality and country adjectives are kept; these words do not distinguish roles. */
export const ROLE_FILLER = new Set(
  "le la les l' un une des de du d' et the a an of for to son sa ses leur leurs ce cette ancien ancienne nouveau nouvelle actuel actuelle".split(
    ' ',
  ),
);

/** Words that, capitalized at a sentence's start, are not names. */
export const NOT_NAMES = new Set(
  (
    "le la les l' un une des du de d' ce cet cette ces il elle ils elles on nous vous je j' tu mais et ou donc or ni car " +
    'si selon pour par sur sous dans avec sans apres avant depuis pendant lors quand lorsque alors ainsi aussi ' +
    'cependant toutefois pourtant enfin ensuite puis parmi malgre face cote vers chez entre contre en au aux a ' +
    'qui que quoi dont ou comment pourquoi combien quel quelle quels quelles tout tous toute toutes chaque ' +
    "aucun aucune plusieurs certains certaines d'apres dès des cela ceci ca voici voila oui non mme m mr " +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout ' +
    'septembre octobre novembre decembre hier aujourd demain the a an he she they it we i you but and or so if ' +
    'for by on in at with without after before since during when while as this that these those there here ' +
    'according monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december yesterday today tomorrow mrs ms dr his her their its our ' +
    'my your what which who whom whose how why where also however meanwhile then still yet of from to about ' +
    'into over under upon against among amid despite asked speaking contrary prior thanks owing ' +
    // Words that open French sentences (`Comme prévu, …`, `Même si …`, `Outre …`).
    "comme meme outre certes desormais neanmoins d'ailleurs ailleurs surtout notamment encore deja " +
    "bref aussitot sinon tandis tant lorsqu puisque afin c' qu' s' n' m' t' lorsqu' puisqu' jusqu' " +
    'maintenant finalement evidemment visiblement heureusement malheureusement justement actuellement parfois ' +
    'souvent dorenavant soudain apparemment forcement clairement autrefois auparavant egalement ' +
    'moreover furthermore additionally nowadays perhaps maybe ' +
    // Adverbs and negations that open a verbless sentence (`Toujours avec ce mobile`, `Pas de doute`).
    'pas plus moins toujours jamais seulement tres trop peu beaucoup rien guere vraiment ' +
    'not never always only just even now too very ' +
    // Prepositions that open a sentence (`Concernant les informations…, Dr Koné…`).
    'concernant quant hormis excepte suite durant via regarding concerning following unlike besides including throughout ' +
    // A page's date stamp (`Last Updated: Thursday…`, `Publié le…`).
    'last updated published posted modified publie ' +
    // (`Sauf que…`, `Sept personnes…`, `on Friday (Sept 15) declared`: a preposition, a number, a
    // month's abbreviation.)
    'sauf faute loin voire deux trois quatre cinq six sept huit neuf dix vingt cent ' +
    'two three four five six seven eight nine ten jan feb apr jun jul aug sep oct nov dec'
  )
    .split(' ')
    // (And every word the actor finder never takes for a name: `Instead, …`, `Should I…?`; once
    // folded, `grâce` is `Grace`, a first name.)
    .concat([...ACTOR_NOT_NAMES].map(fold).filter((w) => !isGenderedFirstName(w))),
);

/** Place words that look like names but do not speak as persons: used to keep pronouns off them. */
export const PLACE_HINTS = new Set(
  (
    'russie ukraine france allemagne etats-unis usa chine iran israel europe afrique asie amerique moscou ' +
    'washington paris londres berlin kiev kyiv pekin riyad ryad geneve bruxelles rome madrid tokyo gaza ' +
    'russia germany china britain england london brussels beijing japan india canada mexique mexico ' +
    'italie italy espagne spain pologne poland syrie syria turquie turkey republique'
  ).split(' '),
);

/** Men's first names with a woman's ending (`Mattia`, `Elia`, `Zakaria`). Folded. */
const MALE_DESPITE_ENDING = new Set('mattia elia zakaria zacharia tobia jeremia ilia josia augustine'.split(' '));

/**
 * A first name's gender (folded): the lists first, then an unlisted name's ending that is a
 * woman's in the languages of the news (`Melina`, `Justine`, `Gabriella`, `Antonietta`, `Sofia`)
 * — never `-a` alone, which many men's names in Africa and Asia end with (`Adama`, `Moussa`).
 */
export function firstNameGender(first: string): 'f' | 'm' | null {
  if (FEMALE_FIRST_NAMES.has(first)) return 'f';
  if (MALE_FIRST_NAMES.has(first)) return 'm';
  if (first.length < 4 || MALE_DESPITE_ENDING.has(first)) return null;
  return /(?:ina|ine|ette|elle|ella|etta|ienne|anne|ia)$/.test(first) ? 'f' : null;
}
