/**
 * Writes the built-in actor packs (server/rules/{fr,en}-actors.yaml, {fr,en}-people.yaml)
 * from the lists below. Edit the lists, then run `npx tsx scripts/build-actor-packs.ts`.
 *
 * Line formats (fields separated by `|`, variants by `;`, the first variant is the name):
 *   COUNTRIES:  fr names | en names | fr demonym (plural) | en demonym (plural)
 *   PLACES:     fr names | en names          (cities, regions; one field = same in both)
 *   ORGS:       fr names | en names          (organisations and institutions)
 *   GROUPS:     fr | en                      (groups named by a plural noun)
 *   PEOPLE:     fr names | en names | fr role; fr descriptions | en role; en descriptions
 */
import * as fs from 'fs';
import * as path from 'path';

const COUNTRIES = `
Afghanistan|Afghanistan|Afghans|Afghans
Afrique du Sud|South Africa|Sud-Africains|South Africans
Albanie|Albania|Albanais|Albanians
Algérie|Algeria|Algériens|Algerians
Allemagne;RFA|Germany|Allemands|Germans
Andorre|Andorra||
Angola|Angola|Angolais|Angolans
Antigua-et-Barbuda|Antigua and Barbuda||
Arabie saoudite;Arabie|Saudi Arabia|Saoudiens|Saudis
Argentine|Argentina|Argentins|Argentines;Argentinians
Arménie|Armenia|Arméniens|Armenians
Australie|Australia|Australiens|Australians
Autriche|Austria|Autrichiens|Austrians
Azerbaïdjan|Azerbaijan|Azerbaïdjanais;Azéris|Azerbaijanis;Azeris
Bahamas|Bahamas||
Bahreïn|Bahrain|Bahreïniens|Bahrainis
Bangladesh|Bangladesh|Bangladais|Bangladeshis
Barbade|Barbados||
Belgique|Belgium|Belges|Belgians
Belize|Belize||
Bénin|Benin|Béninois|
Bhoutan|Bhutan||
Biélorussie;Bélarus;Belarus|Belarus|Biélorusses;Bélarusses|Belarusians
Birmanie;Myanmar|Myanmar;Burma|Birmans|
Bolivie|Bolivia|Boliviens|Bolivians
Bosnie-Herzégovine;Bosnie|Bosnia and Herzegovina;Bosnia|Bosniens;Bosniaques|Bosnians
Botswana|Botswana||
Brésil|Brazil|Brésiliens|Brazilians
Brunei|Brunei||
Bulgarie|Bulgaria|Bulgares|Bulgarians
Burkina Faso;Burkina|Burkina Faso|Burkinabés;Burkinabè|
Burundi|Burundi|Burundais|Burundians
Cambodge|Cambodia|Cambodgiens|Cambodians
Cameroun|Cameroon|Camerounais|Cameroonians
Canada|Canada|Canadiens|Canadians
Cap-Vert|Cape Verde;Cabo Verde||
Centrafrique;République centrafricaine|Central African Republic|Centrafricains|
Chili|Chile|Chiliens|Chileans
Chine;République populaire de Chine|China;People's Republic of China;PRC|Chinois|
Chypre|Cyprus|Chypriotes|Cypriots
Colombie|Colombia|Colombiens|Colombians
Comores|Comoros||
Congo;République du Congo;Congo-Brazzaville|Republic of the Congo;Congo-Brazzaville;Congo||
RDC;République démocratique du Congo;RD Congo|Democratic Republic of the Congo;DRC;DR Congo|Congolais|
Corée du Nord|North Korea;DPRK|Nord-Coréens|North Koreans
Corée du Sud|South Korea;Republic of Korea|Sud-Coréens|South Koreans
Costa Rica|Costa Rica||
Côte d'Ivoire|Ivory Coast;Côte d'Ivoire|Ivoiriens|Ivorians
Croatie|Croatia|Croates|Croatians;Croats
Cuba|Cuba|Cubains|Cubans
Danemark|Denmark|Danois|Danes
Djibouti|Djibouti||
Dominique|Dominica||
République dominicaine|Dominican Republic||
Égypte|Egypt|Égyptiens|Egyptians
Émirats arabes unis;EAU;Émirats|United Arab Emirates;UAE;Emirates|Émiratis|Emiratis
Équateur|Ecuador|Équatoriens|Ecuadorians
Érythrée|Eritrea|Érythréens|Eritreans
Espagne|Spain|Espagnols|Spaniards
Estonie|Estonia|Estoniens|Estonians
Eswatini;Swaziland|Eswatini;Swaziland||
États-Unis;USA;US;Amérique;États-Unis d'Amérique|United States;United States of America;US;USA;U.S.;America|Américains|Americans
Éthiopie|Ethiopia|Éthiopiens|Ethiopians
Fidji|Fiji||
Finlande|Finland|Finlandais|Finns
France|France|Français|
Gabon|Gabon|Gabonais|
Gambie|Gambia;The Gambia||
Géorgie|Georgia|Géorgiens|Georgians
Ghana|Ghana|Ghanéens|Ghanaians
Grèce|Greece|Grecs|Greeks
Grenade|Grenada||
Guatemala|Guatemala||
Guinée|Guinea|Guinéens|Guineans
Guinée-Bissau|Guinea-Bissau||
Guinée équatoriale|Equatorial Guinea||
Guyana|Guyana||
Haïti|Haiti|Haïtiens|Haitians
Honduras|Honduras||
Hongrie|Hungary|Hongrois|Hungarians
Inde|India|Indiens|Indians
Indonésie|Indonesia|Indonésiens|Indonesians
Irak;Iraq|Iraq|Irakiens|Iraqis
Iran|Iran|Iraniens|Iranians
Irlande|Ireland|Irlandais|
Islande|Iceland|Islandais|Icelanders
Israël|Israel|Israéliens|Israelis
Italie|Italy|Italiens|Italians
Jamaïque|Jamaica|Jamaïcains|Jamaicans
Japon|Japan|Japonais|
Jordanie|Jordan|Jordaniens|Jordanians
Kazakhstan|Kazakhstan|Kazakhs|Kazakhs
Kenya|Kenya|Kényans|Kenyans
Kirghizistan;Kirghizstan|Kyrgyzstan||
Kiribati|Kiribati||
Kosovo|Kosovo|Kosovars|Kosovars
Koweït|Kuwait|Koweïtiens|Kuwaitis
Laos|Laos||
Lesotho|Lesotho||
Lettonie|Latvia|Lettons|Latvians
Liban|Lebanon|Libanais|
Liberia|Liberia||
Libye|Libya|Libyens|Libyans
Liechtenstein|Liechtenstein||
Lituanie|Lithuania|Lituaniens|Lithuanians
Luxembourg|Luxembourg|Luxembourgeois|
Macédoine du Nord;Macédoine|North Macedonia;Macedonia||
Madagascar|Madagascar|Malgaches|
Malaisie|Malaysia|Malaisiens|Malaysians
Malawi|Malawi||
Maldives|Maldives||
Mali|Mali|Maliens|Malians
Malte|Malta|Maltais|
Maroc|Morocco|Marocains|Moroccans
Îles Marshall|Marshall Islands||
Maurice;île Maurice|Mauritius||
Mauritanie|Mauritania|Mauritaniens|Mauritanians
Mexique|Mexico|Mexicains|Mexicans
Micronésie|Micronesia||
Moldavie;Moldova|Moldova|Moldaves|Moldovans
Monaco|Monaco||
Mongolie|Mongolia|Mongols|Mongolians
Monténégro|Montenegro||
Mozambique|Mozambique||
Namibie|Namibia||
Nauru|Nauru||
Népal|Nepal|Népalais|Nepalis
Nicaragua|Nicaragua||
Niger|Niger|Nigériens|
Nigeria;Nigéria|Nigeria|Nigérians|Nigerians
Norvège|Norway|Norvégiens|Norwegians
Nouvelle-Zélande|New Zealand|Néo-Zélandais|New Zealanders
Oman|Oman||
Ouganda|Uganda|Ougandais|Ugandans
Ouzbékistan|Uzbekistan|Ouzbeks|Uzbeks
Pakistan|Pakistan|Pakistanais|Pakistanis
Palaos|Palau||
Palestine;Territoires palestiniens|Palestine;Palestinian territories|Palestiniens|Palestinians
Panama|Panama||
Papouasie-Nouvelle-Guinée|Papua New Guinea||
Paraguay|Paraguay||
Pays-Bas;Hollande|Netherlands;Holland|Néerlandais|
Pérou|Peru|Péruviens|Peruvians
Philippines|Philippines|Philippins|Filipinos
Pologne|Poland|Polonais|Poles
Portugal|Portugal|Portugais|
Qatar|Qatar|Qataris|Qataris
Roumanie|Romania|Roumains|Romanians
Royaume-Uni;Grande-Bretagne;UK|United Kingdom;UK;U.K.;Britain;Great Britain|Britanniques|Britons
Russie;Fédération de Russie|Russia;Russian Federation|Russes|Russians
Rwanda|Rwanda|Rwandais|Rwandans
Saint-Kitts-et-Nevis|Saint Kitts and Nevis||
Sainte-Lucie|Saint Lucia||
Saint-Vincent-et-les-Grenadines|Saint Vincent and the Grenadines||
Îles Salomon|Solomon Islands||
Salvador;El Salvador|El Salvador||
Samoa|Samoa||
Saint-Marin|San Marino||
Sao Tomé-et-Principe|Sao Tome and Principe||
Sénégal|Senegal|Sénégalais|
Serbie|Serbia|Serbes|Serbs;Serbians
Seychelles|Seychelles||
Sierra Leone|Sierra Leone||
Singapour|Singapore|Singapouriens|Singaporeans
Slovaquie|Slovakia|Slovaques|Slovaks
Slovénie|Slovenia|Slovènes|Slovenians
Somalie|Somalia|Somaliens|Somalis
Soudan|Sudan|Soudanais|
Soudan du Sud|South Sudan|Sud-Soudanais|
Sri Lanka|Sri Lanka|Sri-Lankais|Sri Lankans
Suède|Sweden|Suédois|Swedes
Suisse;Confédération helvétique;Confédération|Switzerland|Suisses|
Suriname|Suriname||
Syrie|Syria|Syriens|Syrians
Tadjikistan|Tajikistan|Tadjiks|Tajiks
Taïwan|Taiwan|Taïwanais|
Tanzanie|Tanzania|Tanzaniens|Tanzanians
Tchad|Chad|Tchadiens|Chadians
Tchéquie;République tchèque|Czech Republic;Czechia|Tchèques|Czechs
Thaïlande|Thailand|Thaïlandais|
Timor oriental;Timor-Leste;Timor Leste|East Timor;Timor-Leste;Timor Leste||
Togo|Togo|Togolais|
Tonga|Tonga||
Trinité-et-Tobago|Trinidad and Tobago||
Tunisie|Tunisia|Tunisiens|Tunisians
Turkménistan|Turkmenistan|Turkmènes|Turkmens
Turquie;Türkiye|Turkey;Türkiye|Turcs|Turks
Tuvalu|Tuvalu||
Ukraine|Ukraine|Ukrainiens|Ukrainians
Uruguay|Uruguay||
Vanuatu|Vanuatu||
Vatican;Saint-Siège|Vatican;Holy See||
Venezuela|Venezuela|Vénézuéliens|Venezuelans
Viêt Nam;Vietnam|Vietnam;Viet Nam|Vietnamiens|
Yémen|Yemen|Yéménites|Yemenis
Zambie|Zambia||
Zimbabwe|Zimbabwe||
Union soviétique;URSS|Soviet Union;USSR|Soviétiques|Soviets
`;

const PLACES = `
Europe|Europe
Asie|Asia
Afrique|Africa
Océanie|Oceania
Amérique latine|Latin America
Amérique du Nord|North America
Amérique du Sud|South America
Amérique centrale|Central America
Moyen-Orient|Middle East;Mideast
Proche-Orient|Near East
Europe de l'Est;Europe orientale|Eastern Europe
Europe de l'Ouest;Europe occidentale|Western Europe
Europe centrale|Central Europe
Europe du Nord|Northern Europe
Asie centrale|Central Asia
Asie du Sud-Est|Southeast Asia
Extrême-Orient|Far East
Balkans|Balkans
Caucase|Caucasus
Scandinavie|Scandinavia
pays baltes;États baltes|Baltic states;Baltics
Sahel|Sahel
Maghreb|Maghreb
golfe Persique;Golfe|Persian Gulf;Gulf
Arctique|Arctic
Antarctique|Antarctica
Méditerranée|Mediterranean
mer Noire|Black Sea
mer Baltique|Baltic Sea
mer Rouge|Red Sea
mer de Chine méridionale|South China Sea
Occident|West
Crimée|Crimea
Donbass;Donbas|Donbas;Donbass
Gaza;bande de Gaza|Gaza;Gaza Strip
Cisjordanie|West Bank
Golan;plateau du Golan|Golan Heights;Golan
Kurdistan|Kurdistan
Tibet|Tibet
Xinjiang|Xinjiang
Hong Kong|Hong Kong
Transnistrie|Transnistria
Abkhazie|Abkhazia
Ossétie du Sud|South Ossetia
Haut-Karabakh|Nagorno-Karabakh
Groenland|Greenland
Porto Rico|Puerto Rico
Sibérie|Siberia
Tchétchénie|Chechnya
Darfour|Darfur
Cachemire|Kashmir
Sinaï|Sinai
Corse|Corsica
Bretagne|Brittany
Alsace|Alsace
Bavière|Bavaria
Écosse|Scotland
Pays de Galles|Wales
Irlande du Nord|Northern Ireland
Angleterre|England
Californie|California
Texas|Texas
Floride|Florida
Alabama|Alabama
Alaska|Alaska
Arizona|Arizona
Arkansas|Arkansas
Colorado|Colorado
Connecticut|Connecticut
Delaware|Delaware
Hawaï|Hawaii
Idaho|Idaho
Illinois|Illinois
Indiana|Indiana
Iowa|Iowa
Kansas|Kansas
Kentucky|Kentucky
Louisiane|Louisiana
Maine|Maine
Maryland|Maryland
Massachusetts|Massachusetts
Michigan|Michigan
Minnesota|Minnesota
Mississippi|Mississippi
Missouri|Missouri
Montana|Montana
Nebraska|Nebraska
Nevada|Nevada
New Hampshire|New Hampshire
New Jersey|New Jersey
Nouveau-Mexique|New Mexico
Caroline du Nord|North Carolina
Dakota du Nord|North Dakota
Ohio|Ohio
Oklahoma|Oklahoma
Oregon|Oregon
Pennsylvanie|Pennsylvania
Rhode Island|Rhode Island
Caroline du Sud|South Carolina
Dakota du Sud|South Dakota
Tennessee|Tennessee
Utah|Utah
Vermont|Vermont
Virginie|Virginia
Virginie-Occidentale|West Virginia
Wisconsin|Wisconsin
Wyoming|Wyoming
Ontario|Ontario
Alberta|Alberta
Colombie-Britannique|British Columbia
Kramatorsk|Kramatorsk
Sloviansk|Sloviansk
Kupiansk|Kupiansk
Tchassiv Iar|Chasiv Yar
Vouhledar|Vuhledar
Melitopol|Melitopol
Berdiansk|Berdiansk
Mykolaïv|Mykolaiv
Jytomyr|Zhytomyr
Tchernihiv|Chernihiv
Poltava|Poltava
Vinnytsia|Vinnytsia
Ivano-Frankivsk|Ivano-Frankivsk
Oujhorod|Uzhhorod
Rostov-sur-le-Don;Rostov|Rostov-on-Don;Rostov
Volgograd|Volgograd
Ekaterinbourg|Yekaterinburg
Kazan|Kazan
Nijni Novgorod|Nizhny Novgorod
Samara|Samara
Omsk|Omsk
Krasnodar|Krasnodar
Brjansk|Bryansk
Daghestan|Dagestan
Bouriatie|Buryatia
Québec|Quebec
Catalogne|Catalonia
Flandre|Flanders
Wallonie|Wallonia
Île-de-France|Île-de-France
Paris|Paris
Londres|London
Berlin|Berlin
Rome|Rome
Madrid|Madrid
Lisbonne|Lisbon
Bruxelles|Brussels
Amsterdam|Amsterdam
La Haye|The Hague
Vienne|Vienna
Berne|Bern
Genève|Geneva
Zurich|Zurich
Lausanne|Lausanne
Bâle|Basel
Lugano|Lugano
Davos|Davos
Varsovie|Warsaw
Prague|Prague
Budapest|Budapest
Bratislava|Bratislava
Bucarest|Bucharest
Sofia|Sofia
Belgrade|Belgrade
Zagreb|Zagreb
Ljubljana|Ljubljana
Sarajevo|Sarajevo
Podgorica|Podgorica
Tirana|Tirana
Skopje|Skopje
Pristina|Pristina
Athènes|Athens
Ankara|Ankara
Istanbul|Istanbul
Izmir|Izmir
Nicosie|Nicosia
Chisinau;Kichinev|Chisinau
Minsk|Minsk
Vilnius|Vilnius
Riga|Riga
Tallinn|Tallinn
Helsinki|Helsinki
Stockholm|Stockholm
Oslo|Oslo
Copenhague|Copenhagen
Reykjavik|Reykjavik
Dublin|Dublin
Édimbourg|Edinburgh
Manchester|Manchester
Birmingham|Birmingham
Glasgow|Glasgow
Belfast|Belfast
Moscou|Moscow
Saint-Pétersbourg|Saint Petersburg;St Petersburg;St. Petersburg
Kiev;Kyiv;Kyïv|Kyiv;Kiev
Tbilissi|Tbilisi
Erevan|Yerevan
Bakou|Baku
Astana|Astana
Almaty|Almaty
Tachkent|Tashkent
Bichkek|Bishkek
Douchanbé|Dushanbe
Achgabat|Ashgabat
Kaboul|Kabul
Islamabad|Islamabad
Karachi|Karachi
Lahore|Lahore
New Delhi;Delhi|New Delhi;Delhi
Bombay;Mumbai|Mumbai;Bombay
Calcutta;Kolkata|Kolkata;Calcutta
Dacca;Dhaka|Dhaka
Katmandou|Kathmandu
Colombo|Colombo
Pékin;Beijing|Beijing;Peking
Shanghai|Shanghai
Taipei|Taipei
Tokyo|Tokyo
Osaka|Osaka
Hiroshima|Hiroshima
Séoul|Seoul
Pyongyang|Pyongyang
Oulan-Bator|Ulaanbaatar
Hanoï|Hanoi
Hô Chi Minh-Ville;Saïgon|Ho Chi Minh City;Saigon
Bangkok|Bangkok
Vientiane|Vientiane
Phnom Penh|Phnom Penh
Rangoun;Yangon|Yangon;Rangoon
Naypyidaw|Naypyidaw
Kuala Lumpur|Kuala Lumpur
Jakarta|Jakarta
Manille|Manila
Canberra|Canberra
Sydney|Sydney
Melbourne|Melbourne
Wellington|Wellington
Téhéran|Tehran
Bagdad|Baghdad
Damas|Damascus
Beyrouth|Beirut
Amman|Amman
Jérusalem|Jerusalem
Tel-Aviv;Tel Aviv|Tel Aviv
Ramallah|Ramallah
Riyad;Ryad;Riyadh|Riyadh;Riyad
Djeddah|Jeddah
La Mecque|Mecca
Doha|Doha
Abou Dhabi|Abu Dhabi
Dubaï|Dubai
Mascate|Muscat
Sanaa|Sanaa
Aden|Aden
Manama|Manama
Le Caire;Caire|Cairo
Alexandrie|Alexandria
Tripoli|Tripoli
Benghazi|Benghazi
Tunis|Tunis
Alger|Algiers
Rabat|Rabat
Casablanca|Casablanca
Marrakech|Marrakesh;Marrakech
Nouakchott|Nouakchott
Dakar|Dakar
Bamako|Bamako
Niamey|Niamey
Ouagadougou|Ouagadougou
Abidjan|Abidjan
Yamoussoukro|Yamoussoukro
Accra|Accra
Lomé|Lome
Cotonou|Cotonou
Lagos|Lagos
Abuja|Abuja
N'Djamena|N'Djamena
Yaoundé|Yaounde
Douala|Douala
Libreville|Libreville
Brazzaville|Brazzaville
Kinshasa|Kinshasa
Goma|Goma
Bangui|Bangui
Luanda|Luanda
Khartoum|Khartoum
Juba|Juba
Addis-Abeba|Addis Ababa
Asmara|Asmara
Mogadiscio|Mogadishu
Nairobi|Nairobi
Kampala|Kampala
Kigali|Kigali
Bujumbura|Bujumbura
Dodoma|Dodoma
Dar es Salaam|Dar es Salaam
Lusaka|Lusaka
Harare|Harare
Maputo|Maputo
Antananarivo|Antananarivo
Windhoek|Windhoek
Gaborone|Gaborone
Pretoria|Pretoria
Johannesburg|Johannesburg
Le Cap|Cape Town
Tombouctou|Timbuktu
Washington|Washington;Washington D.C.
New York|New York;New York City;NY;N.Y.
Manhattan|Manhattan
Brooklyn|Brooklyn
Bronx|Bronx
Harlem|Harlem
Staten Island|Staten Island
Capitol Hill|Capitol Hill
Capitole|Capitol;US Capitol;U.S. Capitol
Bureau ovale|Oval Office
Silicon Valley|Silicon Valley
Los Angeles|Los Angeles
Chicago|Chicago
San Francisco|San Francisco
Miami|Miami
Houston|Houston
Boston|Boston
Seattle|Seattle
Philadelphie|Philadelphia
Atlanta|Atlanta
Las Vegas|Las Vegas
La Nouvelle-Orléans|New Orleans
Détroit|Detroit
Anchorage|Anchorage
Ottawa|Ottawa
Montréal|Montreal
Toronto|Toronto
Vancouver|Vancouver
Mexico|Mexico City
La Havane|Havana
Caracas|Caracas
Bogota|Bogota;Bogotá
Quito|Quito
Lima|Lima
La Paz|La Paz
Santiago|Santiago
Buenos Aires|Buenos Aires
Montevideo|Montevideo
Asuncion;Asunción|Asuncion;Asunción
Brasilia|Brasilia
Rio de Janeiro;Rio|Rio de Janeiro;Rio
São Paulo;Sao Paulo|São Paulo;Sao Paulo
Managua|Managua
Tegucigalpa|Tegucigalpa
Port-au-Prince|Port-au-Prince
Saint-Domingue|Santo Domingo
Kingston|Kingston
Munich|Munich
Francfort|Frankfurt
Hambourg|Hamburg
Cologne|Cologne
Bonn|Bonn
Dresde|Dresden
Strasbourg|Strasbourg
Lyon|Lyon
Marseille|Marseille
Toulouse|Toulouse
Bordeaux|Bordeaux
Lille|Lille
Nice|Nice
Nantes|Nantes
Rennes|Rennes
Le Havre;Havre|Le Havre
Montpellier|Montpellier
Grenoble|Grenoble
Versailles|Versailles
Milan|Milan
Naples|Naples
Florence|Florence
Venise|Venice
Turin|Turin
Barcelone|Barcelona
Séville|Seville
Valence|Valencia
Porto|Porto
Anvers|Antwerp
Rotterdam|Rotterdam
Gdansk|Gdansk
Cracovie|Krakow;Kraków
Lviv;Lvov|Lviv
Odessa;Odesa|Odesa;Odessa
Kharkiv;Kharkov|Kharkiv;Kharkov
Donetsk|Donetsk
Louhansk;Lougansk|Luhansk;Lugansk
Marioupol|Mariupol
Zaporijia|Zaporizhzhia
Kherson|Kherson
Bakhmout|Bakhmut
Avdiïvka;Avdiivka|Avdiivka
Pokrovsk|Pokrovsk
Sébastopol|Sevastopol
Dnipro|Dnipro
Soumy|Sumy
Boutcha|Bucha
Tchernobyl|Chernobyl
Koursk|Kursk
Belgorod|Belgorod
Novossibirsk|Novosibirsk
Vladivostok|Vladivostok
Kaliningrad|Kaliningrad
Mourmansk|Murmansk
Grozny|Grozny
Sotchi|Sochi
Alep|Aleppo
Homs|Homs
Idleb;Idlib|Idlib
Mossoul|Mosul
Raqqa|Raqqa
Erbil|Erbil
Kandahar|Kandahar
Rafah|Rafah
Khan Younès|Khan Younis
Naplouse|Nablus
Hébron|Hebron
Jénine|Jenin
Haïfa|Haifa
Ain|Ain
Aisne|Aisne
Allier|Allier
Alpes-de-Haute-Provence|Alpes-de-Haute-Provence
Hautes-Alpes|Hautes-Alpes
Alpes-Maritimes|Alpes-Maritimes
Ardèche|Ardèche
Ardennes|Ardennes
Ariège|Ariège
Aude|Aude
Aveyron|Aveyron
Bouches-du-Rhône|Bouches-du-Rhône
Calvados|Calvados
Cantal|Cantal
Charente|Charente
Charente-Maritime|Charente-Maritime
Corrèze|Corrèze
Corse-du-Sud|Corse-du-Sud
Haute-Corse|Haute-Corse
Côte-d'Or|Côte-d'Or
Côtes-d'Armor|Côtes-d'Armor
Creuse|Creuse
Dordogne|Dordogne
Doubs|Doubs
Drôme|Drôme
Eure|Eure
Eure-et-Loir|Eure-et-Loir
Finistère|Finistère
Gard|Gard
Haute-Garonne|Haute-Garonne
Gers|Gers
Gironde|Gironde
Hérault|Hérault
Ille-et-Vilaine|Ille-et-Vilaine
Indre|Indre
Indre-et-Loire|Indre-et-Loire
Isère|Isère
Landes|Landes
Loir-et-Cher|Loir-et-Cher
Loire|Loire
Haute-Loire|Haute-Loire
Loire-Atlantique|Loire-Atlantique
Loiret|Loiret
Lot-et-Garonne|Lot-et-Garonne
Lozère|Lozère
Maine-et-Loire|Maine-et-Loire
Manche|Manche
Marne|Marne
Haute-Marne|Haute-Marne
Mayenne|Mayenne
Meurthe-et-Moselle|Meurthe-et-Moselle
Meuse|Meuse
Morbihan|Morbihan
Moselle|Moselle
Nièvre|Nièvre
Oise|Oise
Orne|Orne
Pas-de-Calais|Pas-de-Calais
Puy-de-Dôme|Puy-de-Dôme
Pyrénées-Atlantiques|Pyrénées-Atlantiques
Hautes-Pyrénées|Hautes-Pyrénées
Pyrénées-Orientales|Pyrénées-Orientales
Bas-Rhin|Bas-Rhin
Haut-Rhin|Haut-Rhin
Haute-Saône|Haute-Saône
Saône-et-Loire|Saône-et-Loire
Sarthe|Sarthe
Haute-Savoie|Haute-Savoie
Seine-Maritime|Seine-Maritime
Seine-et-Marne|Seine-et-Marne
Yvelines|Yvelines
Deux-Sèvres|Deux-Sèvres
Somme|Somme
Tarn|Tarn
Tarn-et-Garonne|Tarn-et-Garonne
Var|Var
Vaucluse|Vaucluse
Vendée|Vendée
Haute-Vienne|Haute-Vienne
Vosges|Vosges
Yonne|Yonne
Territoire de Belfort|Territoire de Belfort
Essonne|Essonne
Hauts-de-Seine|Hauts-de-Seine
Seine-Saint-Denis|Seine-Saint-Denis
Val-de-Marne|Val-de-Marne
Val-d'Oise|Val-d'Oise
Guadeloupe|Guadeloupe
Martinique|Martinique
Guyane|Guyane
Mayotte|Mayotte
Auvergne-Rhône-Alpes|Auvergne-Rhône-Alpes
Bourgogne-Franche-Comté|Bourgogne-Franche-Comté
Centre-Val de Loire|Centre-Val de Loire
Grand Est|Grand Est
Hauts-de-France|Hauts-de-France
Île-de-France;Ile-de-France|Île-de-France;Ile-de-France
Normandie|Normandy
Nouvelle-Aquitaine|Nouvelle-Aquitaine
Occitanie|Occitanie
Pays de la Loire|Pays de la Loire
Provence-Alpes-Côte d'Azur;PACA|Provence-Alpes-Côte d'Azur
Côte d'Azur|French Riviera;Côte d'Azur
Provence|Provence
Lorraine|Lorraine
Picardie|Picardy
Champagne|Champagne
Bourgogne|Burgundy
Aquitaine|Aquitaine
Languedoc|Languedoc
Limousin|Limousin
Auvergne|Auvergne
Franche-Comté|Franche-Comté
La Réunion;Réunion|Réunion
Vaud|Vaud
Valais|Valais
Fribourg|Fribourg
Neuchâtel|Neuchâtel
Tessin|Ticino
Argovie|Aargau
Grisons|Graubünden
Wallonie|Wallonia
Flandre|Flanders
Liège|Liège
Namur|Namur
Charleroi|Charleroi
Anvers|Antwerp
Ontario|Ontario
Colombie-Britannique|British Columbia
Alberta|Alberta
Manitoba|Manitoba
Saskatchewan|Saskatchewan
Nouvelle-Écosse|Nova Scotia
Nouveau-Brunswick|New Brunswick
Terre-Neuve|Newfoundland
Gaspésie|Gaspé Peninsula;Gaspésie
Abitibi-Témiscamingue|Abitibi-Témiscamingue
Saguenay–Lac-Saint-Jean;Saguenay-Lac-Saint-Jean|Saguenay–Lac-Saint-Jean
Outaouais|Outaouais
Montérégie|Montérégie
Laurentides|Laurentides
Lanaudière|Lanaudière
Estrie|Estrie
Mauricie|Mauricie
Beauce|Beauce
Charlevoix|Charlevoix
Côte-Nord|Côte-Nord
Bas-Saint-Laurent|Bas-Saint-Laurent
Laval|Laval
Gatineau|Gatineau
Sherbrooke|Sherbrooke
Trois-Rivières|Trois-Rivières
Longueuil|Longueuil
Lévis|Lévis
Midlands de l'Ouest|West Midlands
Yorkshire|Yorkshire
Lancashire|Lancashire
Kent|Kent
Essex|Essex
Surrey|Surrey
Cornouailles|Cornwall
Devon|Devon
Cumbria|Cumbria
Merseyside|Merseyside
Grand Manchester|Greater Manchester
Thiès|Thiès
Ziguinchor|Ziguinchor
Casamance|Casamance
Touba|Touba
`;

const ORGS = `
OTAN;Otan;NATO;Alliance atlantique;Alliance nord-atlantique;Organisation du traité de l'Atlantique nord;Alliance|NATO;North Atlantic Treaty Organization;Atlantic Alliance;Alliance
Union européenne;UE;Union|European Union;EU;E.U.
Nations unies;ONU;Organisation des Nations unies|United Nations;UN;U.N.
Conseil de sécurité;Conseil de sécurité de l'ONU;Conseil de sécurité des Nations unies|Security Council;UN Security Council;United Nations Security Council
Assemblée générale des Nations unies;Assemblée générale de l'ONU|UN General Assembly;United Nations General Assembly
OSCE;Organisation pour la sécurité et la coopération en Europe|OSCE;Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe
G7|G7;Group of Seven
G20|G20;Group of 20
BRICS;Brics|BRICS
FMI;Fonds monétaire international|IMF;International Monetary Fund
Banque mondiale|World Bank
OMC;Organisation mondiale du commerce|WTO;World Trade Organization
OMS;Organisation mondiale de la santé|WHO;World Health Organization
Commission européenne|European Commission
Parlement européen|European Parliament
Conseil européen|European Council
Banque centrale européenne;BCE|European Central Bank;ECB
Conseil de l'Europe|Council of Europe
Cour pénale internationale;CPI|International Criminal Court;ICC
Cour internationale de justice;CIJ|International Court of Justice;ICJ
Cour européenne des droits de l'homme;CEDH|European Court of Human Rights;ECHR
AIEA;Agence internationale de l'énergie atomique|IAEA;International Atomic Energy Agency
OPEP;Opep|OPEC
OCDE|OECD
Union africaine;UA|African Union;AU
Ligue arabe|Arab League
ASEAN;Asean|ASEAN
CEI;Communauté des États indépendants|CIS;Commonwealth of Independent States
OTSC;Organisation du traité de sécurité collective|CSTO;Collective Security Treaty Organization
Organisation de coopération de Shanghai;OCS|Shanghai Cooperation Organisation;SCO
CEDEAO;Cédéao|ECOWAS
Conseil de coopération du Golfe|Gulf Cooperation Council;GCC
Croix-Rouge;CICR;Comité international de la Croix-Rouge|Red Cross;ICRC;International Committee of the Red Cross
UNICEF;Unicef|UNICEF
HCR;UNHCR;Haut-Commissariat des Nations unies pour les réfugiés|UNHCR;UN refugee agency
UNRWA|UNRWA
UNESCO;Unesco|UNESCO
PAM;Programme alimentaire mondial|World Food Programme;WFP
Amnesty International|Amnesty International;Amnesty
Human Rights Watch;HRW|Human Rights Watch;HRW
Médecins sans frontières;MSF|Doctors Without Borders;MSF;Médecins Sans Frontières
Reporters sans frontières;RSF|Reporters Without Borders;RSF
Interpol|Interpol
Europol|Europol
Frontex|Frontex
Hamas|Hamas
Hezbollah|Hezbollah
Talibans|Taliban
État islamique;EI;Daech;Daesh|Islamic State;ISIS;ISIL;Daesh
Al-Qaïda;Al-Qaida|Al-Qaeda;Al Qaeda
Houthis|Houthis
Wagner;groupe Wagner|Wagner Group;Wagner
Kremlin|Kremlin
Maison Blanche;Maison-Blanche|White House
département d'État;département d'État américain;Département d'État|State Department;US State Department;Department of State
Pentagone;département américain de la Défense|Pentagon;US Department of Defense;U.S. Department of Defense;Defense Department
Congrès;Congrès américain|Congress;US Congress
Sénat américain|US Senate;U.S. Senate
Armée américaine;armée américaine|US Army;U.S. Army;United States Army
Chambre des représentants|House of Representatives
CIA|CIA
FBI|FBI
NSA|NSA
Conseil de sécurité nationale|National Security Council;NSC
Réserve fédérale;Fed|Federal Reserve;Fed
Cour suprême|Supreme Court
Élysée;palais de l'Élysée|Élysée;Elysee;Élysée Palace
Matignon|Matignon
Quai d'Orsay;ministère français des Affaires étrangères;ministère des Affaires étrangères français;diplomatie française|Quai d'Orsay;French Foreign Ministry;French foreign ministry;French Ministry of Foreign Affairs
Assemblée nationale|National Assembly
Sénat|Senate
Conseil constitutionnel|Constitutional Council
Downing Street;10 Downing Street|Downing Street;Number 10
Foreign Office;ministère britannique des Affaires étrangères;diplomatie britannique|Foreign Office;British Foreign Office;Foreign, Commonwealth and Development Office;FCDO
Bundestag|Bundestag
Douma;Douma d'État|Duma;State Duma
Rada;Verkhovna Rada|Rada;Verkhovna Rada
Knesset|Knesset
Tsahal;armée israélienne|Israel Defense Forces;IDF
Conseil fédéral|Federal Council
Zelensky? 
AFP;Agence France-Presse;afp|AFP;Agence France-Presse
Reuters|Reuters
AP;Associated Press|AP;Associated Press
Keystone;Keystone-ATS|Keystone;Keystone-ATS
ATS|ATS
Anadolu;agence Anadolu|Anadolu;Anadolu Agency
TASS;Tass|TASS;Tass
RIA Novosti|RIA Novosti
Interfax|Interfax
Xinhua|Xinhua
Ukrinform|Ukrinform
DPA|DPA
ANSA|ANSA
EFE|EFE
Bloomberg|Bloomberg
Belga|Belga
Getty Images|Getty Images
EPA|EPA
Sputnik|Sputnik
RT;Russia Today|RT;Russia Today
BBC|BBC
CNN|CNN
Fox News|Fox News
NBC;NBC News|NBC;NBC News
CBS;CBS News|CBS;CBS News
ABC News|ABC News
MSNBC|MSNBC
NPR|NPR
Truth Social|Truth Social
New York Times;NYT|New York Times;NYT
Washington Post|Washington Post
USA Today;USA TODAY|USA Today;USA TODAY
Los Angeles Times;LA Times|Los Angeles Times;LA Times
Sky News|Sky News
Wall Street Journal;WSJ|Wall Street Journal;WSJ
Financial Times|Financial Times;FT
The Guardian;Guardian|The Guardian;Guardian
The Economist|The Economist;Economist
Politico|Politico
Axios|Axios
Al Jazeera;Al-Jazeera|Al Jazeera
Le Monde|Le Monde
Le Figaro|Le Figaro
Libération|Libération;Liberation
Les Echos|Les Echos
Le Parisien|Le Parisien
Mediapart|Mediapart
France 24|France 24
RFI|RFI
France Télévisions|France Télévisions
Le Temps|Le Temps
Tribune de Genève|Tribune de Genève
RTS|RTS
Der Spiegel;Spiegel|Der Spiegel;Spiegel
Bild|Bild
Kommersant|Kommersant
Izvestia|Izvestia
Rassemblement national;RN|National Rally;Rassemblement National
La France insoumise;France insoumise;LFI|France Unbowed;La France Insoumise;LFI
Parti socialiste;PS|Socialist Party
Les Républicains;LR|Les Républicains
Renaissance|Renaissance
Les Écologistes;EELV|Les Écologistes;Greens
Parti communiste français;PCF|French Communist Party;PCF
La République en marche;LREM;LaREM|La République En Marche;LREM;LaREM
MoDem;Mouvement démocrate|MoDem;Democratic Movement
UMP;Union pour un mouvement populaire|UMP
Reconquête|Reconquête
N-VA;Nouvelle Alliance flamande|N-VA;New Flemish Alliance
Open VLD;Open Vld|Open VLD;Open Vld
CD&V|CD&V
Vlaams Belang|Vlaams Belang
Mouvement réformateur;MR|Reformist Movement;MR
Ecolo|Ecolo
PTB;PVDA|PTB;Workers' Party of Belgium
cdH;Les Engagés|cdH;Les Engagés
DéFI|DéFI
Vooruit|Vooruit
Coalition avenir Québec;CAQ|Coalition Avenir Québec;CAQ
Parti québécois;PQ|Parti Québécois;PQ
Québec solidaire;QS|Québec solidaire;QS
Parti libéral du Québec;PLQ|Quebec Liberal Party;PLQ
Bloc québécois|Bloc Québécois
Nouveau Parti démocratique;NPD|New Democratic Party;NDP
Parti libéral du Canada|Liberal Party of Canada
Parti conservateur du Canada|Conservative Party of Canada
UDC;Union démocratique du centre|Swiss People's Party;SVP;UDC
PLR|FDP;PLR
Likoud|Likud
Reform UK|Reform UK
Libéraux-démocrates;Lib Dems|Liberal Democrats;Lib Dems
Parti national écossais;SNP|Scottish National Party;SNP
Plaid Cymru|Plaid Cymru
DUP|Democratic Unionist Party;DUP
Sinn Féin;Sinn Fein|Sinn Féin;Sinn Fein
Ofcom|Ofcom
Ofgem|Ofgem
Ofsted|Ofsted
Unison|Unison
TUC|Trades Union Congress;TUC
Met Office|Met Office
ACLU|American Civil Liberties Union;ACLU
NAACP|NAACP
NRA|National Rifle Association;NRA
département de la Sécurité intérieure|Department of Homeland Security;Homeland Security;DHS
FEMA|Federal Emergency Management Agency;FEMA
Centres de contrôle et de prévention des maladies;CDC|Centers for Disease Control and Prevention;CDC;Centers for Disease Control
SEC|Securities and Exchange Commission;SEC
FTC|Federal Trade Commission;FTC
IRS|Internal Revenue Service;IRS
département de la Justice;ministère américain de la Justice|Justice Department;Department of Justice;DOJ
Garde nationale|National Guard
Secret Service|Secret Service
Border Patrol|Border Patrol
Planned Parenthood|Planned Parenthood
Black Lives Matter|Black Lives Matter
Pastef|Pastef
Congrès national africain;ANC|African National Congress;ANC
Greenpeace|Greenpeace
Force ouvrière;FO|Force Ouvrière
UNSA|UNSA
FNSEA|FNSEA
Conseil national|National Council
Conseil des États|Council of States
Grand Conseil|Grand Council
Fedpol|Fedpol
Hydro-Québec|Hydro-Québec
Santé Canada|Health Canada
Élections Canada|Elections Canada
Postes Canada|Canada Post
Transports Canada|Transport Canada
Statistique Canada;StatCan|Statistics Canada;StatCan
Medef|Medef
CGT|CGT
CFDT|CFDT
Insee|Insee
Météo-France;Météo France|Météo-France;Météo France
Santé publique France|Santé publique France
Haute Autorité de santé;HAS|French National Authority for Health
Met Office|Met Office
Ifop|Ifop
Ipsos|Ipsos
Cour des comptes|Court of Audit
Conseil d'État|Council of State
SNCF|SNCF
EDF|EDF
Parti démocrate;Démocrates|Democratic Party;Democrats
Parti républicain;Républicains|Republican Party;Republicans;GOP
Parti travailliste;Travaillistes|Labour Party;Labour
Parti conservateur;Tories|Conservative Party;Conservatives;Tories
CDU|CDU;Christian Democratic Union
SPD|SPD;Social Democratic Party
AfD|AfD;Alternative for Germany
Russie unie|United Russia
Parti communiste chinois;PCC|Chinese Communist Party;CCP;Communist Party
Banque d'Angleterre|Bank of England
Banque de France|Bank of France
Banque du Japon|Bank of Japan
Banque populaire de Chine|People's Bank of China
Goldman Sachs|Goldman Sachs
JPMorgan;JPMorgan Chase;JP Morgan|JPMorgan;JPMorgan Chase;JP Morgan
Morgan Stanley|Morgan Stanley
BlackRock|BlackRock
Wall Street|Wall Street
Fox Business|Fox Business
Nvidia|Nvidia
Airbus|Airbus
Boeing|Boeing
TotalEnergies|TotalEnergies
Gazprom|Gazprom
Rosneft|Rosneft
Nord Stream|Nord Stream
Tesla|Tesla
SpaceX|SpaceX
Google|Google
Apple|Apple
Microsoft|Microsoft
Meta;Facebook|Meta;Facebook
Amazon|Amazon
OpenAI|OpenAI
Twitter|Twitter
Telegram|Telegram
WhatsApp|WhatsApp
TikTok|TikTok
Instagram|Instagram
YouTube|YouTube
LinkedIn|LinkedIn
Bluesky|Bluesky
Netflix|Netflix
Nasdaq|Nasdaq
Bourse de New York;NYSE|New York Stock Exchange;NYSE
CNBC|CNBC
The Hill|The Hill
Haaretz|Haaretz
Times of Israel|Times of Israel;The Times of Israel
Kyiv Independent|Kyiv Independent;The Kyiv Independent
ZDF|ZDF
ARD|ARD
CTV|CTV;CTV News
Global News|Global News
France 3|France 3
Arte|Arte
TV5 Monde;TV5MONDE;TV5|TV5 Monde;TV5MONDE
Jeune Afrique|Jeune Afrique
L'Orient-Le Jour|L'Orient-Le Jour
El País|El País
Corriere della Sera|Corriere della Sera
NZZ;Neue Zürcher Zeitung|NZZ;Neue Zürcher Zeitung
SRF|SRF
Noovo|Noovo
Cogeco|Cogeco
Uber|Uber
Ryanair|Ryanair
easyJet;EasyJet|easyJet;EasyJet
Air France|Air France
Lufthansa|Lufthansa
British Airways|British Airways
Delta Air Lines|Delta Air Lines;Delta
American Airlines|American Airlines
United Airlines|United Airlines
WikiLeaks;Wikileaks|WikiLeaks;Wikileaks
Gardiens de la révolution;Gardiens de la Révolution;pasdarans;Corps des gardiens de la révolution islamique|Revolutionary Guards;Revolutionary Guard;Islamic Revolutionary Guard Corps;IRGC
Mossos d'Esquadra;Mossos|Mossos d'Esquadra;Mossos
Guardia Civil;Garde civile|Guardia Civil;Civil Guard
Scotland Yard;police métropolitaine de Londres;Met Police|Metropolitan Police;Metropolitan Police Service;Met Police;Scotland Yard
Police Scotland|Police Scotland
An Garda Síochána;Garda Síochána|An Garda Síochána;Garda Síochána;An Garda Siochana;Garda Siochana;Gardaí;Gardai
Police Service of Northern Ireland;PSNI|Police Service of Northern Ireland;PSNI
Cour suprême des États-Unis;Cour suprême américaine|U.S. Supreme Court;US Supreme Court;United States Supreme Court
Manchester United;Man United;Man Utd|Manchester United;Man United;Man Utd
Manchester City;Man City|Manchester City;Man City
Newcastle United;Newcastle Utd|Newcastle United;Newcastle Utd
Arsenal|Arsenal
Tottenham;Tottenham Hotspur;Spurs|Tottenham;Tottenham Hotspur;Spurs
Everton|Everton
Aston Villa|Aston Villa
West Ham;West Ham United|West Ham;West Ham United
Leeds United|Leeds United
Leicester City|Leicester City
Sunderland AFC|Sunderland AFC
Crystal Palace|Crystal Palace
Wolverhampton Wanderers;Wolves|Wolverhampton Wanderers;Wolves
Nottingham Forest|Nottingham Forest
Celtic;Celtic Glasgow|Celtic
Rangers;Glasgow Rangers|Rangers;Glasgow Rangers
Real Madrid|Real Madrid
Atlético de Madrid;Atlético Madrid;Atletico Madrid|Atlético Madrid;Atletico Madrid;Atlético de Madrid
FC Barcelone;Barça|FC Barcelona;Barça;Barca
FC Séville|Sevilla;Sevilla FC
Bayern Munich;Bayern de Munich;Bayern|Bayern Munich;Bayern
Borussia Dortmund;Dortmund|Borussia Dortmund
Juventus;Juventus Turin;Juve|Juventus;Juve
Inter Milan;Inter;Inter de Milan|Inter Milan;Inter
AC Milan;Milan AC|AC Milan
AS Roma|AS Roma;Roma
SSC Napoli;Naples|Napoli
Ajax;Ajax Amsterdam|Ajax;Ajax Amsterdam
PSV Eindhoven;PSV|PSV Eindhoven;PSV
Benfica|Benfica
FC Porto|FC Porto
Paris Saint-Germain;PSG;Paris SG|Paris Saint-Germain;PSG;Paris SG
Olympique de Marseille;OM|Olympique de Marseille;Marseille
Olympique lyonnais;OL|Olympique Lyonnais;Lyon
AS Monaco|AS Monaco;Monaco
LOSC;Lille OSC|Lille;LOSC
Stade rennais|Rennes
RC Lens|Lens
OGC Nice|Nice
Girondins de Bordeaux|Bordeaux
AS Saint-Étienne;ASSE|Saint-Étienne;Saint-Etienne
Canadien de Montréal;Canadiens de Montréal|Montreal Canadiens;Canadiens;Habs
Impact de Montréal;CF Montréal|CF Montréal;Montreal Impact
Maple Leafs de Toronto|Toronto Maple Leafs;Maple Leafs
Raptors de Toronto|Toronto Raptors;Raptors
Yankees de New York|New York Yankees;Yankees
Mets de New York|New York Mets;Mets
Red Sox de Boston|Boston Red Sox;Red Sox
Dodgers de Los Angeles|Los Angeles Dodgers;Dodgers
Lakers de Los Angeles|Los Angeles Lakers;Lakers
Celtics de Boston|Boston Celtics;Celtics
Knicks de New York|New York Knicks;Knicks
Golden State Warriors|Golden State Warriors
Chicago Bulls|Chicago Bulls
Patriots de la Nouvelle-Angleterre|New England Patriots;Patriots
Cowboys de Dallas|Dallas Cowboys;Cowboys
Giants de New York|New York Giants
Jets de New York|New York Jets
Green Bay Packers|Green Bay Packers;Packers
Kansas City Chiefs|Kansas City Chiefs
Philadelphia Eagles|Philadelphia Eagles
Sky Sports|Sky Sports
BBC Sport|BBC Sport
ESPN|ESPN
beIN Sports|beIN Sports
L'Équipe|L'Équipe;L'Equipe
The Times|The Times
The Telegraph;Daily Telegraph|The Telegraph;Daily Telegraph
Daily Mail|Daily Mail;Mail Online;MailOnline
The Sun|The Sun
The Independent|The Independent
Le Devoir|Le Devoir
La Presse|La Presse
Le Journal de Québec;Journal de Québec|Le Journal de Québec;Journal de Québec
Le Journal de Montréal;Journal de Montréal|Le Journal de Montréal;Journal de Montréal
The Suburban|The Suburban
The Gazette;Montreal Gazette|Montreal Gazette;The Gazette
Radio-Canada;ICI Radio-Canada|Radio-Canada
CBC|CBC
TVA;TVA Nouvelles|TVA;TVA Nouvelles
La Presse canadienne|The Canadian Press;Canadian Press
Globe and Mail|The Globe and Mail;Globe and Mail
Toronto Star|Toronto Star
Le Point|Le Point
L'Express|L'Express
L'Obs;Le Nouvel Observateur|L'Obs
Ouest-France|Ouest-France
La Croix|La Croix
L'Humanité|L'Humanité
Le Journal du dimanche;JDD|Le Journal du Dimanche;JDD
BFMTV;BFM TV|BFMTV;BFM TV
TF1|TF1
France 2|France 2
France Inter|France Inter
franceinfo;France Info|franceinfo;France Info
Europe 1|Europe 1
RTL|RTL
LCI|LCI
CNews|CNews
Le Soir|Le Soir
La Libre Belgique|La Libre Belgique
RTBF|RTBF
VRT|VRT
RTL-TVI|RTL-TVI
Le Vif;Le Vif/L'Express|Le Vif
De Standaard|De Standaard
De Morgen|De Morgen
Het Laatste Nieuws|Het Laatste Nieuws
La Dernière Heure|La Dernière Heure
L'Écho|L'Echo
Le Matin|Le Matin
Blick|Blick
Le Nouvelliste|Le Nouvelliste
Boston Globe|Boston Globe
Chicago Tribune|Chicago Tribune
`;

const GROUPS = `
Européens|Europeans
Occidentaux|Westerners
Africains|Africans
Asiatiques|Asians
Arabes|Arabs
Kurdes|Kurds
Latino-Américains|Latin Americans
Nord-Américains|North Americans
Baltes|
Scandinaves|Scandinavians
Tchétchènes|Chechens
Ouïghours|Uyghurs;Uighurs
Tatars|Tatars
Alliés|Allies
Québécois|Quebecers;Quebeckers
Écossais|
Anglais|
Gallois|
Catalans|Catalans
Basques|Basques
Corses|Corsicans
Bretons|
Wallons|Walloons
Flamands|
Parisiens|Parisians
Montréalais|Montrealers
Londoniens|Londoners
New-Yorkais|New Yorkers
`;

const PEOPLE = `
Roberto Mancini;Mancini|Roberto Mancini;Mancini|entraîneur italien|Italian manager
Carlo Ancelotti;Ancelotti|Carlo Ancelotti;Ancelotti|entraîneur italien|Italian manager
José Mourinho;Mourinho|José Mourinho;Jose Mourinho;Mourinho|entraîneur portugais|Portuguese manager
Pep Guardiola;Guardiola|Pep Guardiola;Guardiola|entraîneur espagnol|Spanish manager
Jürgen Klopp;Klopp|Jürgen Klopp;Jurgen Klopp;Klopp|entraîneur allemand|German manager
Arsène Wenger;Wenger|Arsène Wenger;Arsene Wenger;Wenger|entraîneur français|French manager
Alex Ferguson;Sir Alex Ferguson|Alex Ferguson;Sir Alex Ferguson|entraîneur écossais|Scottish manager
Didier Deschamps;Deschamps|Didier Deschamps;Deschamps|sélectionneur français;sélectionneur des Bleus|French coach
Zinédine Zidane;Zidane|Zinedine Zidane;Zidane|entraîneur français|French coach
Lionel Messi;Messi|Lionel Messi;Messi|footballeur argentin|Argentine forward
Cristiano Ronaldo|Cristiano Ronaldo|footballeur portugais|Portuguese forward
Kylian Mbappé;Mbappé|Kylian Mbappé;Kylian Mbappe;Mbappé;Mbappe|attaquant français|French forward
Vladimir Poutine;Poutine|Vladimir Putin;Putin|président russe;maître du Kremlin;chef du Kremlin;président de la Russie|Russian president;Russian leader;Kremlin chief
Donald Trump;Trump;Donald J. Trump|Donald Trump;Trump;Donald J. Trump|président américain;locataire de la Maison Blanche;président des États-Unis|US president;American president;president of the United States
Joe Biden;Biden|Joe Biden;Biden|ancien président américain|former US president
Emmanuel Macron;Macron|Emmanuel Macron;Macron|président français;président de la République;chef de l'État français;locataire de l'Élysée|French president
Volodymyr Zelensky;Zelensky;Zelenski;Zelenskyy;Volodymyr Zelenski|Volodymyr Zelensky;Zelensky;Zelenskyy;Zelenskiy;Volodymyr Zelenskyy|président ukrainien;chef de l'État ukrainien|Ukrainian president;Ukraine's president
Sergueï Lavrov;Lavrov;Sergei Lavrov|Sergei Lavrov;Lavrov;Sergey Lavrov|ministre russe des Affaires étrangères;chef de la diplomatie russe|Russian foreign minister;Russia's foreign minister;Russia's top diplomat
Marco Rubio;Rubio|Marco Rubio;Rubio|secrétaire d'État américain;chef de la diplomatie américaine|US secretary of state;America's top diplomat
Iouri Ouchakov;Ouchakov;Youri Ouchakov|Yuri Ushakov;Ushakov|conseiller diplomatique du Kremlin|Kremlin foreign policy aide
Dmitri Peskov;Peskov;Dmitry Peskov|Dmitry Peskov;Peskov;Dmitri Peskov|porte-parole du Kremlin|Kremlin spokesman;Kremlin spokesperson
Keith Kellogg;Kellogg|Keith Kellogg;Kellogg|émissaire américain pour l'Ukraine|US envoy for Ukraine
Mike Waltz;Waltz|Mike Waltz;Waltz|conseiller américain à la sécurité nationale|US national security adviser
Steve Witkoff;Witkoff|Steve Witkoff;Witkoff|émissaire américain|US envoy
J.D. Vance;JD Vance;Vance|JD Vance;J.D. Vance;Vance|vice-président américain|US vice president
Kamala Harris;Harris|Kamala Harris;Harris||
Barack Obama;Obama|Barack Obama;Obama||
Antony Blinken;Blinken|Antony Blinken;Blinken||
Xi Jinping|Xi Jinping;Xi|président chinois|Chinese president
Narendra Modi;Modi|Narendra Modi;Modi|Premier ministre indien|Indian prime minister
Recep Tayyip Erdogan;Erdogan;Erdoğan|Recep Tayyip Erdogan;Erdogan;Erdoğan|président turc|Turkish president
Mohammed ben Salmane;MBS|Mohammed bin Salman;MBS|prince héritier saoudien|Saudi crown prince
Benyamin Netanyahou;Netanyahou;Benjamin Netanyahu;Netanyahu|Benjamin Netanyahu;Netanyahu|Premier ministre israélien|Israeli prime minister
Olaf Scholz;Scholz|Olaf Scholz;Scholz||
Friedrich Merz;Merz|Friedrich Merz;Merz|chancelier allemand|German chancellor
Angela Merkel;Merkel|Angela Merkel;Merkel||
Keir Starmer;Starmer|Keir Starmer;Starmer|Premier ministre britannique|British prime minister
Rishi Sunak;Sunak|Rishi Sunak;Sunak||
Boris Johnson|Boris Johnson||
Giorgia Meloni;Meloni|Giorgia Meloni;Meloni|présidente du Conseil italien|Italian prime minister
Pedro Sanchez;Pedro Sánchez|Pedro Sánchez;Pedro Sanchez||
Viktor Orban;Orban;Viktor Orbán;Orbán|Viktor Orbán;Orban;Orbán;Viktor Orban|Premier ministre hongrois|Hungarian prime minister
Ursula von der Leyen;von der Leyen|Ursula von der Leyen;von der Leyen|présidente de la Commission européenne|European Commission president
Charles Michel|Charles Michel||
Antonio Costa;António Costa|António Costa;Antonio Costa|président du Conseil européen|European Council president
Kaja Kallas;Kallas|Kaja Kallas;Kallas|cheffe de la diplomatie européenne;haute représentante de l'UE|EU foreign policy chief;EU's top diplomat
Josep Borrell;Borrell|Josep Borrell;Borrell||
Mark Rutte;Rutte|Mark Rutte;Rutte|secrétaire général de l'Otan|NATO secretary general;NATO Secretary-General
Jens Stoltenberg;Stoltenberg|Jens Stoltenberg;Stoltenberg||
Antonio Guterres;Guterres;António Guterres|António Guterres;Antonio Guterres;Guterres|secrétaire général de l'ONU;secrétaire général des Nations unies|UN secretary general;UN Secretary-General
Alexandre Loukachenko;Loukachenko|Alexander Lukashenko;Lukashenko|président biélorusse|Belarusian president
Dmitri Medvedev;Medvedev|Dmitry Medvedev;Medvedev||
Mikhaïl Michoustine;Michoustine|Mikhail Mishustin;Mishustin|Premier ministre russe|Russian prime minister
Sergueï Choïgou;Choïgou|Sergei Shoigu;Shoigu||
Andreï Belooussov;Belooussov|Andrei Belousov;Belousov|ministre russe de la Défense|Russian defence minister
Valeri Guerassimov;Guerassimov|Valery Gerasimov;Gerasimov|chef d'état-major russe|Russian chief of general staff
Evgueni Prigojine;Prigojine|Yevgeny Prigozhin;Prigozhin||
Alexeï Navalny;Navalny|Alexei Navalny;Navalny||
Kirill Dmitriev|Kirill Dmitriev||
Maria Zakharova;Zakharova|Maria Zakharova;Zakharova|porte-parole de la diplomatie russe|Russian foreign ministry spokeswoman
Vassili Nebenzia;Nebenzia|Vassily Nebenzia;Nebenzia|ambassadeur russe à l'ONU|Russian ambassador to the UN
Andriï Iermak;Iermak;Andriy Yermak|Andriy Yermak;Yermak|chef de l'administration présidentielle ukrainienne|head of Ukraine's presidential office
Dmytro Kouleba;Kouleba|Dmytro Kuleba;Kuleba||
Andriï Sybiha;Sybiha|Andrii Sybiha;Sybiha|ministre ukrainien des Affaires étrangères;chef de la diplomatie ukrainienne|Ukrainian foreign minister
Denys Chmyhal;Chmyhal|Denys Shmyhal;Shmyhal||
Valeri Zaloujny;Zaloujny|Valery Zaluzhny;Zaluzhny||
Oleksandr Syrsky;Syrsky|Oleksandr Syrskyi;Syrskyi;Syrsky||
Petro Porochenko;Porochenko|Petro Poroshenko;Poroshenko||
Viktor Ianoukovitch;Ianoukovitch|Viktor Yanukovych;Yanukovych||
Mikhaïl Gorbatchev;Gorbatchev|Mikhail Gorbachev;Gorbachev||
Boris Eltsine;Eltsine|Boris Yeltsin;Yeltsin||
Joseph Staline;Staline|Joseph Stalin;Stalin||
Lénine;Vladimir Lénine|Lenin;Vladimir Lenin||
Adolf Hitler;Hitler|Adolf Hitler;Hitler||
Napoléon;Napoléon Bonaparte;Napoléon Ier|Napoleon;Napoleon Bonaparte||
Charles de Gaulle;de Gaulle;général de Gaulle|Charles de Gaulle;de Gaulle||
Winston Churchill;Churchill|Winston Churchill;Churchill||
François Hollande;Hollande|François Hollande;Hollande||
Nicolas Sarkozy;Sarkozy|Nicolas Sarkozy;Sarkozy||
Jacques Chirac;Chirac|Jacques Chirac;Chirac||
François Mitterrand;Mitterrand|François Mitterrand;Mitterrand||
Michel Barnier;Barnier|Michel Barnier;Barnier||
François Bayrou;Bayrou|François Bayrou;Bayrou||
Gabriel Attal;Attal|Gabriel Attal;Attal||
Élisabeth Borne|Élisabeth Borne;Elisabeth Borne||
Édouard Philippe|Édouard Philippe;Edouard Philippe||
Sébastien Lecornu;Lecornu|Sébastien Lecornu;Lecornu||
Jean-Noël Barrot|Jean-Noël Barrot||
Jean-Yves Le Drian;Le Drian|Jean-Yves Le Drian;Le Drian||
Catherine Colonna|Catherine Colonna||
Stéphane Séjourné;Séjourné|Stéphane Séjourné;Séjourné||
Marine Le Pen;Le Pen|Marine Le Pen;Le Pen||
Jordan Bardella;Bardella|Jordan Bardella;Bardella||
Jean-Luc Mélenchon;Mélenchon|Jean-Luc Mélenchon;Mélenchon||
Justin Trudeau;Trudeau|Justin Trudeau;Trudeau||
Mark Carney;Carney|Mark Carney;Carney||
Lula;Luiz Inácio Lula da Silva;Lula da Silva|Lula;Luiz Inácio Lula da Silva;Lula da Silva|président brésilien|Brazilian president
Javier Milei;Milei|Javier Milei;Milei|président argentin|Argentine president
Nicolas Maduro;Maduro|Nicolás Maduro;Nicolas Maduro;Maduro||
Kim Jong-un|Kim Jong Un;Kim Jong-un|dirigeant nord-coréen|North Korean leader
Ali Khamenei;Khamenei;ayatollah Khamenei|Ali Khamenei;Khamenei;Ayatollah Khamenei|guide suprême iranien|Iran's supreme leader;Iranian supreme leader
Massoud Pezeshkian;Pezeshkian|Masoud Pezeshkian;Pezeshkian|président iranien|Iranian president
Bachar al-Assad;Assad;Bachar el-Assad|Bashar al-Assad;Assad||
Ahmed al-Charaa;al-Charaa|Ahmed al-Sharaa;al-Sharaa||
Abdel Fattah al-Sissi;al-Sissi;Sissi|Abdel Fattah al-Sisi;Sisi;el-Sisi|président égyptien|Egyptian president
Mahmoud Abbas|Mahmoud Abbas||
Yahya Sinouar;Sinouar|Yahya Sinwar;Sinwar||
Hassan Nasrallah;Nasrallah|Hassan Nasrallah;Nasrallah||
pape François|Pope Francis|souverain pontife|pontiff
pape Léon XIV;Léon XIV|Pope Leo XIV;Leo XIV||
Elon Musk;Musk|Elon Musk;Musk||
Pete Hegseth;Hegseth|Pete Hegseth;Hegseth|secrétaire américain à la Défense|US defence secretary;US defense secretary
Lloyd Austin|Lloyd Austin||
Jake Sullivan|Jake Sullivan||
Hillary Clinton|Hillary Clinton||
Bill Clinton|Bill Clinton||
George W. Bush|George W. Bush||
Ronald Reagan;Reagan|Ronald Reagan;Reagan||
John Kerry;Kerry|John Kerry;Kerry||
Henry Kissinger;Kissinger|Henry Kissinger;Kissinger||
Alexander Stubb;Stubb|Alexander Stubb;Stubb|président finlandais|Finnish president
Andrzej Duda|Andrzej Duda||
Donald Tusk;Tusk|Donald Tusk;Tusk|Premier ministre polonais|Polish prime minister
Radoslaw Sikorski;Sikorski;Radosław Sikorski|Radosław Sikorski;Radoslaw Sikorski;Sikorski||
Ignazio Cassis|Ignazio Cassis||
Karin Keller-Sutter|Karin Keller-Sutter||
Viola Amherd|Viola Amherd||
Alain Berset|Alain Berset||
Shigeru Ishiba;Ishiba|Shigeru Ishiba;Ishiba||
Lee Jae-myung|Lee Jae-myung||
Yoon Suk-yeol;Yoon Suk Yeol|Yoon Suk Yeol;Yoon Suk-yeol||
Claudia Sheinbaum;Sheinbaum|Claudia Sheinbaum;Sheinbaum|présidente mexicaine|Mexican president
Gustavo Petro|Gustavo Petro||
Cyril Ramaphosa;Ramaphosa|Cyril Ramaphosa;Ramaphosa|président sud-africain|South African president
Bola Tinubu;Tinubu|Bola Tinubu;Tinubu||
William Ruto;Ruto|William Ruto;Ruto||
Abiy Ahmed|Abiy Ahmed||
Paul Kagame;Kagame|Paul Kagame;Kagame|président rwandais|Rwandan president
Félix Tshisekedi;Tshisekedi|Félix Tshisekedi;Felix Tshisekedi;Tshisekedi|président congolais|Congolese president
Assimi Goïta;Goïta|Assimi Goita;Goita||
Ibrahim Traoré|Ibrahim Traore;Ibrahim Traoré||
Abdourahamane Tiani;Tiani|Abdourahamane Tiani;Tiani||
Kaïs Saïed;Kais Saied|Kais Saied;Kaïs Saïed||
Abdelmadjid Tebboune;Tebboune|Abdelmadjid Tebboune;Tebboune|président algérien|Algerian president
Mohammed VI|Mohammed VI;King Mohammed VI||
Tamim ben Hamad Al Thani;émir Tamim|Tamim bin Hamad Al Thani;Emir Tamim||
Mohammed ben Zayed;MBZ|Mohammed bin Zayed;MBZ||
Ilham Aliev;Aliev|Ilham Aliyev;Aliyev|président azerbaïdjanais|Azerbaijani president
Nikol Pachinian;Pachinian|Nikol Pashinyan;Pashinyan|Premier ministre arménien|Armenian prime minister
Kassym-Jomart Tokaïev;Tokaïev|Kassym-Jomart Tokayev;Tokayev||
Maia Sandu|Maia Sandu|présidente moldave|Moldovan president
Robert Fico|Robert Fico|Premier ministre slovaque|Slovak prime minister
Bart De Wever|Bart De Wever||
Ulf Kristersson;Kristersson|Ulf Kristersson;Kristersson||
Mette Frederiksen|Mette Frederiksen||
Jonas Gahr Støre;Jonas Gahr Store|Jonas Gahr Store;Jonas Gahr Støre||
Kyriakos Mitsotakis;Mitsotakis|Kyriakos Mitsotakis;Mitsotakis||
Anthony Albanese|Anthony Albanese||
Prabowo Subianto;Prabowo|Prabowo Subianto;Prabowo||
Anwar Ibrahim|Anwar Ibrahim||
Shehbaz Sharif|Shehbaz Sharif||
Abbas Araghchi;Araghchi|Abbas Araghchi;Araghchi|ministre iranien des Affaires étrangères|Iranian foreign minister
Hakan Fidan|Hakan Fidan|ministre turc des Affaires étrangères|Turkish foreign minister
Wang Yi|Wang Yi|ministre chinois des Affaires étrangères|Chinese foreign minister
Li Qiang|Li Qiang|Premier ministre chinois|Chinese premier
Sergueï Riabkov;Riabkov|Sergei Ryabkov;Ryabkov|vice-ministre russe des Affaires étrangères|Russian deputy foreign minister
Dmitri Polianski;Polianski|Dmitry Polyanskiy;Polyanskiy||
Alexandre Bortnikov;Bortnikov|Alexander Bortnikov;Bortnikov||
Nikolaï Patrouchev;Patrouchev|Nikolai Patrushev;Patrushev||
Valentina Matvienko;Matvienko|Valentina Matviyenko;Matviyenko||
Viatcheslav Volodine;Volodine|Vyacheslav Volodin;Volodin||
Elvira Nabioullina;Nabioullina|Elvira Nabiullina;Nabiullina||
Ramzan Kadyrov;Kadyrov|Ramzan Kadyrov;Kadyrov|dirigeant tchétchène|Chechen leader
Vitali Klitschko;Klitschko|Vitali Klitschko;Klitschko|maire de Kiev|mayor of Kyiv
Rustem Oumerov;Oumerov|Rustem Umerov;Umerov||
Ioulia Svyrydenko;Svyrydenko|Yulia Svyrydenko;Svyrydenko||
Kyrylo Boudanov;Boudanov|Kyrylo Budanov;Budanov||
Tulsi Gabbard;Gabbard|Tulsi Gabbard;Gabbard||
Kash Patel|Kash Patel||
Pam Bondi;Bondi|Pam Bondi;Bondi||
Robert F. Kennedy Jr.;RFK Jr.|Robert F. Kennedy Jr.;RFK Jr.||
Scott Bessent;Bessent|Scott Bessent;Bessent|secrétaire américain au Trésor|US Treasury secretary
Howard Lutnick;Lutnick|Howard Lutnick;Lutnick||
Karoline Leavitt;Leavitt|Karoline Leavitt;Leavitt|porte-parole de la Maison Blanche|White House press secretary
Susie Wiles|Susie Wiles||
Mike Johnson|Mike Johnson||
Chuck Schumer;Schumer|Chuck Schumer;Schumer||
Mitch McConnell;McConnell|Mitch McConnell;McConnell||
Nancy Pelosi;Pelosi|Nancy Pelosi;Pelosi||
Bernie Sanders|Bernie Sanders||
Gavin Newsom;Newsom|Gavin Newsom;Newsom||
Ron DeSantis;DeSantis|Ron DeSantis;DeSantis||
Jerome Powell;Powell|Jerome Powell;Powell|président de la Réserve fédérale|Fed chair
Christine Lagarde;Lagarde|Christine Lagarde;Lagarde|présidente de la BCE|ECB president
Kristalina Georgieva;Georgieva|Kristalina Georgieva;Georgieva|directrice générale du FMI|IMF managing director
Tedros Adhanom Ghebreyesus;Tedros|Tedros Adhanom Ghebreyesus;Tedros|directeur général de l'OMS|WHO director-general
Rafael Grossi;Grossi|Rafael Grossi;Grossi|directeur général de l'AIEA|IAEA director general
Volker Türk|Volker Türk;Volker Turk|Haut-Commissaire de l'ONU aux droits de l'homme|UN human rights chief
Philippe Lazzarini;Lazzarini|Philippe Lazzarini;Lazzarini||
Karim Khan|Karim Khan||
Roberta Metsola;Metsola|Roberta Metsola;Metsola|présidente du Parlement européen|European Parliament president
Isaac Herzog;Herzog|Isaac Herzog;Herzog|président israélien|Israeli president
Yoav Gallant;Gallant|Yoav Gallant;Gallant||
Israel Katz|Israel Katz||
Gideon Saar;Gideon Sa'ar|Gideon Saar;Gideon Sa'ar||
Benny Gantz;Gantz|Benny Gantz;Gantz||
Yaïr Lapid;Lapid|Yair Lapid;Lapid||
Khalil al-Hayya|Khalil al-Hayya||
Mohammed Deif|Mohammed Deif||
Gérald Darmanin;Darmanin|Gérald Darmanin;Darmanin||
Bruno Retailleau;Retailleau|Bruno Retailleau;Retailleau||
Rachida Dati|Rachida Dati||
Éric Lombard|Éric Lombard;Eric Lombard||
Catherine Vautrin|Catherine Vautrin||
Yaël Braun-Pivet;Braun-Pivet|Yaël Braun-Pivet;Braun-Pivet|présidente de l'Assemblée nationale|speaker of the National Assembly
Gérard Larcher;Larcher|Gérard Larcher;Larcher|président du Sénat|president of the Senate
Raphaël Glucksmann;Glucksmann|Raphaël Glucksmann;Glucksmann||
Olivier Faure|Olivier Faure||
Fabien Roussel;Roussel|Fabien Roussel;Roussel||
Marine Tondelier;Tondelier|Marine Tondelier;Tondelier||
Éric Ciotti;Ciotti|Éric Ciotti;Ciotti||
Laurent Wauquiez;Wauquiez|Laurent Wauquiez;Wauquiez||
Éric Zemmour;Zemmour|Éric Zemmour;Zemmour||
Guy Parmelin|Guy Parmelin||
Beat Jans|Beat Jans||
Martin Pfister|Martin Pfister||
Elisabeth Baume-Schneider|Elisabeth Baume-Schneider||
Albert Rösti|Albert Rösti||
`;

interface Entry {
  name: string;
  kind: 'person' | 'organization' | 'place';
  role?: string;
  aliases: string[];
}

function variants(field: string | undefined): string[] {
  return (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s && s !== '?');
}

function lines(block: string): string[][] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.endsWith('?'))
    .map((l) => l.split('|'));
}

function entry(kind: Entry['kind'], names: string[], role?: string): Entry | null {
  if (names.length === 0) return null;
  const [name, ...aliases] = names;
  return { name, kind, role, aliases: [...new Set(aliases.filter((a) => a !== name))] };
}

function build(lang: 0 | 1): { actors: Entry[]; people: Entry[] } {
  const actors: Entry[] = [];
  const push = (e: Entry | null): void => {
    if (e) actors.push(e);
  };
  for (const f of lines(COUNTRIES)) {
    push(entry('place', variants(f[lang])));
    push(entry('organization', variants(f[2 + lang])));
  }
  for (const f of lines(PLACES)) push(entry('place', variants(f[lang] ?? f[0])));
  for (const f of lines(ORGS)) push(entry('organization', variants(f[lang] ?? f[0])));
  for (const f of lines(GROUPS)) push(entry('organization', variants(f[lang])));
  const people: Entry[] = [];
  for (const f of lines(PEOPLE)) {
    const names = variants(f[lang]);
    const [role, ...descriptions] = variants(f[2 + lang]);
    const e = entry('person', [...names, ...descriptions], role);
    if (e) people.push(e);
  }
  return { actors: dedupe(actors), people: dedupe(people) };
}

/** Merges entries of the same name (a country and a city both called `Mexico`: the first wins). */
function dedupe(entries: Entry[]): Entry[] {
  const seen = new Map<string, Entry>();
  const claimed = new Set<string>();
  const out: Entry[] = [];
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (seen.has(key) || claimed.has(key)) continue;
    e.aliases = e.aliases.filter((a) => !claimed.has(a.toLowerCase()) && !seen.has(a.toLowerCase()));
    seen.set(key, e);
    claimed.add(key);
    for (const a of e.aliases) claimed.add(a.toLowerCase());
    out.push(e);
  }
  return out;
}

function yamlString(s: string): string {
  return /^[\p{L}][\p{L}\p{N} .'’-]*$/u.test(s) && !/^(yes|no|on|off|true|false|null)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

function render(lang: 'fr' | 'en', what: string, entries: Entry[]): string {
  const out = [
    `# Built-in ${what} (${lang === 'fr' ? 'French' : 'English'} articles), in the article-rules.yaml schema.`,
    '# Generated by scripts/build-actor-packs.ts: edit the lists there and run it again.',
    `language: ${lang}`,
    'actors:',
  ];
  for (const e of entries) {
    const parts = [`name: ${yamlString(e.name)}`, `kind: ${e.kind}`];
    if (e.role) parts.push(`role: ${yamlString(e.role)}`);
    if (e.aliases.length) parts.push(`aliases: [${e.aliases.map(yamlString).join(', ')}]`);
    out.push(`  - {${parts.join(', ')}}`);
  }
  return out.join('\n') + '\n';
}

const dir = path.resolve(__dirname, '../server/rules');
for (const [i, lang] of [
  [0, 'fr'],
  [1, 'en'],
] as const) {
  const { actors, people } = build(i);
  fs.writeFileSync(path.join(dir, `${lang}-actors.yaml`), render(lang, 'places, organisations and groups', actors));
  fs.writeFileSync(path.join(dir, `${lang}-people.yaml`), render(lang, 'well-known people', people));
  console.log(`${lang}: ${actors.length} actors, ${people.length} people`);
}
