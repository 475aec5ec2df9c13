// Hand-written lists of frequent English and French word forms, most frequent first.
// Written for this project from general knowledge of the two languages (no corpus was
// copied); ranks are approximate. The scorer turns a rank r into a Zipf-like
// probability, so only the rough order matters. Words common in both languages
// ("on", "plus", "question") appear in both lists on purpose: leaving one out would
// make the word look like strong evidence for the other language.

export const EN_COMMON = `
the of and to a in is that for it as was with be by on not he i this are or his
from at which but have an they you were her she there one all we their been has
would had will more its can if so no said what up about out who into them than do
some could him other time only new my may these then our any also two like over me
first your should most after very even just where such people those did made many
years much how because well now back way before through between being must still
year government here same both without own while last might under work world us
does great make where against each make know three during since get state take
president off used down never good public day come part said says say see another
again too think going long put few made right still country however new old public
national told high american europe european house next week city four part group
support life today end number small home report left several political often
military security around little use want help set million including called until
company system law local case point police united states children among percent
family second whether minister place man men women country members court five
already help went later less told though economic use something came party health
early office week months month given far following within war former per power
go went gone going taken took making seen saw know knew known thought give gave
found find show shown showed become became why let why always nothing every away
want wanted need needed according added across along although around asked away
based became behind better big billion both business cannot care certain change
clear close control cost could countries course current data deal decision despite
development different director does done due east economy education election
else energy enough even ever everything example face fact far federal financial
foreign free friend full future general got great half hand hard head hear held
high himself history hold hope however human idea important information interest
international issue job keep kind known land large late law lead least leave led
level likely line little live lot low major market matter mean means meeting might
mind money morning move movement much near nearly need news night north nothing
official once open order others outside paid past pay perhaps person plan play
policy possible price problem process program question quite rather real really
reason recent recently remain rest result return rights road role run said school
second seems sense service services set short should show side since social
south special start statement still story street strong study such sure taken talk
tell term than thing things thought three thus together told top toward town trade
true try turn under union until upon used using usually various view vote
wanted water ways week weeks well went west what whether white whole whose wife
without woman word words working worked young yet yesterday already china russia
ukraine beijing allies foreign secretary nato chinese russian
minister ministers meeting leaders officials spokesman conference statement agreed
administration relations crisis agreement talks issues concerns pressure global
cooperation military defense defence economic trade sanctions threat threats
military forces troops attack attacks weapons nuclear border region regional
has himself herself itself themselves ourselves myself yourself whom whose whom
upon shall cannot didn't doesn't isn't wasn't aren't won't don't i'm it's that's
there's he's she's we're they're you're i've we've they've i'll we'll you'll
mr mrs miss sir madam lady dear yes oh shall upon eyes face door room father
mother head heart night looked seemed felt heard began replied asked answered
commission council parliament member members report proposal amendment amendments
directive regulation committee debate motion resolution citizens measures
framework environment consumer employment legislation rapporteur colleagues
therefore indeed moreover particular particularly especially certainly surely
himself thing nothing anything someone everyone everybody somebody nobody itself
thank thanks please sorry hello okay anyway perhaps probably possibly quickly
really simply exactly almost quite enough above below inside toward towards
whose whom whereas whenever wherever whatever whichever unless till beside
old young little small large long short high low full empty hot cold warm
good bad better best worse worst right wrong true false free open closed
situation position action nation nations condition conditions attention population
opinion solution direction production protection question questions possible
important moment point place service services information union justice
`;

export const FR_COMMON = `
de la le et les des en un à du une que est pour qui dans a par plus pas au sur ne
se il sont ce elle ou son avec mais comme on nous été aux ses y cette vous leur je
sa ont tout fait dont bien sans même aussi peut deux entre ces être autres fait
ils elles lui avait était très sera faire leurs encore après avant contre tous
toutes cet premier première année ans temps selon où depuis lors alors donc si
non moins notre nos votre vos mon ma mes ton ta tes déjà ainsi fois peu trop autre
quand sous vers chez pendant jusqu aujourd hui monde pays président gouvernement
français française ministre état états unis chine russie ukraine pékin
politique nouvelle nouveau nouveaux nouvelles grand grande grands grandes petit
petite trois quatre cinq six dix cent mille millions milliards pourrait doit
doivent peuvent avoir avons avez ai as étaient serait seront été étant fut
furent dit dire dit-il a-t-il selon également cependant toutefois notamment
plusieurs chaque quelques quelque tout toute rien personne jamais toujours
souvent parce comment pourquoi quoi quel quelle quels quelles celui celle ceux
celles cela ceci ça ici là-bas mieux beaucoup autant tant tellement vraiment
fin partie part place jour jours semaine mois heure heures fois cas point question
sujet guerre paix pouvoir droit droits loi lois sécurité soutien relations
réunion rencontre secrétaire affaires étrangères étranger alliés alliance otan
chinois chinoise russe russes américain américaine américains européen européenne
union commission parlement conseil sommet accord accords coopération économie
économique militaire militaires défense armée forces attaque menace menaces
sanctions pression crise conflit région frontière nucléaire armes ministres
déclaré déclaration annoncé affirmé estimé ajouté expliqué indiqué souligné
assuré rappelé précisé demandé mis prise pris faits vers lorsque puisque tandis
bien que afin avoir aller va vont allait venir vient viennent venu voir vu
savoir sait prendre prend mettre met donner donne donné trouver trouve rester
reste devenir devient semble sembler passer passe parler parle falloir faut
fallait vouloir veut voulait devoir devait pouvait pourra pourraient devrait
devraient serait seraient sommes êtes suis es avait avaient eu eut aurait
auraient aura auront ayant soit soient fût vie homme hommes femme femmes enfants
enfant gens peuple pays ville maison travail argent moment besoin effet exemple
façon manière raison groupe public publique entreprise entreprises marché prix
euros dollars taux hausse baisse croissance emploi santé projet plan mesure
mesures décision choix rôle nombre niveau fin début suite côté face milieu
dernier dernière derniers dernières prochain prochaine seul seule seuls même
mêmes propre certains certaines différents nombreux nombreuses important
importante importants possible général générale national nationale nationaux
internationale international internationaux social sociale sociaux local
locale régional régionale premier second deuxième troisième haut bas long
longue fort forte bon bonne mauvais meilleur meilleure vrai vraie plein pleine
cours lieu mot mots chose choses idée question problème problèmes situation
histoire service services système développement information informations
responsable responsables directeur président présidente chef dirigeants
dirigeant porte-parole officiel officiels représentants membres membre
entre-temps cependant néanmoins pourtant enfin surtout ensuite puis aussitôt
tard tôt hier demain maintenant désormais encore parfois presque environ
plutôt assez loin près dessus dessous dedans dehors ailleurs partout
ceux-ci celle-ci celui-ci lesquels lesquelles laquelle lequel auquel auxquels
duquel desquels qu'il qu'elle qu'ils c'est n'est d'un d'une l'on s'est
me te toi moi tu vous nous lui eux soi oui non voici voilà car point mains main
fit vit prit mit vint dit fut alla firent dirent sent sens senti aucun aucune
longtemps plupart abord nom sein propos madame monsieur mademoiselle messieurs
mesdames cher chère chers père mère oncle tante frère sœur soeur fils fille
filles ami amie amis yeux tête cœur coeur dieu nuit eau terre mer air feu porte
chambre regard corps sang bout retour chemin effet soin besoin tiers demi demie
rapporteur amendement amendements directive règlement commission conseil
parlement débat proposition résolution citoyens collègues environnement emploi
législation consommateurs agriculture pêche cadre mesures politique européens
répondit demanda s'écria reprit pensa crois sais vois veux peux dois fais vais
allons allez allais irai ferai fera ferait ferons voulons voulez pouvons pouvez
devons devez disait faisait voyait savait croyait pensait tenait prenait
certainement vraiment simplement seulement absolument évidemment également
rapidement lentement plus moins mieux pis beaucoup trop peu assez très
bon bonne beau belle bel vieux vieille jeune long longue court haut basse
clair claire froid chaud plein vide juste faux vrai libre ouvert fermé
situation position action nation nations condition conditions attention population
opinion solution direction production protection justice
`;

// Frequent function words of neighbouring languages that are rare as English or French
// words. Seeing them is a cheap hint that the text may be in another language, so the
// slower full detector (franc) is consulted. Words that are also common English or
// French forms (la, de, en, die, was, son, non, il…) are left out on purpose.
export const FOREIGN_HINTS = `
und der das ist nicht mit sich auf für dem den eine einen einer eines ein auch
von wird werden wurde noch nach bei aus wie über oder aber sind hat haben nur
durch zum zur dass daß kann diese dieser dieses wir ich uns sein seine ihre ihr
keine kein sehr schon wenn dann zwischen gegen jetzt immer mehr können müssen
el los las del por con una para como pero más fue está están sus también entre
sobre este esta ese esa estos estas hasta desde cuando muy sin ser hay han año
años ella ellos nos qué cómo dónde porque según gobierno sido tiene tienen hace
puede pueden otro otra otros otras mismo misma todo toda todos todas ahora
di che della dei delle degli gli per sono anche questo questa questi queste
come più nel nella nelle negli alla alle agli dal dalla dai dalle uno essere
stato stata stati hanno tra fra perché già ancora dopo ogni loro molto governo
cui quando sempre solo tutti tutto tutta tutte quale quali altro altri altra
não uma com mais foi pelo pela também são então ainda muito isso essa esse
het een niet zijn voor met dat wordt worden werd naar bij ook maar kan deze
su aquí así ya ni sí después mientras aunque siempre nunca nada algo nadie cada
debe deben tiene hacer esto eso muy mucho nuevo nueva tipo tipos nombre nombres
sul sulla sui nei può possono deve devono fatto fare quello quella questi nuovo
nuova tipi nome nomi erano essere avere ho hai abbiamo siete sia siano
`;
