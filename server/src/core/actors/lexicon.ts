/**
 * Word lists the person finder relies on: first names (evidence that a capitalised pair
 * is a person), role nouns (titles and appositions), and capitalised words that never
 * start a name. All folded (lower case, no accents).
 */
import { fold } from '../text';

/** A set of folded words from a whitespace-separated list, as the word lists below are written. */
export function set(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => fold(w)),
  );
}

/** Common first names across the languages news writes about (French transliterations of Russian and Ukrainian names included). */
export const FIRST_NAMES = set(`
sergueï serguei sergei sergey serhiy serhii iouri youri yuri yury iuri dmitri dmitry dmytro vladimir volodymyr vladislav
alexeï alexei alexey oleksiy oleksii alexandre alexander alexandr oleksandr andreï andrei andrey andriy andrii andriï
mikhaïl mikhail mykhailo nikolaï nikolai nikolay mykola ivan igor ihor oleg viktor victor valeri valery valeriy valerii
evgueni evgeny evgeniy yevgeny yevhen ievgueni boris pavel pavlo piotr petro pyotr anatoli anatoly anatolii gennadi gennady
konstantin kostiantyn maxim maksim maksym denis denys roman ruslan rustem arseni arseniy vitali vitaliy vitaly iouli
ioulia yulia iulia olena elena hélène natalia natalya tatiana tatyana svetlana irina iryna olga maria marina anna ekaterina
ekaterina katerina valentina lioudmila ludmila lyudmila vassili vasily vassily grigori grigory leonid kirill fiodor fyodor
timofeï artem artyom egor yegor stanislav yaroslav iaroslav bogdan bohdan taras zbigniew andrzej radoslaw radosław mateusz
jaroslaw jarosław lech wojciech krzysztof tomasz piotr rafał rafal beata agnieszka ewa magdalena katarzyna
ramzan djokhar akhmad aslan murat ilham nikol serzh heydar shavkat kassym-jomart nursultan emomali sadyr
jean pierre paul jacques michel françois françoise marie anne philippe nicolas emmanuel édouard edouard gabriel élisabeth
elisabeth catherine christine christophe olivier laurent stéphane sébastien thierry bruno bernard alain gérard patrick
dominique frédéric julien mathieu matthieu guillaume antoine benoît benoit benjamin thomas nathalie isabelle sylvie valérie
sandrine ségolène rachida najat manuel ursula marine jordan éric eric yves hervé henri louis charles georges jean-luc
jean-yves jean-noël jean-marie jean-pierre jean-claude jean-françois jean-michel jean-marc jean-louis jean-paul jean-baptiste
marc luc lucie claire sophie camille julie laure agnès aurore clément florian fabien fabrice franck gilles hugo jérôme
jérémie kevin lionel ludovic marcel maxime mickaël pascal raphaël rémi romain samuel serge simon vincent xavier yann yannick
arnaud aurélien bertrand cédric damien didier emmanuelle géraldine juliette léa manon mathilde pauline sarah virginie amélie
anne-marie marie-hélène clémentine karine karin yaël roselyne rima marlène élise elise gérald gerald jean-noel sébastien
bruno-roger ségolène delphine véronique martine monique brigitte bernadette danielle ghislaine josé karim nadia yasmina
mohamed mohammed mohammad muhammad mohamad ahmed ahmad ali hassan hussein hossein abdel abdallah abdullah abdelaziz abdul
abdulaziz omar umar youssef yusuf yousef ibrahim ismaïl ismail khaled khalid walid mahmoud mustafa moustafa bachar bashar
recep tayyip benyamin yair naftali isaac yitzhak ehud ariel shimon moshe david daniel yahya salman tamim faisal fayçal
massoud masoud ebrahim javad abbas narendra rahul abiy uhuru yoweri félix felix macky bassirou ousmane alassane mamadi
assimi abdourahamane idriss mahamat faure patrice mahamadou boubacar amadou moussa aminata fatou kaïs kais abdelmadjid
abdelmajid nayib cyril thabo jacob nelson kwame nana goodluck muhammadu bola paul-henri
john james robert michael william richard joseph christopher matthew anthony antony mark donald steven steve andrew
joshua kenneth brian george timothy ronald edward jason jeffrey ryan gary eric jonathan stephen larry justin scott
brandon gregory frank raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan
walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse bryan billy
joe bruce logan albert willie alan juan wayne elijah randy roy ralph eugene russell bobby mason philip mike mitch chuck
nancy hillary kamala barack bill hakeem ted marco rand lindsey elizabeth liz mary patricia jennifer linda barbara susan
jessica karen lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley brenda pamela emma nicole helen samantha katherine
debra rachel carolyn janet heather diane ruth olivia joyce virginia kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice abigail alice judy
sophia denise amber doris marilyn beverly isabella theresa diana natalie brittany charlotte kayla alexis lori
tulsi kristi marjorie nikki ron rishi keir tony gordon yvette ed nigel kemi priti suella jd j.d. pete marco lloyd jake
kash tom tim chris matt dan dave jim bob rob ken greg tucker elon jeff sam
olaf friedrich annalena wolfgang frank-walter hans klaus jürgen helmut gerhard heiko karl markus sigmar horst armin lars
anders erik magnus sanna mette ulf stefan jonas alexander ursula joschka cem christian robert-jan
dirk joris hendrik wim stijn kristof filip rudi rik piet karel egbert conner sammy koen wouter geert pieter
els ans greet inge freya elke tinne gwendolyn annelies hilde
giorgia mario matteo sergio silvio giuseppe giovanni luigi paolo roberto enrico romano massimo beppe antonio antónio
pedro mariano josep kaja jens luiz javier nicolás nicolas jair gustavo claudia andrés andres carlos luis jorge miguel
josé francisco fernando rafael alberto enrique felipe alejandro marcelo rodrigo daniel evo dilma cristina mauricio
shinzo fumio shigeru yoshihide junichiro naruhito kim moon yoon lee park xi li wang zhang liu chen yang zhao huang zhou
wu hu deng mao jiang han qin
mark-anthony volker ignazio karin viola alain guy simonetta doris ueli christoph didier alberto pascale kaja mette
howard harry harvey herbert hugh ian jamie jared jay jeffery joel jon jonah josh julian keir kent kurt leo leon leonard
lewis luke malcolm martin matthias neil nick nigel oliver oscar owen patrick phil ralph rick ricky robin rod
rodney ross rupert russell seth shane simon stanley stuart ted theodore todd travis trevor troy vince warren wesley
wyatt zach abby ada alexandra alison allison amelia angelina anne-sophie annie ava barbara becky beth bianca
bonnie brooke caitlin carla carmen caroline cassandra chloe claudine colette cora courtney dana daphne della
eleanor elena elise ella ellen eloise erica erin esther eva felicity fiona frida gabrielle gemma
gina hailey harriet heidi ingrid irene isabel jade jane janet jasmine jenny jess jill joanna
jocelyn josephine julia kate katie kathy kirsten kristen leah lily lindsay lisa lois lorraine louise lucy
lydia mabel maggie mandy marcia margot marianne marion marjorie maureen maxine melanie mia miranda molly monica naomi
nora norma olga paige paula penelope phoebe polly priscilla rebekah rita rosa rosemary roxanne sabrina
sally selena shannon sheila shelby sherry sonia stella susanna suzanne sylvia tamara tanya tara tessa tina
tracy ursula vanessa vera veronica vicky wendy yasmin yvonne zoe zoé
adrien alexis anaïs anthony apolline baptiste bastien capucine cécile charlotte chantal clarisse corinne daniel danièle
denis diane dorothée élodie emma estelle eugénie fanny gaëlle gaspard geneviève grégoire guillemette hadrien hortense
inès jacqueline jeanne joël josiane justine laetitia léon léonie louis-philippe lucas madeleine marc-antoine margaux
mathias maud michèle mireille muriel nadine noémie odile pascal-henri patricia perrine quentin régis renaud richard
rodolphe sabine salomé sandra solène stéphanie sylvain théo thibault thibaut timothée tristan valentin victor victoire
yasmine yohann yvette
aziz bilal farid fatima hamid hicham jamal kamel karima leila leïla lina malik mehdi mourad nabil nasser rachid rania
reda salah samir sofiane soufiane tarek tariq yacine yassine younes zineb zakaria amina aïcha habib hamza
ismaël khadija latifa marwan mounir nour omar-khalid rami riad sami selim wael ziad
alejandra ana beatriz camila diego eduardo elena emilio esteban gabriela gonzalo ignacio isabel jaime joaquín julio
laura lucía luisa manuela martín mateo mercedes nicolás pablo paula raúl ricardo santiago sebastián sofía valentina
eddy eddie freddy freddie teddy kylian killian dylan enzo nolan noa noé norah nora romy lou léna léo lola louna lilou
maël maëlle jade inaya ambre alba rose agathe anaïs axel bastien célia clara elsa eva gabin ilyes jules kenzo liam luca
lucas mael marius martin mathis maya nael naël nathan noah sacha sasha timéo tom yanis zoé ibrahima mamadou moussa
cheikh abdoulaye aïssatou awa fatoumata oumar seydou souleymane modou lamine pape babacar madiambal birame khalifa
idrissa sadio serigne mariama ndèye adama siaka kofi kwaku yaw ama akosua chinedu chukwuma emeka ngozi oluwaseun tunde
femi bola sipho thabo themba lindiwe nomvula gwede cyril jacob julius fikile naledi zanele tito lerato bongani
jussie kim-ly tad nam min-jun ji-woo hiroshi yuki takeshi haruto sakura ravi priya willy amit anil sunil nirmala smriti mamata sushma pratibha kavita meenakshi supriya priyanka deepika
rajesh deepak vikram arjun ananya aditya kavya neha pooja rohan sanjay suresh
lebron jayson kawhi kyrie dwyane shaquille kobe tiger serena venus novak andy coco simone jalen lamar derrick darius
marcus tyrone andre deshawn dashawn darnell terrell dominic jesus raul ruben edgar cesar hector armando alfredo arturo
gerardo ramon colin craig graham gavin ewan callum declan conor connor aidan niall ciaran seamus brendan kieran rory
fergus hamish alistair angus duncan euan fraser iain alastair gwyneth bethan rhys owain gareth iwan emyr kirsty nicola
shona morag ailsa catriona tamsin imogen poppy daisy florence matilda beatrice georgina philippa arabella brianna
destiny latoya keisha aaliyah tiana shanice ebony kristin kristina kristy krista tiffany brittney chelsea kelsey
whitney taylor morgan casey riley avery peyton quinn skylar cameron reese blake drew glenn dwayne duane lance clint
clay cody colton garrett grant heath jeremiah josiah levi lincoln marshall miles preston reid rhett silas spencer
tanner trent wade weston zane gretchen hilary jeanette joanne kara katrina kristine leslie lynn marcy meredith pam
rhonda roberta shari sheryl stacy tammy terri toni valerie vivian wanda yolanda abe al barry ben bert chad charlie
cliff curtis dale darren derek don doug eli ernie floyd fred gene glen hank herb ira jerome jimmy joey johnny kirk
lenny marty max mel mick morris murray ned norm otis perry ray rex rocky rudy sal sid stan ty vic walt
nicholas aiden caleb evan brett dustin calvin tommy danny haley cindy peggy jen jenn meg gaëtan loïc
aurélie céline séverine émilie océane johan wouter pieter geert koen annelies hilde kris bart étienne etienne
rené rene renée rémy remy claude alex annastacia nuria aline prakash gladys darryl richie conrad jacinda winston kylie
dean adrian geoff graeme jackie clarence mustapha enda arvind phyllis alexia cathleen tania annick lise christelle
stanislas dieudonné claudio audrey alicia gerry nicky philipp penny norbert blandine debbie vivek sandeep ramesh manoj
laurence gilbert salvatore christiane wilfried myriam marguerite fabian cristian henriette noël neville maurice
allan fernand giorgio norman annabelle herman vivien felicia sonja sabina jeannette marian aude yvan eamon colm padraig
caoimhe eoghan reggie cory corey percy shawn brad ronnie lester virgil
`);

/** Courtesy titles written before a name: `M. Lavrov`, `Mme Le Pen`, `Mr Starmer`. */
export const TITLES = set(
  `m mme mmes mm mlle monsieur madame mademoiselle me maitre dr dre pr mr mrs ms miss sir lord lady dame rep sen gov gen col lt maj sgt capt cmdr adm brig prof rev cllr det insp
  supt cpl pvt cr crs`,
);

/**
 * Nouns that introduce or follow a name as its function (`le président américain Donald
 * Trump`, `Iouri Ouchakov, conseiller diplomatique du Kremlin`). Singular forms only:
 * plurals (`les chefs de la diplomatie`) name several people.
 */
export const ROLE_HEADS = set(`
président présidente vice-président vice-présidente ministre vice-ministre premier ministre secrétaire sous-secrétaire
conseiller conseillère assistant assistante porte-parole ambassadeur ambassadrice chef cheffe chancelier chancelière
dirigeant dirigeante directeur directrice député députée sénateur sénatrice maire mairesse gouverneur gouverneure général générale
colonel commandant amiral lieutenant capitaine négociateur négociatrice émissaire envoyé envoyée représentant représentante
patron patronne pdg fondateur fondatrice cofondateur roi reine prince princesse émir cheikh pape cardinal archevêque juge
procureur procureure avocat avocate commissaire leader coordinateur coordinatrice analyste expert experte chercheur
chercheuse professeur professeure journaliste correspondant correspondante auteur auteure autrice écrivain écrivaine
politologue économiste historien historienne diplomate responsable homologue prédécesseur successeur opposant opposante
militant militante candidat candidate vice-chancelier chef d'état-major directeur général présidente-directrice
président-directeur rédacteur rédactrice éditorialiste chroniqueur chroniqueuse fondateur haut-commissaire médiateur
médiatrice délégué déléguée attaché attachée adjoint adjointe numéro
sélectionneur sélectionneuse entraîneur entraîneuse capitaine suspect suspecte accusé accusée prévenu prévenue
enquêteur enquêtrice préfet préfète bâtonnier proviseur proviseure principal principale recteur rectrice
médecin docteur urgentiste chirurgien chirurgienne infirmier infirmière pharmacien pharmacienne vétérinaire
psychiatre psychologue épidémiologiste infectiologue virologue pédiatre policier policière gendarme pompier
enseignant enseignante ingénieur ingénieure architecte syndicaliste élu élue gérant gérante propriétaire
president vice-president minister secretary secretary-general adviser advisor aide spokesman spokeswoman spokesperson
ambassador chief chancellor leader director senator representative governor mayor general colonel commander admiral
negotiator envoy head ceo founder co-founder king queen prince pope cardinal judge prosecutor lawyer attorney commissioner
analyst expert researcher professor journalist correspondent author writer economist historian diplomat official
counterpart predecessor successor chairman chairwoman chair deputy lawmaker congressman congresswoman speaker candidate
premier sheikh emir mp mep msp mla
doctor physician surgeon nurse epidemiologist virologist psychiatrist psychologist pharmacist teacher engineer
architect firefighter owner principal headteacher headmaster headmistress
coach manager suspect defendant quarterback striker captain sheriff detective inspector superintendent
challenger opponent rival incumbent nominee contender challengeuse challengeur adversaire rivale
officer sergeant pastor priest bishop rabbi imam activist protester legislator councilman councilwoman councillor
councilor alderman alderwoman assemblyman assemblywoman trooper constable paramedic coroner treasurer comptroller
auditor clerk provost strategist pollster consultant organizer curé pasteur rabbin évêque agent agente
boss skipper midfielder winger defender goalkeeper attaquant attaquante défenseur défenseure ailier buteur buteuse
syndic syndique
`);

/** Words that name a storm before its given name (`Hurricane Florence`, `la tempête Ciaran`): weather, not a person. */
export const STORMS = set(`hurricane typhoon cyclone storm tempete ouragan typhon`);

/** Capitalised words that never begin a person's name (sentence starts, months, weekdays, pronouns). */
export const NOT_NAMES = set(`
le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu selon pour mais et ou
après avant dans en sur sous par avec sans côté comme alors puis ainsi toutefois pourtant depuis vers entre contre
malgré parmi si quand lors chez dès voici voilà son sa ses leur leurs notre nos votre vos mon ma mes tout tous toute
toutes aucun aucune chaque certains certaines plusieurs quelque quelques cela ceci ça celui celle ceux qui que quoi
république nation dont où lorsque puisque car donc or ni non oui pas plus moins très aussi encore déjà enfin ensuite
désormais
cependant néanmoins outre face grâce afin lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars
avril mai juin juillet août septembre octobre novembre décembre photo image source lire voir
the a an in on at for but and or if when after before as by with from to of this that these those it he she we they
his her their our its my your there here while since during under over about against between among through without
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december read see photo image also yet still however meanwhile then now so no yes not
later earlier afterwards instead again eventually finally separately elsewhere overall ultimately indeed initially
previously recently currently originally similarly likewise nevertheless nonetheless otherwise today yesterday tonight
toujours jamais aujourd hier ici là concernant quant hormis excepté suite durant via regarding concerning following
unlike besides including throughout
maintenant certes bref demain surtout également finalement évidemment visiblement heureusement malheureusement
justement notamment actuellement parfois souvent sinon dorénavant aussitôt soudain apparemment forcément clairement
seulement autrefois auparavant désormais moreover furthermore additionally meanwhile nowadays perhaps maybe
last updated published posted modified publié
sauf pendant faute loin voire tandis jan feb apr jun jul aug sep oct nov dec
should could would shall might must can cannot did does do has have had is are was were
`);

/** Role words that may open a capitalised English title before a name (`Foreign Minister Sergei Lavrov`). */
export const TITLE_WORDS = set(`
president vice prime minister foreign defence defense secretary state general deputy chief spokesman spokeswoman
ambassador chancellor senator sen rep representative governor gov mayor speaker leader commander admiral colonel gen
col lt king queen prince princess pope judge justice attorney interior finance treasury home trade economy
national security adviser advisor envoy special house senate un us eu nato russian american ukrainian french german
british chinese israeli iranian saudi turkish polish italian spanish european kremlin white former acting premier
président ministre secrétaire général chancelier
executive officer coach manager chairman chairwoman spokesperson commissioner superintendent sheriff inspector
detective sergeant constable officer councillor councilor alderman judge magistrate
`);

/** Nationality adjectives (French masculine and English forms), for groups such as `l'armée russe` or `the Ukrainian government`. */
export const NATIONALITIES = set(`
russe américain ukrainien français allemand britannique chinois israélien iranien saoudien turc polonais italien
espagnol européen syrien libanais palestinien égyptien irakien afghan indien pakistanais japonais coréen nord-coréen
sud-coréen canadien mexicain brésilien argentin belge suisse néerlandais suédois norvégien finlandais danois grec
hongrois roumain bulgare serbe croate tchèque slovaque autrichien portugais irlandais biélorusse géorgien arménien
azerbaïdjanais kazakh ouzbek qatari émirati jordanien marocain algérien tunisien libyen soudanais éthiopien kényan
nigérian sud-africain malien burkinabé nigérien sénégalais ivoirien congolais rwandais australien taïwanais
vietnamien thaïlandais indonésien philippin vénézuélien colombien chilien péruvien cubain estonien letton lituanien
moldave occidental atlantique onusien écossais anglais gallois québécois catalan basque
slovène bosnien monténégrin macédonien albanais luxembourgeois islandais néo-zélandais camerounais gabonais
togolais béninois guinéen mauritanien tchadien centrafricain malgache haïtien uruguayen paraguayen bolivien
équatorien ghanéen ougandais tanzanien zimbabwéen jamaïcain
russian american ukrainian french german british chinese israeli iranian saudi turkish polish italian spanish
european syrian lebanese palestinian egyptian iraqi afghan indian pakistani japanese korean north korean south korean
canadian mexican brazilian argentine belgian swiss dutch swedish norwegian finnish danish greek hungarian romanian
bulgarian serbian croatian czech slovak austrian portuguese irish belarusian georgian armenian azerbaijani kazakh
qatari emirati jordanian moroccan algerian tunisian libyan sudanese ethiopian kenyan nigerian malian senegalese
congolese rwandan australian taiwanese vietnamese thai indonesian filipino venezuelan colombian chilean peruvian
cuban estonian latvian lithuanian moldovan western us u.s. uk eu nato scottish welsh english
slovenian bosnian albanian icelandic cameroonian ghanaian ugandan tanzanian zimbabwean zambian jamaican haitian
uruguayan paraguayan bolivian ecuadorian
`);

/** Nouns that, with a nationality, name a group acting as one (`l'armée russe`, `la délégation américaine`, `the Ukrainian military`). */
export const GROUP_NOUNS = set(`
armée gouvernement délégation diplomatie administration présidence justice police marine aviation parlement opposition
forces troupes autorités renseignement ambassade consulat médiateurs négociateurs
army government delegation military administration embassy consulate navy parliament opposition forces troops authorities
mediators negotiators
intelligence
`);

/** First names borne by women, so that `la ministre` is never linked to a man (and `le ministre` to a woman). */
export const FEMALE_FIRST_NAMES = set(`
anita marisol katy simona martina belinda ariane floriane blanca gillian annabel georgie jacquelyn cara
kassandra dianne antoinette tatjana jelena clare aimee gail lila connie janelle erika timea rebeka barbora garbine
domitille claudie esperanza shania becca alisha oumou sylviane jasmina mariya mayra rolande raymonde natacha
mikaela nabila aisha samirah nazrin rashmi anika laurette hellen tigist sifan ajla allyson ivette cathie kelley
frédérique maia reeva nandipha babita zita phindi janie jenni christie britany evanie zrinka daiana leela stephani
félicité marie-line marie-ève marie-claude marie-françoise marie-suzanne marie-astrid annie-claire
adeline angèle apolline émeline murielle louna célia johanna farida
nirmala smriti mamata sushma pratibha kavita meenakshi supriya priyanka deepika priya
marie anne françoise catherine christine élisabeth elisabeth isabelle nathalie sylvie valérie sophie céline sandrine
véronique martine monique nicole brigitte chantal florence caroline claire julie laure laurence hélène agnès aurélie
émilie emilie camille pauline charlotte juliette manon léa chloé sarah ségolène najat rachida marine marion marlène
amélie anne-marie marie-christine marie-france christiane dominique édith edith geneviève josiane michèle michelle
muriel nadine pascale patricia rose simone yasmina yasmine fatima leila leïla samia nora norah romy elise élise
agathe clémentine jacqueline danielle myriam karine virginie audrey stéphanie delphine corinne fabienne annick
ursula angela theresa teresa hillary kamala nancy elizabeth mary jennifer linda susan karen lisa sarah jessica
emily emma olivia sophia ava mia amelia grace ella chloe lucy hannah rebecca rachel laura amy katherine kate
kathleen margaret patricia barbara helen sandra donna carol ruth sharon michelle kimberly deborah dorothy amanda
melissa stephanie heather nicole christina samantha kristine kristina kristin madeleine madeline ioulia yulia
iulia olena elena natalia natalya tatiana tatyana svetlana irina iryna olga maria marina anna ekaterina katerina
valentina lioudmila ludmila lyudmila beata agnieszka ewa magdalena katarzyna gwyneth bethan kirsty nicola shona
morag ailsa catriona tamsin imogen poppy daisy matilda beatrice georgina philippa arabella brianna latoya keisha
aaliyah tiana shanice ebony kristy krista tiffany brittney chelsea kelsey whitney gretchen hilary jeanette joanne
kara katrina leslie lynn marcy meredith pam rhonda roberta shari sheryl stacy tammy terri toni valerie vivian wanda
yolanda giorgia giorgia jacinda theresa liz priti suella nadine nadia rania golda indira benazir aung kaja
tory jacinda annastacia gladys kristina anna-marie aoife ciara niamh siobhan siobhán sinead sinéad orla orlaith
aisling grainne gráinne roisin róisín mairead máiread caoimhe saoirse deirdre bridget brigid eimear clodagh una
úna fiona mhairi heidi holly jade jasmine jodie joanna judith julia kay kerry lorraine louise lynne maureen
pamela paula penny rosie sally sheila shirley stacey suzanne tracey tracy wendy yvonne zoe zoé
aminata awa fatou fatoumata mariama khady ndeye ndèye aïssatou aissatou aïssata aissata aminata coumba adja
rokhaya mame marième mariem ngozi chimamanda folake funmilayo ellen
hélène-marie gisèle ginette huguette jocelyne josette lucie lucille madeleine mireille odile paulette solange
suzanne thérèse yvette anaïs axelle clarisse coralie elsa estelle eva gaëlle inès ines jeanne justine lola
louise maëlle margaux mathilde mélanie noémie océane ophélie rachel sabrina sandra solène tiphaine valentine
zoé annie diane francine ghislaine hélène jeannine liliane lise lyne manon mélissa nathalie sonia
els ans greet inge freya elke tinne gwendolyn annelies hilde
`);

/** First names borne by men, for the same check the other way round. */
export const MALE_FIRST_NAMES = set(`
nikola usain alpha leonardo emil luka andreas allen erick siegfried moustapha djamel darwin pep dorian ivor
kaleb rolf melvin moses amos idris calum clifford brendon jamar mattias alfred neal edmund alvin erwin carlo roderick
zack eren germain ugo dimitri thiago stephan raoul mikkel keegan federico dexter augustin bernardo kamal terrence
shaun brent vittorio lukas gautier rudolph edwin marko leroy amaury joffrey ewen lomig tangi tassilo filippo ciro
vincenzo joão tadej grigor daniil nedim slaven dawid leszek bronisław tadeusz marcin mladen jannik camilo mahdi
maceo saleh driss majed mouhamadou cellou bangaly soungalo abdourahmane makhtar hosni mansour hocine noureddine
mohcine amine nassif elimane mody umaro azzedine hatim saad issam abdelkrim riyad raouf sameh suliman bashir adem
lhoussine farhan shoaib jagmeet jasprit cheteshwar ishant bhuvneshwar varun harbhajan yuvraj rishabh rohit devendra
mahendra gangadhar narayan bimal sudhanshu virat zohran barham staffan svante bertil bjarne hajo kosuke
jean-bernard marc-andré jean-sébastien jean-christian pierre-luc simon-pierre jean-david pierre-françois
andré-pierre pierre-hugues pierre-ambroise yves-françois georges-louis
francis serge hamid
willy jean pierre paul jacques michel françois nicolas emmanuel édouard edouard gabriel philippe christophe olivier laurent
stéphane sébastien thierry bruno bernard alain gérard patrick manuel lionel arnaud benoît benoit bertrand didier
éric eric fabien frédéric frederic gilles guillaume hervé jérôme julien louis luc marc mathieu mathias matthieu
maxime pascal rémi richard robert roger thomas vincent xavier yves yannick jean-yves jean-luc jean-marc jean-pierre
jean-paul jean-claude jean-michel jean-louis jean-marie jean-françois gérald mohamed mohammed ahmed ali omar
sergueï serguei sergei sergey iouri youri yuri dmitri dmitry vladimir volodymyr alexandre alexander oleksandr andreï
andrei mikhaïl mikhail nikolaï ivan igor oleg viktor victor boris pavel piotr konstantin maxim denis roman
donald joe barack george bill john james robert michael william david richard joseph charles thomas christopher
daniel matthew anthony mark steven stephen andrew kenneth kevin brian edward ronald timothy jason jeffrey ryan jacob
gary eric jonathan larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis
jerry tyler aaron adam henry nathan douglas zachary peter kyle walter harold keith roger gerald carl terry sean
arthur lawrence dylan jesse bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
eugene vincent russell elijah louis bobby philip johnny dean nicos gwede mehdi rishi keir boris emmanuel olaf
recep xi narendra benjamin ehud yitzhak
tommy danny jamie jared martin simon neil colin graham graeme stuart stewart craig gordon alistair alasdair angus
hamish callum conor connor declan eoin eamon eamonn seamus sean liam niall ciaran ciarán cian darragh micheál mícheál
padraig pádraig fergus ruairi barry owen gareth rhys dafydd aled gethin ewan euan duncan ross lewis ollie oliver
harvey hugh ian jay joel jon jonah josh julian kurt leo leon leonard marcus nigel rob robbie rory russell shane
steve stephen toby tom tony trevor wesley glenn grant kieran kieron luke matt matty mike nick phil pete rick ricky
ron sam ted tim todd troy vince wade warren clive derek des gavin geoff geoffrey howard jeremy kenny lee malcolm
mick mitch murray nathaniel noel norman percy reginald rodney rupert stanley sydney tristan dermot donal dónal enda
micheal brendan kevin cathal fintan lorcan oisin oisín ronan tadhg
abdoulaye mamadou moussa ousmane ibrahima cheikh amadou boubacar souleymane modou macky idrissa assane alioune
aliou babacar birame malick mactar serigne khalifa sadio kalidou ismaïla ismaila youssou pape lamine bakary seydou
issa adama yacouba sidiki issouf salif mahamadou amadou oumar omar yaya kofi kwame kwesi yaw emeka chinedu olusegun
muhammadu goodluck bola yoweri uhuru william cyril jacob thabo nelson jean-baptiste jean-jacques jean-noël
rené raymond marcel maurice henri georges gaston jules léon lucien émile emile félix felix hugo théo theo enzo
lucas mathis nathan clément clement adrien antoine benjamin damien florian jordan kévin loïc quentin romain
sylvain valentin yann yannis franck fabrice frédérick grégoire grégory gregory hubert joël lionel ludovic mickaël
michaël raphaël samuel timothée
dirk joris hendrik wim stijn kristof filip rudi rik piet karel egbert conner koen wouter geert pieter bart jan
narendra rahul amit arvind nitish yogi akhilesh rajnath basavaraj siddaramaiah shivakumar
`);

/**
 * Common first names whose gender is clear, so `elle` / `she` finds the woman just named and
 * `il` / `he` the man. Folded. Names not listed stay of unknown gender (compatible with both).
 */
const MORE_FEMALE_FIRST_NAMES = new Set(
  (
    'marie anne sophie catherine isabelle nathalie sylvie christine valerie celine sandrine stephanie aurelie ' +
    'julie camille claire laure laurence helene agnes brigitte martine monique francoise christiane nicole ' +
    'elisabeth elizabeth segolene rachida ursula angela kamala hillary nancy giorgia marine valerie emmanuelle ' +
    'delphine karine caroline virginie emilie elodie pauline lea manon chloe emma ines sarah laura louise ' +
    'alice jeanne juliette charlotte lucie mathilde agathe clemence margaux oceane marion audrey amelie ' +
    'beatrice genevieve jacqueline simone yvonne odile annie josiane danielle michele mireille maryse ' +
    'fatima aicha amina yasmina leila nadia samia karima najat myriam rima hanna olena oksana oxana iryna yulia ' +
    'mary patricia jennifer linda barbara susan jessica karen lisa betty margaret sandra ashley kimberly ' +
    'donna carol michelle amanda melissa deborah rebecca sharon cynthia kathleen amy shirley angela helen ' +
    'anna brenda pamela emily nicole samantha katherine christine debra rachel carolyn janet maria heather ' +
    'diane julie joyce victoria kelly christina joan evelyn lauren judith olivia megan cheryl martha andrea ' +
    'frances hannah jacqueline ann gloria kathryn alice teresa sara janice doris madison julia grace ' +
    'judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose ' +
    'liz kemi theresa priti yvette suella kristi elise tulsi marjorie lindsey mette sanna jacinda ' +
    'kaja annalena roberta christine ngozi kristalina margrethe'
  ).split(' '),
);

const MORE_MALE_FIRST_NAMES = new Set(
  (
    'jean pierre michel philippe alain nicolas francois jacques bernard patrick daniel christophe stephane ' +
    'laurent eric frederic olivier thierry pascal david julien sebastien vincent emmanuel marc bruno gerald ' +
    'gabriel edouard jordan jean-luc jean-marie jean-pierre jean-yves jean-noel francois-xavier benjamin ' +
    'sergei serguei vladimir dmitri dmitry iouri yuri volodymyr viktor mikhail alexei alexandre alexander ' +
    'andrei oleksandr petro boris igor ivan nikolai maxime antoine thomas hugo louis lucas arthur paul ' +
    'raphael mathieu matthieu guillaume romain nicolas kevin anthony jonathan florian adrien quentin ' +
    'mohamed mohammed ahmed ali omar youssef karim mehdi rachid hassan ibrahim mustapha khalid abdel ' +
    'benyamin benjamin yair isaac naftali recep tayyip xi li wang narendra joe donald barack george bill ' +
    'ronald marco antony anthony mike michael john james robert william richard joseph charles christopher ' +
    'matthew mark steven andrew kenneth joshua kevin brian edward ronald timothy jason jeffrey ryan jacob ' +
    'gary nicholas eric jonathan stephen larry justin scott brandon frank raymond gregory samuel patrick ' +
    'alexander jack dennis jerry tyler aaron henry douglas peter adam nathan zachary walter kyle harold ' +
    'carl jeremy keith roger gerald ethan arthur terry christian sean lawrence austin noah jesse albert ' +
    'bryan billy bruce willie jordan dylan alan ralph gabriel roy juan wayne eugene logan randy louis ' +
    'russell vincent philip bobby johnny bradley keir rishi boris emmanuel olaf friedrich pedro mark ' +
    'jens volker karl-heinz hakan viktor andrzej donald justin jair javier luiz antonio sergio giuseppe ' +
    'matteo mario enrico silvio'
  ).split(' '),
);

/** More first names, French, English and international (folded), for the gender of a pronoun's referent. */
for (const n of 'adele aissatou aziliz anaig armelle enora gwenaelle gwendoline katell klervi maiwenn morgane nolwenn rozenn soazig solenn alessandra alexandra alexandria alexia alicia aline amandine aminata ana anais angelique ann anna annabelle annalisa anne-marie anne-sophie annie arielle ashley astrid aude aung aurore awa axelle ayesha beatriz benazir berenice bernadette beth betsy birgit blandine bonnie brittany capucine carla carly carmen carole carrie cassandra cathy cecile chantal charlene chelsea chiara christelle clarisse claudia claudine colette coralie corinne courtney cyrielle dana daphne dawn debbie deborah denise diane dolores dominique-anne donna edith ekaterina eleanor elena eliane elisa elise ella ellen eloise elsa emma erica erin estelle esther eugenie eva evelyne fabienne fanny fatou federica felicity fiona florence francesca francine gabrielle gaelle georgia geraldine ghislaine gina gisele giulia greta gwen hailey harriet hayley heike helena holly houria huguette ilaria ilhan indira ines ingrid irene irina isabella jacinda jackie jacqui jade jane janet jasmine jeanine jeannine jennifer jenny jess jill jo-ann joanna jocelyne jodie josephine josette josie joy julianne justine kara kate kathy katie kay kayla keiko kelly-ann kerry khadija kirsty kristen kristina laetitia lara lauren laurie leah leila lena lesley liliane lily lina lindsay ling lisa-marie lise liz lola lorna lorraine louisa lucia lucienne lucy ludivine ludmila lydia lydie madeleine maelle magali malika mandy marcia margo marguerite maria mariama marianne marie-christine marie-claire marie-france marie-pierre marina marine marlene marsha marta martine maud maureen maxine meghan mei melanie mia michaela miranda molly monica monika mylene nadege nadine naima najwa naomi natalia natasha nawal ndeye nikki nina ninon noemie nora odette olga olivia ophelie paige paola pascale patricia patsy paula paulette peggy penelope penny perrine petra phoebe pilar polly priti priya nirmala smriti mamata sushma pratibha kavita meenakshi supriya priyanka deepika rachael rachel rania rebekah regine renee rita rocio rosa rosalie roseline rosemary ruby ruth sabine sabrina sally salma salome samantha samira sara sarah severine shannon sheila sherry sigrid silvia simone sofia solange sonia souad stacey stella suella sunita susanna suzanne svetlana sylvaine sylvia tamara tammy tanya tara tatiana tessa theresa therese tiffany tina tracy tulsi ursula valentine vanessa vera veronica veronique victoire violaine viviane wendy whitney yasmine yoko yolande yuki yvonne zineb zoe'.split(
  ' ',
))
  MORE_FEMALE_FIRST_NAMES.add(n);
for (const n of 'colby brody landon bryce gildas erwan goulven tanguy gwenael brieuc corentin tugdual timothee yoann yoan kilian tomas tomasz thomas jan jens lars sven nils erik anders magnus henrik jakob niklas abbas abdelaziz abdelkader abdellah abdou abdoulaye alberto alejandro alessandro alexei ali-reza aliou amadou amit andres andriy arnaud arvind aurelien avigdor babacar bamba baptiste bastien beau beji ben benoit bernie bertrand bezalel bilal bob boris boubacar carlos cedric charles-henri cheikh christian christoph chuck clement clint colin cory craig cyril dale damien dan danny darren dave davey dean denis denys derek didier dmitry don doug drew duncan dwight earl ebrahim ed eddie eddy ehud ekrem elijah elliott emile emilien eric ernest etienne fabien fabio fabrice farid felix fernand fernando florent floyd francisco franck fred friedrich fumio gael gaetan gauthier gavin georges gerard gianni gideon gilbert gilles giorgio glenn gordon graham grant greg gregoire gregory gustavo guy habib hamza hank harry hedi heiko henri herve horst hossein howard hubert hugh hunter ian ibrahima idrissa imran ismail itamar jacky jake javad jean-baptiste jean-charles jean-christophe jean-claude jean-francois jean-jacques jean-louis jean-michel jean-paul jean-philippe jeff jeremie jerome jim jimmy jinping joel johan jon jorge jose jules jurgen justin kais keir kemal kenny kevin killian kirk kurt kwasi kylian lamine lance leo leon lewis liam lionel loic lucien ludovic luigi luis luke macky mahmoud malcolm mamadou manuel marcel marcus markus martial martin matt maurice max maxence michel-ange miguel mike mitch mitchell mitt modou mohammad moncef moshe mourad moussa mykhailo nabil narendra nate nawaz neil newt nic nick nigel noel nordine norman olaf oleksiy oliver olivier oscar oumar ousmane owen pablo paolo patrice pete phil pierre-yves pietro rafael rahul ralph raul ray raymond recep reggie regis remi renaud rex ricardo rick rishi rob robert roberto rod rodney roger roland ron ross rudy ruslan russ sadio sajid samir santiago sergei sergey seth seydou shane shehbaz shimon shinzo silvain simon sofiane souleymane stan stefano steve stuart sylvain tayeb ted teddy theo thibault thibaut tim todd tom tony travis trevor tristan troy tucker valentin vernon victor vince vitali vitaliy vladimir wade walid warren wes will willy wladimir wolfgang xavier yann yannick yevgeniy yevgeny yitzhak yoav yoon yoshihide youssou yves zach zinedine barry bert chad cliff curtis derek doug ernie hank herb jerome joey kirk lenny marty mick ned otis perry rocky sid stan walt gord'.split(
  ' ',
))
  MORE_MALE_FIRST_NAMES.add(n);

// One answer to `is Barry a man?` for every reader: the lists above join the gendered sets,
// a woman's name first, and every gendered name is a first name for the actor finder.
for (const n of MORE_FEMALE_FIRST_NAMES) FEMALE_FIRST_NAMES.add(n);
for (const n of MORE_MALE_FIRST_NAMES) if (!FEMALE_FIRST_NAMES.has(n)) MALE_FIRST_NAMES.add(n);
/** A first name whose gender the lists tell (folded). */
export function isGenderedFirstName(norm: string): boolean {
  return FEMALE_FIRST_NAMES.has(norm) || MALE_FIRST_NAMES.has(norm);
}

// (Not the ones that are common words or places as well: `Will Trump`, `House Bill 2`,
// `Charlotte's mayoral primary`.)
const FIRST_NAMES_AS_WORDS = set(`
will bill mark grace rose dawn frank may june april august hope joy faith pat sue rob art ray guy earl don bob
victoria georgia florence sydney austin jordan chad israel paris lincoln charlotte savannah chelsea brooklyn
madison dallas houston phoenix orlando virginia carolina regina adelaide alexandria valencia sierra london
`);
for (const n of [...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]) if (!FIRST_NAMES_AS_WORDS.has(n)) FIRST_NAMES.add(n);

/** An office that heads an organisation, then `de`/`of` (`le directeur général de`, `patron de`, `CEO of`). */
const HEAD_OF =
  /(?:^|[\s'’(])(?:directeur|directrice|patron|patronne|président|présidente|pdg|fondateur|fondatrice|dirigeant|dirigeante|ceo|chairman|chairwoman|director|founder|president|chief executive)(?:\s+(?:général|générale|exécutif|exécutive|adjoint|adjointe|general|executive))?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*$/iu;

/** True when the text writes `name` somewhere right after an office that heads something (`directeur général de Business France`). */
export function writtenAsHeaded(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (HEAD_OF.test(text.slice(Math.max(0, at - 40), at))) return true;
  return false;
}

/**
 * A folded singular noun that names a scientist's or a practitioner's trade by its ending
 * (`glaciologue`, `volcanologist`, `mathématicien`, `pediatrician`), for trades no list can
 * hold. (`prologue`, `monologue` are texts; `l'énergéticien` is an energy company.)
 */
export function isTradeNoun(norm: string): boolean {
  // (The endings first, as plain string tests: this runs for every word the readers meet.)
  if (
    norm.length < 8 ||
    !(
      norm.endsWith('ologue') ||
      norm.endsWith('ologist') ||
      norm.endsWith('icien') ||
      norm.endsWith('icienne') ||
      norm.endsWith('ician')
    )
  )
    return false;
  return /^\p{L}+$/u.test(norm) && !TEXTS_NOT_TRADES.has(norm);
}
const TEXTS_NOT_TRADES = new Set(['prologue', 'monologue', 'decalogue', 'energeticien', 'energeticienne']);

/** A nationality adjective, masculine or feminine, singular or plural (`russe`, `américaine`, `ukrainiennes`). */
export function isNationality(norm: string): boolean {
  const w = norm.replace(/s$/, '');
  if (NATIONALITIES.has(norm) || NATIONALITIES.has(w)) return true;
  if (w.endsWith('enne') && NATIONALITIES.has(w.slice(0, -2))) return true;
  return w.endsWith('e') && NATIONALITIES.has(w.slice(0, -1));
}

/** A nationality word without its feminine or plural ending, to compare `française` with `français`. */
export function nationalityStem(norm: string): string {
  return norm.replace(/s$/, '').replace(/(?:ne|e)$/, '');
}
