"""Word lists that attribution rules are built from: cue verbs, roles, titles.

Kept apart from the rules so that a reader can see (and extend) the
vocabulary without reading the parsing code. Everything here is general
English news vocabulary; nothing is tied to a particular article.
"""

from __future__ import annotations

import re

# Base forms of verbs that introduce or report speech, with irregular past
# forms. Inflections (-s, -ed, -ing) are generated below.
_CUE_BASES = """
say tell add warn state insist stress estimate declare announce advise claim explain
note argue assert affirm confirm deny acknowledge admit ask answer reply respond write
tweet post report suggest predict promise pledge vow urge describe accuse charge
criticize criticise complain contend maintain repeat reiterate recall emphasize emphasise
underline underscore observe remark comment conclude continue caution threaten demand
assure reassure recommend indicate concede boast joke quip shout yell exclaim whisper
testify label dub brand hail praise condemn denounce lament protest retort counter
allege agree disagree admonish mention reveal inform instruct plead complain
predict forecast guarantee proclaim recount tout fume rail mock scoff sneer muse
call refer dismiss decry bemoan herald thank blame ponder bark beam echo grouse gush
scold chide slam blast lambaste quote cite characterize characterise deride ridicule
tease taunt chant wonder question sigh snap interject interrupt cheer lash
react exhort snipe speak retaliate elaborate sing opine cry reference deem
specify clarify object remind disclose scream confide confess
laugh smile shrug grin chuckle deplore ironise ironize define assess appeal analyse analyze
communicate calculate publish express reproach recognise recognize
summarize summarise crow sulk moan whine gripe seethe thunder relate sob gasp
""".split()

_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
    "forecast": ["forecast", "forecasts", "forecasting"],
    "relate": ["relates"],  # (translated "relata": "«…», relates Ann Lee"; not "related")
    "speak": ["spoke", "spoken", "speaks", "speaking"],
    "sing": ["sang", "sung", "sings", "singing"],
}


def _inflect(base: str) -> set[str]:
    if base in _IRREGULAR:
        return {base, *_IRREGULAR[base]}
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        # doubled final consonant: admit -> admitted, quip -> quipped
        if re.fullmatch(r".*(?:[^aeiou]|qu)[aeiou][bdgklmnprt]", base) and len(base) <= 6:
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


CUE_BASE_FORMS: frozenset[str] = frozenset(_CUE_BASES)
# ("precised": French "a précisé" as machine translation renders it; "talked": Japanese "語った")
# Verbs that French and Italian translations invert after a quotation ("«…», launched Lee", "alerted Ann Lee",
# "judged the minister"; Russian "«…», he threw"), and that mean other things anywhere else.
AFTER_QUOTE_ONLY: frozenset[str] = frozenset({"launched", "launches", "judged", "judges", "hammered", "slipped", "alerted", "threw", "read",
                                            "intervened", "raged", "rages", "shared", "justified", "justifies",
                                            "regretted", "regrets", "counted", "related", "nuanced", "nuances",
                                            "enumerated", "enumerates", "indignates", "indignated", "rejoices", "rejoiced",
                                            "congratulates", "congratulated", "worries", "worried", "esteemed", "esteems",
                                            "signalled", "signaled", "signals", "attacked", "sentenced", "resumes", "resumed", "alarms",
                                            "sustained", "sustains"})
# (a tabloid's "“…” she raged"; "“…,” Mrs. Lan shared", as Vietnamese "chia sẻ" is translated;
# Spanish "contó" and "relató", translated: "«…», counted the pharmacist", "«…», related Lee")
# ("«…», has justified its editor", French "a justifié"; "«…», she regretted", "a regretté";
# "«…», nuances the chairman", "nuance"; Spanish "señaló": "«…», signalled the doctor Ann Lee"; Portuguese "enumerou": "«…», enumerated the senhor Lee"; French
# reflexives: "«…», indignates himself Ann Lee", "s'indigne", "se réjouit", "se félicite", "s'inquiète"; French "a attaqué":
# "«…», has attacked the deputy"; Spanish "sentenció": "«…», sentenced its leader, Ann Lee"; French "résume": "«…», she resumes"; "s'alarme": "«…», alarms herself Ann Lee";
# Spanish "sostuvo": "«…», sustained the lawyer")
# Verbs that Japanese translations put just before the words ("is talking 「…」", 話している), and that
# mean other things anywhere else ("peace talks", "talking points").
BEFORE_QUOTE_ONLY: frozenset[str] = frozenset({"talking", "evaluated", "evaluates"})
# ("Lee-shi evaluated 「…」", 評価した: not "doctors evaluated him")
CUE_VERBS: frozenset[str] = frozenset(f for b in _CUE_BASES for f in _inflect(b)) \
    | {"pressed", "precised", "precises", "talked", "ordered", "remembered", "remembers", "defended"} \
    | AFTER_QUOTE_ONLY | BEFORE_QUOTE_ONLY
# ("ordered", not "order" or "orders", mostly nouns: "by executive order", "called executive orders “…”";
# "remembered that «…»", Spanish "recordó que", not "Worth remembering: …"; "defended that “…”", Spanish
# "defendió que")

# Two-word cues: "went on", "shot back", "as X put it", "pointed out".
PHRASAL_CUES: frozenset[tuple[str, str]] = frozenset({
    ("went", "on"), ("goes", "on"), ("shot", "back"), ("shoots", "back"), ("fired", "back"), ("fires", "back"),
    ("hit", "back"), ("hits", "back"),
    ("put", "it"), ("puts", "it"), ("pointed", "out"), ("points", "out"), ("chimed", "in"), ("cut", "in"), ("cuts", "in"),
    ("summed", "up"), ("spoke", "of"), ("speaks", "of"), ("talked", "of"), ("talks", "of"), ("weighed", "in"),
    ("made", "known"), ("makes", "known"), ("made", "know"),  # (translated: Italian "ha fatto sapere")
    ("made", "clear"), ("makes", "clear"),  # (translated: Japanese "「…」と明らかにした", "and has made clear")
    ("lets", "know"), ("let", "know"),  # (translated: Dutch "laat weten")
    ("lets", "announce"), ("let", "announce"),  # (translated: German "ließ verlauten")
})

# Cue verbs that, after a quotation, may take the speaker after them ("said Doe",
# "added the minister"). Verbs with an object ("told", "called", "urged") never do.
_INVERTING_BASES = """
say add ask write continue explain recall note observe remark reply respond answer retort
insist warn argue declare exclaim conclude announce state tweet post quip joke muse counter
admit acknowledge concede confirm claim assert emphasize emphasise stress complain boast
suggest predict recount reiterate repeat whisper shout yell sigh snap interject interrupt
scoff sneer fume exhort wonder report comment testify caution agree disagree deny maintain
contend gush bark beam snipe react lament proclaim protest plead continue write retaliate
specify clarify object remind scream laugh smile shrug grin chuckle inform assure confide
indicate underline affirm estimate precise deplore assess summarize summarise relate moan
communicate cry sob gasp
""".split()
INVERTABLE: frozenset[str] = frozenset(
    v for b in _INVERTING_BASES for v in _inflect(b) if not v.endswith("ing") and v in CUE_VERBS
) | {"pressed"}

# Phrases whose object is the source: "according to X".
SOURCE_PHRASES = ("according to", "in keeping with", "as reported by", "as quoted by",
                  "in the words of", "in words of",  # (translated "en palabras de")
                  "read in",  # ("we read in the communique of the ministry", translated Polish "czytamy w")
                  "by the voice of", "through the voice of")  # (translated French "par la voix de son porte-parole")

def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"  # spokesman, chairwoman
    if noun.endswith(("sh", "ch", "x")) and not noun.endswith("arch"):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Posts as translations leave them untranslated, by the English post they are: "declared the
# presiding Richterin Ingrid Solvang", "Bakan Dobrescu said", "the portavoz of the party".
# (Words that are also common surnames, such as German "Richter", are left out.)
UNTRANSLATED_POSTS: dict[str, frozenset[str]] = {
    "judge": frozenset("richterin juez jueza juge sędzia".split()),
    "lawyer": frozenset("jurist rechtsanwalt rechtsanwältin anwalt anwältin abogado abogada avocat avocate adwokat avukat mecenas".split()),
    "prosecutor": frozenset("staatsanwalt staatsanwältin oberstaatsanwalt oberstaatsanwältin procureur prokurator prokuratorka"
                            " savcı".split()),
    "inspector": frozenset("kommissar kommissarin nadkomisarz".split()),
    "lawmaker": frozenset("poseł posłanka".split()),
    "liquidator": frozenset("syndic".split()),
    "minister": frozenset("ministerin bakan ministro ministra".split()),
    "mayor": frozenset("bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin alcalde alcaldesa maire burmistrz".split()),
    "spokesperson": frozenset("sprecherin portavoz porte-parole rzecznik rzeczniczka sözcü".split()),
    "president": frozenset("präsident präsidentin başkan presidente prezydent prezes".split()),
    "director": frozenset("direktor direktorin müdür dyrektor".split()),
    "governor": frozenset("gouverneur gouverneurin gubernator governador gobernador gobernadora vali".split()),
    "ambassador": frozenset("botschafter botschafterin ambasador embajador embajadora büyükelçi".split()),
}
_UNTRANSLATED: frozenset[str] = frozenset(w for post in UNTRANSLATED_POSTS.values() for w in post)

# Nouns that name a role or a position held by a person (plurals are added below:
# "the researchers wrote", "the judges called it").
_ROLE_SINGULARS = frozenset(
    """
president vice-president chancellor minister secretary secretary-general spokesman spokeswoman democrat mayoress
prefect sub-prefect liquidator patron
spokesperson spokespeople mouthpiece chief head boss leader director chairman chairwoman chair
chairperson ambassador envoy official officials governor senator representative congressman
congresswoman mayor commissioner general admiral commander king queen prince premier
ministers leaders diplomat diplomats adviser advisor advisers advisors aide aides collaborator collaborators analyst
analysts expert experts economist economists lawyer lawyers advocate attorney prosecutor judge
justice sheriff candidate nominee founder executive ceo cfo coo pdg md manager strategist pollster headman headwoman
source sources negotiator negotiators lawmaker lawmakers backbencher backbenchers legislator legislators speaker
counsel correspondent editor columnist author professor researcher scientist doctor surgeon
activist campaigner officer officers colonel captain lieutenant sergeant major marshal
superintendent coordinator deputy dean rector chancellor chairmen member members
representative ruler monarch pope bishop cardinal archbishop imam rabbi pastor
operative operatives insider insiders supporter supporters voter voters delegate delegates
resident residents protester protesters organizer organizers volunteer volunteers staffer
staffers consultant consultants commentator commentators host anchor reporter reporters
journalist journalists critic critics ally allies donor donors student students teacher
teachers owner co-founder co-host scientist moderator constituent pundit blogger
contributor hopeful challenger incumbent panelist coach chairs presenter spokespersons witness witnesses
front-runner frontrunner runner-up contender councilman councilwoman councilmember
assemblyman assemblywoman alderman alderwoman selectman selectwoman committeeman committeewoman
businessman businesswoman politician director-general editor-in-chief organiser organisers
nurse nurses farmer farmers shopkeeper shopkeepers worker workers mp mps mep meps msp mla cm pm
sir dame doña lord lady baroness baron pensioner pensioners retiree retirees detective detectives
inspector constable solicitor barrister jurist driver drivers survivor survivors neighbour neighbours
neighbor neighbors widow widower parent parents mother father grandmother grandfather mum dad gran granny grandma grandpa grandad villager villagers publican publicans
inhabitant eyewitness bystander onlooker observer passer-by passerby reader
vendor medic grocer labourer laborer contractor unionist firebrand firebrands hardliner hardliners hairdresser
mister technician
teenager person youngster player striker goalkeeper midfielder defender fan
quarterback pitcher catcher shortstop outfielder infielder linebacker receiver winger goaltender
reviewer councillor councilor counsellor counselor parliamentarian parliamentarians engineer planner architect accountant banker broker trader clerk
mechanic pilot firefighter paramedic soldier sailor fisherman miner builder plumber lecturer
historian sociologist psychologist psychiatrist physician epidemiologist virologist biologist
chemist physicist statistician demographer novelist poet writer colleague colleagues coworker coworkers co-worker co-workers translator interpreter illustrator essayist biographer lyricist sculptor painter artist actor actress singer
musician producer photographer designer chef landlord tenant passenger commuter motorist
bassist drummer guitarist pianist violinist vocalist composer conductor dancer
man woman boy girl holder shareholder stakeholder keeper skipper deckhand crewman rescuer lifeguard
swimmer runner rider citizen juror
administrator forecaster meteorologist technician astronaut cosmonaut diver investigator auditor
trustee treasurer comptroller registrar vicar priest nun monk chaplain curator librarian
entrepreneur investor ecologist geologist climatologist hydrologist seismologist volcanologist
magnate tycoon mogul billionaire millionaire
archaeologist anthropologist foreman supervisor veteran refugee migrant evacuee dentist pharmacist
therapist midwife caregiver janitor receptionist cashier waiter waitress bartender porter cleaner signaller signalman caller listener
barkeeper barmaid barman bookseller florist bouncer doorman caretaker postman postwoman chauffeur cabbie
groundsman farmhand fishmonger greengrocer newsagent optician carer landlady innkeeper hotelier stallholder locksmith
steelworker docker stevedore seaman steward stewardess forester
soloist cellist organist harpist flautist trumpeter saxophonist violist ballerina comedian rapper cop
rancher logger welder electrician landowner homeowner shopper customer victim depositor saver
defendant plaintiff complainant magistrate coroner mediator arbitrator ombudsman ranger
trooper informant whistleblower hacker athlete cyclist skier sprinter wrestler golfer referee
umpire playwright screenwriter filmmaker scholar tutor pupil intern apprentice consul attaché emissary
grandmaster arbiter conciliator soprano mezzo-soprano tenor baritone bass
starosta prezes burgemeester župan zupan ordfører selektor selector
winemaker vintner grower herder shepherd beekeeper breeder veterinarian vet
participant contestant competitor attendee
criminologist toxicologist pathologist cardiologist oncologist neurologist radiologist dermatologist paediatrician
pediatrician gynaecologist gynecologist obstetrician anaesthetist anesthetist embryologist geneticist immunologist
microbiologist zoologist ornithologist botanist dendrochronologist arborist glaciologist oceanographer ethicist
bioethicist theologian philosopher linguist archivist genealogist conservator restorer jeweller jeweler teen
vd toimitusjohtaja överläkare overlege adhyaksh adhyaksha kulpati cynghorydd baale sabhapathi sabhapathithuma lekam
xildhibaan guddoomiye ceannfort teachta rais concelleira concelleiro
parêzgar memhir načelnik načelnica buergermeeschter schäffen faifekau faifeau lurah camat
""".split()
) | _UNTRANSLATED
ROLE_PLURALS: frozenset[str] = frozenset(
    _plural(n) for n in _ROLE_SINGULARS - _UNTRANSLATED
    if not n.endswith(("s", "men", "people")) and "-" not in n and n not in {"sir", "dame", "doña", "lord", "lady", "mp", "mep", "msp", "cm", "pm"}
) - _ROLE_SINGULARS
ROLE_NOUNS: frozenset[str] = _ROLE_SINGULARS | ROLE_PLURALS

# Letters after a name that are not part of it: "Ruth Day KC", "Ann Lee MBE".
POSTNOMINALS: frozenset[str] = frozenset("kc qc sc mbe obe cbe frs phd md esq jr sr td mp mla msp mep mpp".split())

# Honorifics that go with a first name: "Sir Robin" is Sir Robin Ashdown.
# (Turkish writes its honorifics after the first name: "Mustafa Bey")
HONORIFICS_AFTER: frozenset[str] = frozenset(
    {"bey", "hanım", "hanim", "efendi", "sahib", "sahiba", "sahab", "saheb", "bəy", "xanım", "müəllim", "müellim",
     "eje", "baike", "agai", "apai", "mahattaya", "mahatmaya", "mahathmaya", "mahatmiya"})
FIRST_NAME_HONORIFICS: frozenset[str] = frozenset(
    {"sir", "dame", "doña", "bapak", "pak", "ibu", "bu", "aling", "mang"}) | HONORIFICS_AFTER
# (Spanish "Doña Ana", Indonesian "Pak Haryo", Tagalog "Aling Rosa" and Urdu "Asad Sahib" too)

# Titles written before a surname alone, with the pronoun each one says ("Ms. Driver" is a
# name however it reads). "Dr" and "Mx" say no pronoun.
COURTESY_TITLES: dict[str, str | None] = {
    "mr": "he", "mrs": "she", "ms": "she", "miss": "she", "mme": "she", "mlle": "she", "dr": None, "mx": None,
    # as translations leave them: German, Spanish, Portuguese, Italian, French
    "herr": "he", "frau": "she", "señor": "he", "señora": "she", "senhor": "he", "senhora": "she",
    "signor": "he", "signora": "she", "sig": "he", "monsieur": "he", "madame": "she",
    "sayın": None,  # (Turkish, for a man or a woman)
    "pani": "she"}  # (Polish: "pani prezes Ann Lee"; not its "pan", an English word too)

# Words for a person's tie to someone ("his wife Ann Lee"), with the pronoun each one says.
KIN_WORDS: dict[str, str | None] = {
    **dict.fromkeys("husband father son brother grandfather uncle nephew widower".split(), "he"),
    **dict.fromkeys("wife mother daughter sister grandmother aunt niece widow".split(), "she"),
    **dict.fromkeys("friend girlfriend boyfriend partner cousin".split(), None),
}

# Words in a speaker phrase that say which pronoun takes the person up:
# "Mrs. Lee", "the spokeswoman", "his wife".
GENDER_WORDS: dict[str, str] = {
    **dict.fromkeys(
        """sir lord king prince duke spokesman chairman congressman councilman assemblyman
        alderman selectman committeeman businessman boy man dad shri hajj haj bey efendi
        bapak bpk pak ông encik mzee bw bwana mang agha aghaye herr ponas gospod gospodin kyrios
        kentiba abba kak här txiv tangata'eiki turaga bambo obbo mas aotrou""".split(), "he"),
    **dict.fromkeys(
        """madam dame doña lady queen princess duchess spokeswoman chairwoman
        congresswoman councilwoman assemblywoman alderwoman selectwoman committeewoman businesswoman
        girl woman mom mum actress smt shrimati hajja hajjah hanım hanim ibu bu bà puan bi aling khanom khanum
        chị fru ponia gospa gospođa kyria weizero weizerit xanim xan niam fine'eiki tama'ita'i marama sokhna mayi aadde mbok itron""".split(), "she"),
    **{word: said for word, said in {**COURTESY_TITLES, **KIN_WORDS}.items() if said},
}

# Given names whose gender is not in doubt in English-language news (names
# used for both, such as Jordan, Alex, Jean or Andrea, are left out): a "she"
# does not stand for a Tom the story never called "he".
_MALE_NAMES = """
aaron abdul adam adrian ahmed ahmet alan albert alberto alejandro aleksandar aleksandr alexander
alexei alfred ali alistair anders andre andreas andrei andrew andrzej angus anthony anton antonio
arthur barry ben benjamin bernard bernie bill billy bjorn bob bobby bogdan boris brad bradley bram
brandon brendan brett brian bruce bruno bryan burak calvin carl carlos cem charles charlie
christian christopher chuck clarence claude colin constantin craig cristian daan dale damian dorian
daniel danny darren david dean dennis derek diego dieter dimitri dimitris dmitri dmitry dominic
don donald doug douglas dragan dragos duarte duncan dusan dustin dwight eddie edgar eduardo edward
edwin elijah emilian emmanuel emre enrique eric erik ernest ethan eugene evan fabian fabio felix fernando filip
florian florin francesco francisco frank franz fred frederick gabriel gareth gary gavin geoffrey george
gerald gerhard gheorghe giorgio giorgos giovanni giuseppe glenn goncalo goran gordon graham grant
greg gregory gustavo guy hakan hans harold harry hassan hector helmut henrik henry herbert howard
hugh hugo ian igor ion isaac ivan ivo jack jacob jake jakub james jason javier jeff jeffrey
jens jeremy jeroen jerome jerry jim jimmy jiri joao joe joel johan john johnny jonas jonathan
joost jorge jose joseph joshua juan julian jurgen justin karl keith kemal ken kenneth kevin kilian klaus
konstantin kostas kurt larry lars lawrence leon leonard liam lloyd louis luca lucas luigi luis
lucian luka lukas luke malcolm manuel marc marco marcus marek mario mark marko martin marvin matej mats
matt matthew matthias maurice max maxim maximilian mehmet michael miguel mihai mike mikhail milan miroslav
mitch mohamed mohammad mohammed moritz muhammad murat mustafa neil nicholas nick nigel nikola
nikolai nikos nils noah norman nuno olaf oleg oliver omar oscar owen pablo patrick paul pavel
pedro peter petr philip phillip pierre pieter piotr radu rafael ralph ramon randy ray raymond
reginald ricardo richard rick rob robert roberto roger roman ronald roy rudolf rui russell ruud
ryan salvatore samuel sander scott sean sebastian sergei sergey seth shane simon sorin stanislav
stavros stefan stephen steve steven stuart sven ted thomas tiago tim timothy tobias todd tom tomas
tomasz tommy tony travis trevor tyler uwe vaclav victor viktor vincent vlad vladimir vladislav
walter warren wayne wilhelm willem william willie wolfgang yannis yuri yusuf zachary zoran
khaled khalid khalil karim tariq tarek hamid hamza youssef yousef mahmoud abdullah ibrahim ismail
oleksandr serhiy taras mykola volodymyr kenji hiroshi takashi takeshi haruto kazuo satoshi
josef jozef jaroslav vojtech ondrej zdenek ladislav milos karel radek dmytro andriy oleh yuriy vasyl petro bohdan
yaroslav ihor vitaliy mykhailo maksym artem denys sergiy siergiej sergej wiktor witold wojciech krzysztof grzegorz
pawel jaroslaw zbigniew tadeusz stanislaw lukasz marcin michal dariusz jacek janusz kazimierz ryszard waldemar
miroslaw radoslaw slawomir bartosz dominik kamil mateusz rafal szymon nenad dejan darko predrag zlatko
nikolay dimitar georgi hristo ivaylo stoyan nikolaos konstantinos panagiotis georgios ioannis vasilis christos
spyros theodoros evangelos alvaro andres cesar emilio esteban felipe gonzalo guillermo ignacio joaquin
julio leandro marcelo mateo nicolas rodrigo santiago sergio teodoro vasco afonso henrique mateus thiago
gunnar haakon halvard jorgen knut magnus morten olav terje torbjorn trond arne einar eirik espen harald ingvar
dirk heinz horst joachim jorg manfred markus ralf reinhard rolf thorsten torsten ulrich volker werner joris
maarten sjoerd wouter antoine baptiste benoit clement didier etienne francois gilles guillaume herve jacques
laurent mathieu olivier pascal philippe sebastien thierry xavier yves emeric alessandro davide emanuele enrico
fabrizio federico gianluca lorenzo marcello massimo matteo maurizio riccardo stefano vittorio
timur halit mert onur serkan volkan selim orhan osman ercan erdem baris cihan tolga ugur
farid faisal walid nabil nasser rashid samir sami tamer yasser ziad bassam hisham hussein jamal majid marwan
mazen osama qasim rami saleh sultan waleed yahya zaid adel amir anwar ashraf ayman fadi fouad ghassan imad
jalal kareem munir mustapha
sunil devendra arul imtiaz rajesh ramesh suresh mahesh anil amit arjun ashok deepak dinesh ganesh harish rahul
rakesh ravi sanjay vijay vikram vivek rohan sandeep manoj naveen prakash pradeep siddharth anand arvind gopal
mohan nitin rajiv sachin venkat aditya abhishek akshay arun
haruki hiroki daisuke kenta kenichi kazuki masato naoki ryota shota taro tatsuya tomohiro yuji yusuke
yoshihiro kaito daiki takumi koji shinji ichiro jiro masahiro nobuo osamu shigeru tadashi yasuo
nnamdi chukwuemeka emeka kwame kofi kwabena kojo themba sipho thabo mandla jabulani tunde babatunde adebayo
chidi obinna ikechukwu
""".split()

_FEMALE_NAMES = """
abigail ada adriana agnes agnieszka aileen alexandra alice alicia alina alison amanda amber amelia
amy ana anastasia andreea angela angelica anita anja anke ann anna anne annette annika anouk
antonia april astrid ayse barbara barbora beatrice beatriz becky bernadette beth bethany betty
beverly birgit brenda bridget britt brittany camille carla carly carmen carol caroline carolyn
catarina catherine cecilia charlotte chloe christina christine cindy claire clara claudia colleen
connie constance cristina cynthia daisy daniela danielle deborah debra denise despina diana diane
dimitra dolores donna doris dorothy dragana edith eileen elaine eleanor elena eleni elif elin
elisabeth eliska elizabeth ella ellen emilia emily emine emma erica erin esther eva ewa fatima
fatma femke fiona florence frances francesca freya gabriela gabrielle gail georgia gertrude
gillian gina gloria grace greta gwen hana hannah harriet hazel heather heidi heike helen helena
hilary hillary holly ida ilse ines ingrid ioana irena irene irina isabel isabella isabelle ivana
jacqueline jana jane janet janice jasmine jelena jennifer jenny jessica jill joan joana joanna
joanne josephine joyce judith judy julia julie june jutta karen karin katarina katarzyna kate
katerina katherine kathleen kathryn kathy katie katja katrin kayla kristen kristina laura lauren
leah lena lillian lily linda lisa lois lorraine lotte louise lucia lucie lucy lydia maaike madeleine
madison magdalena maja malgorzata margaret margarita maria mariana marie marija marilyn marina
marta martha mary maureen megan melanie melissa merve mia michele michelle mihaela mila mildred
milena miriam molly monica monika nadia nadine nancy naomi natalia natalie natasha nicole nikki
nina nora olga olivia paige pamela patricia paula pauline peggy penelope petra phyllis priya
rachel raluca rebecca regina renata rita roberta rosa rosemary ruth sabine sally samantha sandra
sanne sara sarah sharon sheila shirley sigrid silvia simona snezana sofia sonia sophia sophie
stephanie susan suzanne svenja svetlana sylvia tamara tanja tanya teresa tereza theresa tiffany
tina ursula valentina valerie vanessa vera veronica vesna victoria violet vivian virginia wendy yvonne
zeynep zoe zofia zuzana
halima aisha amina leila leyla layla yasmin samira mariam hiroko yuko keiko akiko yoko naoko
olena oksana yelena ielena iryna kateryna halyna tetiana tetyana nataliya nataliia lyudmila ludmila larysa
svitlana yulia yuliia viktoriya mariya daria darya ekaterina yekaterina tatiana tatyana galina anastasiya
grazyna agata aleksandra beata bozena danuta dorota elzbieta halina iwona jadwiga justyna krystyna marzena
urszula wanda zuzanna weronika patrycja jitka lenka marketa pavla sarka
farida ferida noura rania salma yasmina zainab zahra hanan lubna najwa rasha suad dalia ghada lamia
maryam nawal samar sawsan
aylin burcu derya ebru esra gizem hatice ozlem selin seda serap sibel tugba yasemin zehra nesrin meryem
meenakshi harleen anjali deepa kavita lakshmi neha pooja radha rekha sunita shanti sushma asha divya geeta
indira nandini padma parvati preeti ritu sangeeta savita shalini shreya usha vandana
haruka aiko ayumi fumiko hanako kaori kazuko kumiko mariko megumi michiko midori miho misaki noriko sachiko
sakura satomi sayaka tomoko yoshiko yumi yumiko
ngozi chiamaka adaeze folake funmilayo yetunde abena akosua efua thandiwe nomvula zanele lindiwe wanjiru
wanjiku njeri achieng
alejandra consuelo lourdes luisa marisol mercedes paloma pilar raquel rocio soledad ximena fernanda
juliana leticia luciana marcela paola
margit birgitta gunhild hanne ingeborg kirsten maren marit ragnhild randi solveig tove trine turid camilla
malin linnea frida gisela gudrun hannelore renate silke ulrike anneliese
amelie aurelie brigitte celine chantal delphine elodie genevieve helene josiane juliette margaux martine
mathilde monique nathalie sandrine severine solange sylvie veronique alessandra chiara elisa federica giorgia
giulia ilaria lorena serena valeria ioanna vasiliki
""".split()

GIVEN_NAME_GENDER: dict[str, str] = {**dict.fromkeys(_MALE_NAMES, "he"), **dict.fromkeys(_FEMALE_NAMES, "she")}

# Lower-case words that may stand inside a role phrase ("foreign policy chief").
ROLE_MODIFIERS: frozenset[str] = frozenset(
    """
foreign defense defence press prime deputy senior former chief general vice state national
security policy administration interior finance economy justice health trade top senior
junior first second third acting interim assistant associate executive principal
campaign communications military intelligence education energy environment
labour labor treasury attorney district federal regional local government council
party opposition ruling minority majority republican democratic high-ranking
high ranking ranking anonymous unnamed defense-department department agency ministry
presidential vice-presidential gubernatorial congressional senatorial mayoral longtime veteran
presumptive financial operating technology information marketing medical legal political economic
scientific creative artistic managing lead independent municipal provincial metropolitan honorary main
agriculture transport culture tourism fisheries housing infrastructure welfare sports immigration
""".split()
)

# Nouns that make a phrase an organisation rather than a person.
# Kinds of company a story calls one by: "the insurer", "the airline".
COMPANY_KINDS: frozenset[str] = frozenset({"insurer", "lender", "airline", "carrier", "manufacturer", "retailer", "utility", "chain",
                                           "enterprise", "corporation", "conglomerate"})
# (translated: German "das Unternehmen"; "a spokeswoman of the corporation", German "des Konzerns")
ORG_NOUNS: frozenset[str] = frozenset(
    """
office ministry department government administration agency commission council committee
house party union alliance bank court parliament congress senate assembly army police
military navy embassy company corporation group organisation organization campaign team
cabinet secretariat presidency palace board bureau institute foundation staff
association federation confederation guild coalition authority authorities service services spokesmen
newspaper network agency station collective consortium directorate inspectorate
forces governorate prefecture municipality management chamber
project initiative fund forum trust syndicate league caucus society partnership center centre laboratory lab
delegation mission consulate regime junta force corps brigade regiment battalion
theatre theater museum gallery orchestra club charity zoo library firm airport
family families cooperative co-operative panel tribunal watchdog regulator parquet
organism archdiocese diocese curia parish synod patriarchate
""".split()
) | COMPANY_KINDS
# ("organism": Spanish "el organismo", French "l'organisme", translated word for word)

# Bodies of relatives that speak as one ("the families of the trapped miners said"), though
# what follows their "of" is in lower case.
FAMILY_WORDS: frozenset[str] = frozenset({"family", "families"})
# Bodies of their members, named after them in translations: "the union of the guards".
MEMBERS_BODIES: frozenset[str] = frozenset({"union", "association", "federation", "confederation", "syndicate", "guild", "collective"})

# Last words of company (club, newspaper) names: "Vellacourt Foods", "Norrsken Capital", "Portside United",
# "Dunmore Ledger" are bodies.
# A newspaper's name ends in one of these words, and begins with its town's ("Orlando Sentinel").
NEWSPAPER_WORDS: frozenset[str] = frozenset(
    "gazette ledger tribune chronicle courier herald journal dispatch bulletin sentinel inquirer telegraph"
    " review examiner monitor mirror letters".split())
COMPANY_WORDS: frozenset[str] = frozenset(
    """foods holdings holding capital partners motors air airlines airways coachlines ferries energy technologies systems homes
    media pharma pharmaceuticals securities industries inc corp corporation ltd limited llc plc ag gmbh
    logistics investments ventures brands retail telecom labs co pictures studios films records
    entertainment publishing sa nv bv spa srl associates united rovers athletic fc wanderers developments
    cyf oy oyj asa aps kft zrt sro doo jsc pjsc ooo tbk bhd pty sarl lda
    therapeutics biotech biosciences biologics electronics semiconductor software networks chemicals
    shipping lines ratings analytics minerals mining metals resources steel drilling engineering construction
    electric electricity utilities gas oil petroleum railways mutual insurance assurance reinsurance bancorp
    freight cargo rail dynamics aerospace robotics automotive solutions supply supplies distribution consulting
    cruises tours hotels resorts holidays print printing printers packaging power catering caterers""".split()
) | NEWSPAPER_WORDS

# A nickname in marks between a given name and a surname: Cordelia “Del” Amsel, Sofie »Sofa« Lind.
NICKNAME_OPENERS = "“\"‘«»„‚"
NICKNAME_CLOSERS = "”\"’»«“‘"
NICKNAME_WORDS = r"[A-Z][\w’'. -]{0,20}"
NICKNAME = f"[{NICKNAME_OPENERS}]{NICKNAME_WORDS}[{NICKNAME_CLOSERS}]"

# Kinds of place a capitalised name may follow: "from village Lipky", "the region Nizhnie Sady".
PLACE_NOUNS: frozenset[str] = frozenset(
    "village town city region district province county state borough parish municipality prefecture canton township"
    " commune oblast raion barangay kampung kampong".split())

# Fields a ministry or department is named for: the capitals of "the Minister of Water
# Resources" name the portfolio, not a person.
PORTFOLIOS: frozenset[str] = frozenset(
    """resources affairs development infrastructure communities defence defense health education
    finance energy transport environment agriculture interior economy labour labor culture tourism
    industry fisheries forestry housing welfare employment works sport sports youth veterans emergencies children families women equality
    justice ports heritage trade commerce science technology communications immigration migration integration planning""".split()
)

# Bodies named by a portfolio after "of", as translations write them in lower case: "the ministry of transport".
PORTFOLIO_BODIES: frozenset[str] = frozenset({"ministry", "department"})
# Words that may stand before a portfolio in lower case: "the ministry of regional development".
PORTFOLIO_MODIFIERS: frozenset[str] = frozenset({"regional", "foreign", "social", "public", "home", "internal", "economic",
                                                 "rural", "urban", "national", "digital", "territorial", "maritime", "cultural"})

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})
# The object forms that may stand for a speaker ("according to him"), with their subject forms.
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
# Capitalised at a sentence's start, they look like names: "Nobody asked."
INDEFINITE_PRONOUNS: frozenset[str] = frozenset(
    "nobody somebody someone anybody anyone everybody everyone nothing something everything none whoever whomever".split()
)
# A quantifier standing for a person ("“…,” another added"): somebody the story
# does not name, and not the last speaker.
QUANTIFIER_PRONOUNS: frozenset[str] = frozenset("one another some many others several both few most".split())

DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})

# Abbreviated titles that end in a period but do not end a sentence, and the
# Indian honorifics used as "Mr" and "Mrs" are ("Shri Anil Rao", "Smt. Rao").
TITLES: frozenset[str] = frozenset(
    """
mr mrs ms dr sen rep gov gen lt col sgt prof pres st jr sr maj capt adm cmdr cdr supt insp
rev fr hon amb sec dept no vol fig cllr mx mme mlle
shri smt shrimati hajj haj hajja hajjah bapak bpk pak ibu bu ông bà encik puan
adv mzee bw bwana bi ndugu kapitan kapitän kagawad mang aling agha aghaye khanom khanum
atty engr ing lao xiao dipl dipl.-ing dr.-ing dipl.-kfm mgr cikgu datuk dato datin chị kapten kaptan seyyed seyed sayyid mohandes mohandis
al-sayyid al-sayyida al-sayyidah al-ustadh al-ustadha al-ustaz al-ustaza
herr fru ponas ponia gospod gospa gospodin gospođa madam madame kyrios kyria
ato weyzero woizero weyzerit woizerit thiru tmt thirumathi selvi
daw saya sayama malam mallam alhaji hajiya dakta marwo aw tannie oom meneer mevrou mnr mev khonum ustod ustoz
nksz nkz mnu spadar spadarynia
zoti zonja zonjusha varpet paron tikin is-sur is-sinjura ogbeni arabinrin alhaja oloye
mahattaya mahatmaya mahathmaya mahatmiya nona haji hajji mudir mashar ustad janab daktar mawlawi mullah qari
ichie maazi nze lolo nwada jenap mugallym ýaşuly yashuly hanym eje tayta wiraqocha wiraqucha yachachiq
ramatoa andriamatoa ingahy rtoa atoa maître docteur doctora licenciado licenciada ingeniero ingeniera
senhor senhora signor signora dottor dottoressa avvocato onorevole frau mevrouw domnul doamna sayın sayyid
sig avv doctoress oberst hauptmann kommissar hauptkommissar
khun ginoong ginang binibining pani paní prezes ks mecenas
weizero weizerit kentiba abba memhir mamoste birêz serok xanim pehlewan kak xan här hadži txiv niam xib fwb
tangata'eiki fine'eiki faifekau
afioga susuga tama'ita'i faifeau turaga ratu marama sokhna serigne bambo mayi mfumu madamu nyakubahwa aadde obbo
mas mbok lurah camat aotrou itron mestr
sheikh shaikh shaykh sheikha excellency mag dipl dra sra dott señor señora doña dona seu
cr mian gogo mkhulu mama mheshimiwa afande omwami nnyabo togbui togbe cụ jaji
""".split()
)
# Titles written short before a name, never alone for the person ("Mr said" is no one, but
# "Mzee said" is the Mzee the story named).
ABBREVIATED_TITLES: frozenset[str] = frozenset(
    """mr mrs ms dr sen rep gov gen lt col sgt prof pres st jr sr maj capt adm cmdr supt
insp rev fr hon amb sec dept no vol fig cllr mx smt bpk bu adv bw bi atty engr ing mgr mnr mev mme mlle sig avv""".split()
)
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

# The "and" of Spanish, Catalan and Portuguese double surnames: "Ortega y Gasset", "Puig i
# Ferrer", "Sousa e Silva" (a name particle that stands only between two capitals).
SURNAME_JOINERS: frozenset[str] = frozenset({"y", "i", "e"})

# Name particles that stay lower case inside a personal name.
PARTICLES: frozenset[str] = SURNAME_JOINERS | frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al", "el",
     "bin", "ibn", "ter", "dos", "das", "ap", "ferch", "binti", "bint", "ó", "ní", "nic", "uí", "mac", "giolla"}
)

# Particles that may open the rest of a name: "Ann “Annie” van der Berg" (a pattern).
SURNAME_START = r"(?:(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")[ \t]+){0,2}[A-Z]"

# Words between a speaker and the cue verb that do not end the speaker's phrase:
# "Smith has however said", "NATO said Monday", "Doe also said".
SKIPPABLE: frozenset[str] = frozenset(
    """
also however has have had was were is are will would could may might must shall should
later then again once previously earlier now today yesterday tonight recently repeatedly
publicly reportedly separately further subsequently still even just already often
never not yet only itself himself herself themselves and but further too in turn for his her their part
meanwhile did does do
monday tuesday wednesday thursday friday saturday sunday
""".split()
)

WEEKDAYS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
MONTHS: frozenset[str] = frozenset(
    """january february march april may june july august september october november december""".split()
)
# A weekday's name, capitalised, as a piece of a pattern: "Monday" … "Sunday".
WEEKDAY_NAME = "(?:" + "|".join(sorted(day.capitalize() for day in WEEKDAYS)) + ")"

# Function words that machine translation sometimes glues to the word before
# ("Smithto reporters", "NATOas well").
# Capitalised words that begin clauses, not names.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    """
in at on but and as after before when while despite later meanwhile also however asked
according for with from by of to this that these those there here if so yet then now
speaking earlier separately still although though because since until unless whether
during amid among under over about against between into through without within
it he she they we i you his her their its our my your what which who whom whose where
why how yes no not all both each every some many most more several such once
instead indeed moreover furthermore nevertheless nonetheless ultimately finally first second
third next perhaps maybe thus hence regardless overall additionally similarly likewise
specifically notably initially eventually previously recently currently today yesterday
tonight even only just well oh like unlike ask otherwise outside inside back elsewhere abroad nearby already further besides
beyond across behind near opposite around afterwards afterward upon toward towards given considering therein herein thereupon
above below beneath underground upstairs downstairs overhead offstage late early
""".split()
) | WEEKDAYS | MONTHS

GLUED_FUNCTION_WORDS = ("to", "as", "in", "of", "on", "for", "and", "the", "where", "who", "which", "that", "a", "at")

# Posts one person holds at a time in a story: "Prosecutor Tom Rask … “…,” the judge
# said" is not Rask, while "captain Josh Parr … the defender said" may well be Parr
# (a description, not a post).
OFFICES: frozenset[str] = frozenset(
    """
president vice-president chancellor minister secretary spokesman spokeswoman spokesperson
ambassador governor senator congressman congresswoman mayor commissioner premier lawyer
attorney prosecutor judge justice sheriff coach referee manager councillor councilor
councilman councilwoman solicitor barrister counsel detective inspector constable witness
defendant plaintiff host anchor moderator leader chief head king queen monarch ruler
liquidator administrator receiver trustee auditor ombudsman
xildhibaan guddoomiye ceannfort teachta rais concelleira concelleiro
parêzgar memhir načelnik načelnica buergermeeschter schäffen faifekau faifeau lurah camat
prefect sub-prefect director chairman chairwoman rector dean commander mediator arbitrator ombudsman
""".split()
)

# What a person or body issues and a story then quotes: "“…,” the statement said."
DOCUMENT_NOUNS: frozenset[str] = frozenset({"statement", "comment", "release", "letter", "memo", "note", "message", "post",
                                            "announcement", "communique", "communiqué", "communication", "text", "declaration",
                                            "update", "notice"})  # ("issued a notice to mariners")
# What is written up for anyone to read, and has no author a story names: "a banner read …".
INSCRIPTION_NOUNS: frozenset[str] = frozenset(
    "sign notice leaflet pamphlet flyer poster banner placard slogan graffiti inscription plaque billboard sticker mural bedsheet card".split())
# Texts and media that "say" things without being anyone: "says the ad", "the report said".
TEXT_NOUNS: frozenset[str] = DOCUMENT_NOUNS | INSCRIPTION_NOUNS | frozenset(
    """ad advert advertisement report study survey poll forecast video tweet book article editorial website
    petition order ruling verdict law rule regulation bill plan document email text
    filing complaint lawsuit indictment transcript recording footage headline caption""".split())

# Where people post what a story then quotes: a place, never a speaker ("On Instagram wrote the
# runner"); "Lee's Instagram post" is Lee's.
PLATFORMS: frozenset[str] = frozenset(
    "instagram facebook twitter tiktok youtube telegram whatsapp linkedin weibo wechat sns threads bluesky snapchat"
    " vkontakte mastodon".split())

# Texts a story quotes as saying things, written by someone it may name: "the report of the
# Safety Board … “…,” the report states".
AUTHORED_TEXTS: frozenset[str] = frozenset("report document ruling judgment judgement decision study findings".split())

# Capital and small letters of the Latin alphabets, accents and all, for the patterns
# that find names: "Ádám", "Łukasz", "Nguyễn", "Hervé" (a bare [A-Z][a-z]+ stops at "Herv").
_LATIN = [chr(c) for c in (*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00))]  # (with Azerbaijani "ə")
CAPITAL = "A-Z" + "".join(c for c in _LATIN if c.isupper())
SMALL = "a-z" + "".join(c for c in _LATIN if c.islower()) + "\u0300-\u036f"  # (and combining accents: "ẹ́")

# "Norwegian", "Russian", "Japanese", "Polish": a nationality before a role.
NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ican|ean|ese|ish)$")
# Nationality nouns the pattern above misses: "the Czech", "the Dutchman" name a person.
DEMONYMS: frozenset[str] = frozenset(
    """Czech Swiss Greek Thai Dane Swede Pole Finn Briton Scot Spaniard Turk Kazakh Uzbek Israeli
    Iraqi Pakistani Saudi Basque Catalan Argentine German French Dutch Kenyan Ugandan Moroccan Venezuelan
    Afghan Somali Nepali Slovak Bangladeshi Qatari Kuwaiti Yemeni Emirati Omani Dutchman Dutchwoman Frenchman Frenchwoman
    Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman Welshman Welshwoman""".split()
)

# Role-head synonyms: a role mentioned one way may be held by a person
# introduced another way ("the alliance's chief" / "its secretary general").
ROLE_CLASSES: tuple[frozenset[str], ...] = (
    frozenset({"chief", "boss", "head", "leader", "secretary-general", "director", "chairman", "manager", "coach",
               "chairwoman", "chair", "chairperson", "general", "ceo", "md", "pdg", "commander"}),  # (French "PDG")
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"president"}),
    frozenset({"chancellor"}),
    frozenset({"minister", "secretary"}),
    frozenset({"premier"}),
    # (a football coach, as Portuguese and Spanish name him, translated: "o mister", "el técnico")
    frozenset({"coach", "mister", "technician", "trainer"}),
)
# Words for one post, which match even with no body named: "Captain Ann Lee … the skipper".
ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"spokesman", "spokeswoman", "spokesperson"}) | UNTRANSLATED_POSTS["spokesperson"],
    frozenset({"captain", "skipper"}),
    frozenset({"novelist", "writer", "author"}),  # ("the writer Ann Lee" … "the novelist")
    frozenset({"magnate", "tycoon", "mogul", "billionaire", "millionaire"}),  # ("software tycoon Ann Lee" … "the mogul")
    *(post | {english} for english, post in UNTRANSLATED_POSTS.items() if english != "spokesperson"),
)

# How an anonymous source stands to the story: "a person close to the talks", "familiar with",
# "briefed on", "involved in", "knowledgeable about" it.
SOURCE_NEARNESS: frozenset[tuple[str, str]] = frozenset(
    {("close", "to"), ("familiar", "with"), ("briefed", "on"), ("involved", "in"), ("knowledgeable", "about"),
     ("informed", "on"), ("informed", "about")})  # ("a person informed on the dossier", translated)
SOURCE_NEAR_WORDS: frozenset[str] = frozenset(a for a, _ in SOURCE_NEARNESS)

# Styles of address that stand for the person after "His"/"Her": "His Excellency recalled" is he.
STYLES: frozenset[str] = frozenset("excellency highness majesty holiness eminence lordship ladyship".split())

# Words of an event description that are never a speaker ("the meeting said").
NOT_SPEAKERS: frozenset[str] = frozenset(
    """
report statement study survey poll article story analysis document letter memo release
paper press data figures this that there which who what it's many some others people one another
""".split()
)


# ------------------------------------------------------------------ owners of quoted words

# Nouns whose "that" clause reports what their owner said: "Kim's claim that Lee “lied”".
CLAIM_NOUNS: frozenset[str] = frozenset(
    """claim claims assertion assertions accusation accusations argument contention conclusion pledge
    promise vow insistence suggestion warning prediction boast charge allegation comment comments
    remark remarks statement declaration line lines assessment assurance estimate finding defence defense
    order ruling complaint reaction response reply""".split()  # ("the judge's order that the ballots stay “sealed”")
)

# Participles that name words as someone's: "was dubbed “the deal of the century” by Lee".
NAMING_PARTICIPLES: frozenset[str] = frozenset(
    """called labeled labelled dubbed branded described termed deemed characterized characterised
    derided decried denounced hailed praised criticized criticised condemned mocked ridiculed
    slammed blasted quoted cited nicknamed""".split()
)

# Verbs that name something "as" the quoted words: "the campaign rejected the idea as “absurd”".
NAMING_AS_VERBS: frozenset[str] = frozenset(
    """rejected rejects dismissed dismisses described describes referred refers brought branded brands
    labeled labelled labels characterized characterised characterizes derided derides hailed hails
    praised praises defended defends denounced denounces criticized criticised criticizes painted
    paints portrayed portrays cast casts billed bills touted touts
    qualified qualifies designated designates evaluated evaluates""".split()
)  # (translated: "calificó de", "a qualifié de"; Turkish "… olarak değerlendirdi")

# ------------------------------------------------------------------ small closed classes

# Words in -ly that are not adverbs ("Italy", "a rally", "his family").
LY_NOUNS: frozenset[str] = frozenset(
    "family rally ally assembly supply reply july italy early only daily weekly monthly belly bully jelly lily holly".split()
)

# Modal verbs: never followed by "wrote" or "says", so "Will wrote" names someone.
MODALS: frozenset[str] = frozenset({"will", "may", "might", "must", "shall", "should", "would", "could", "can"})

# Adverbs of order between a name and its verb: "when Lee first testified".
ORDER_ADVERBS: frozenset[str] = frozenset({"first", "last", "later", "initially", "originally"})

# Words whose contraction opens a clause, not a name: "There’s", "Let’s".
CONTRACTION_HEADS: frozenset[str] = frozenset({"it", "that", "there", "here", "what", "who", "let", "where", "how", "why"})

# An Arabic family name written with its lower-case article, a word of a name: "al-Kaabi", "el-Masri".
ARABIC_ARTICLE = r"(?:al|el|ad|as|ash|az|ar|an|at)-"
ARABIC_FAMILY = re.compile(ARABIC_ARTICLE + r"[A-Z]")
