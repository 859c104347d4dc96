"""Word tables for deciding and checking: decisions, who decides, what is decided, checking AI output."""

from __future__ import annotations

from aibeleid_check.meaning.concept import words, words_raw
from aibeleid_check.meaning.morph import Word

# fmt: off
# --- decisions -------------------------------------------------------------------------------------
DECIDE = words(
    "decide",
    """
    beslis* besluit* besloten eindbesluit* eindbeslissing* eindoordeel eindgoedkeuring* decide decides decided deciding decision*
    beslissingsbevoegd* doorslaggevend* zeggenschap doorhak* knoop keuze* choice* delegat* overlat* beslissend*
    beslisbevoeg* determinations verdict* functioneringsgesprek* beoordelingsgesprek*
    eindbeoordeling* eindcijfer* eindevaluatie* gunning gunningsbesluit* gunningsbeslissing*
    disciplinary tuchtmaatregel* sanctions
    regie beschikking* accusation* accuse accuses accused beschuldig*
    """,
)
DECIDE_WEAK = words(
    "decide-weak",
    """
    bepal* bepaalt kies kiest kiezen selecteer* selecter* beoordeel* beoordel* afwijz* goedkeur* rangschik*
    screen* determin* choose chooses judge* rank* select* reject* approv* toewijz* toeken* assess* evaluat*
    oordeel oordelen oordeelt afgewezen profil* vaststel* vastgesteld toewijs* weiger* geweigerd toegekend
    afwijs* afkeur* goedgekeurd deny denies denied award* allocat* prioriti* prioriteer* classificeer* classify
    categori* indeel* indel* diagnos* sentence veroordeel* beoordeling* assessment* evaluation* selectie*
    selection* screening* triage* inschaling toekenning* afwijzing* approval* rejection* pick picks picking
    uitmaken uitmaakt uitgemaakt
    """,
)
DOMAIN = words(
    "decided-about",
    """
    vergunning* ontslag* ontsla* aanname* aannemen werving* sollicit* kandida* krediet* lening* uitkering*
    subsidie* toeslag* boete* sanctie* diagnos* klinisch* behandeling* toelating* promotie* beoordelingsgesprek*
    cijfer cijfers aansprakelijk* schuld korting betaling* hiring hire firing fire dismiss* recruit* promotion*
    permit* licence* license* loan* credit* benefit* grant* fine fines grade* grading admission* eligib*
    disciplin* treatment* clinical mensen personen people persons individuals iemand wie who whom someone anyone
    risico* risk* geld money financiele financial klanten customers employees medewerkers personeel staff
    applicants candidates students studenten leerlingen burgers citizens patienten patients summatie* summative
    toets tentamen* exam* aanmerking eligible sollicitant* werknemer* cliënt* client* leerling* pupil* burger*
    inwoner* resident* personeel* examen* exam exams toetsen opdracht* assignment* essay* scriptie* thesis cijfer* mark
    marks grades beurs beurzen scholarship* visa visum asiel* asylum verblijf* claim claims schade* verzekering*
    insurance polis premie* hypothe* mortgage* contract baan job jobs functie* aanstelling* benoeming* salaris*
    beloning* pay bonus* zorg care medisch* medical patient* patiënt* therapie* therapy triage indicatie*
    jeugdhulp wmo bijstand handhaving* enforcement fraude* fraud opsporing* investigation* strafrecht* criminal
    aangifte aangiftes belastingaangifte* tax-return* taxes
    huishouden huishoudens household households gezin gezinnen family families
    rechten rights welfare housing woning* huisvesting inschrijving* enrolment enrollment plaatsing* placement*
    tenancy appraisal* performance functionering* diagnose behandel* aanvraag* aanvragen misconduct wangedrag
    plagiarism plagiaat declaratie* bezwaarschrift* inhuren inhuurt inhuur* ingehuurd manuscript* submission*
    peer
    """,
)
SELECTION = words(  # processes whose outcome is a decision about a person
    "selection",
    """
    admission* recruit* werving* selectie* toelating* sollicitatieprocedure* hiring grading promotion* aanname*
    aanstelling* benoeming* assessment* examinering grantmaking grant-making subsidieverlening subsidietoekenning*
    """,
)
DOMAIN_STRICT = words(  # what a decision is about when it is about people, money, rights or risk
    "decided-about-strict",
    """
    vergunning* ontslag* ontsla* aanname* aannemen krediet* lening* uitkering* subsidie* toeslag* boete*
    sanctie* diagnos* behandeling* toelating* cijfer* hiring hire firing fire dismiss* promotion* loan* benefit*
    grade* grading admission* eligib* disciplin* treatment* iemand wie who whom someone anyone sollicitant*
    kandidat* candidate* applicant* student* leerling* client* patient* burger* inwoner* medewerker* employee*
    staff personeel people mensen personen summatie* summative tentamen* examen* exam exams beoordelingsgesprek*
    appraisal* customer* klant klanten resident* inhuren inhuurt inhuur* ingehuurd beschikking*
    deelnemer* participant* bewoner* huurder* tenant* lid leden member members vrijwilliger* volunteer* kind
    kinderen child children jongere* minderjarig* cursist* learner* pupil* bezoeker* visitor* gast gasten guest*
    donateur* donor* mantelzorger* zorgvrager* hulpvrager* werkzoekende* jobseeker* deelnemers plaatsing*
    placement* indicatie* salaris* salary salaries loon lonen aanvraag* aanvragen
    huishouden huishoudens household households gezin gezinnen family families
    """,
)
HUMAN_CORE = words(  # a person as opposed to AI ("de mens beslist", "humans decide")
    "human-core",
    """
    mens mensen menselijk* human* person persoon people mensenwerk human-led
    """,
)
HUMAN = words(
    "human",
    """
    mens mensen menselijk* medewerker zelf jezelf human* person persoon people manager leidinggevende
    professional yourself eindverantwoordelijk* eigenaar decision-makers decision-maker beslisser* ambtenaar
    behandelaar arts docent wijzelf ourselves staff journalist redacteur lawyer advocaat reviewer
    expert* specialist* deskundige* subject-matter vakspecialist* vakexpert* collega collega's colleague
    colleagues
    """,
)
DECIDER = words(  # who may take a decision: a person or a role (the checking rule uses HUMAN)
    "decider",
    """
    examinator* examencommissie beoordelaar* commissie docenten leraar leraren teacher* examiner* assessor*
    clinician* doctor* nurse* verpleegkundige* hulpverlener* zorgverlener* behandelaar* consulent* casemanager*
    recruiter* adviseur* specialist* expert* deskundige* medewerkers employee employees team teams committee*
    rechter* judge judges humans persons personen mensenwerk ambtenaren professionals arts artsen qualified
    instructor* faculty supervisor* manager* leidinggevenden hr caseworker* accountant* jurist* advocaten
    notaris* redactie editor* human-in-the-loop mens mensen menselijk* medewerker zelf jezelf human* person
    persoon people manager leidinggevende professional yourself eindverantwoordelijk* eigenaar decision-makers
    decision-maker beslisser* ambtenaar behandelaar docent wijzelf ourselves staff journalist redacteur lawyer
    advocaat reviewer panel panels
    member members officer officers case-officer user users gebruiker gebruikers
    """,
)
ROLE_HEADS = (  # a role named after what it handles: "payroll administrator", "salarisadministrateur", "records officer"
    "administrator", "administrators", "administrateur", "administrateurs", "officer", "officers", "clerk", "clerks",
    "coordinator", "coordinators", "functionaris", "functionarissen", "consulent", "consulenten",
    # professionals named by their field ("zorgprofessional", "hulpverlener", "studiebegeleider", "huisarts")
    "professional", "professionals", "begeleider", "begeleiders", "verlener", "verleners", "behandelaar",
    "behandelaars", "inkoper", "inkopers", "huisarts", "huisartsen", "therapeut", "therapeuten", "therapist",
    "therapists", "counsellor", "counsellors", "counselor", "counselors", "caseworker", "caseworkers",
)  # fmt: skip


def role_noun(word: Word) -> bool:
    """A role by its head ('salarisadministrateur', 'administrator'), a person who can decide."""
    return word.text.endswith(ROLE_HEADS)


def role_modifier(words: tuple[Word, ...], position: int) -> bool:
    """What a role is named after ('payroll' in 'payroll administrator', 'salaris' in 'salarisadministrateur'):
    the role, no data."""
    word = words[position]
    if word.text.endswith(ROLE_HEADS) and not word.text.startswith(ROLE_HEADS):
        return True
    return position + 1 < len(words) and words[position + 1].text in ROLE_HEADS


EVALUATION = words(
    "evaluation",
    """
    evaluation* assessment* beoordeling* appraisal* grading beslissing* besluit* decision*
    """,
)
DOCUMENT_KIND = words("document-kind", "concept raads college ontwerp kabinets draft bestuurs")
VERDICT = words(  # outcomes that are decisions when someone gives them: a diagnosis, a mark, a judgement
    "verdict",
    """
    diagnose diagnoses diagnosis cijfer cijfers oordeel grade grades mark marks score scores indicatie advies
    beschikking prognose call judgment judgments judgement judgements determination*
    """,
)
LIGHT_VERB = words_raw(
    "light-verb",
    """
    stel stelt stellen gesteld geef geeft geven gegeven vel velt vellen geveld toeken* give gives given giving
    assign* make makes making award* issue issues afgeven
    """,
)
JUDGMENT = words("judgment", "judgment judgement oordeel oordeelsvorming beoordelingsvermogen")
FINAL = words(
    "final",
    """
    final last laatste uiteindelijke eind definitieve ultimate ultimately uiteindelijk finale definitief
    beslissende
    """,
)
FINAL_NOUN = words(
    "final-noun",
    """
    word woord say call judgment judgement oordeel verdict beslissing besluit decision determination approval
    goedkeuring stem arbiter scheidsrechter authority responsibility beslissingsbevoegdheid zeggenschap sign-off
    signoff handtekening accountability verantwoordelijkheid approver approvers decider deciders decision-maker
    decision-makers beslisser beslissers
    """,
)
SOLE = words(
    "sole",
    """
    enige enkel uitsluitend alleen sole solely only alone autonoom zelfstandig independently fully volledig
    automatically autonomous autonome replace vervang* substitute cede
    """,
)
GOVERNANCE = words(  # deciding which tools may be used is tool governance, not a decision about people
    "governance",
    """
    tool tools app apps software programma* toepassing* gebruik gebruiken use using ai dienst diensten approved
    goedgekeurd toegestaan allowed mag access toegang licentie* licen* account*
    """,
)
WHICH = words("which", "welke which whether of if wat what how hoe wanneer when waarvoor waarbij")

# --- checking --------------------------------------------------------------------------------------
CHECK = words(
    "check",
    """
    control* gecontroleerd* nakijk* nagekeken nalez* nalees* nagelezen naga* nalop* nagelopen nagegaan natrek*
    nagetrokken narek* nagerekend verifi* geverifieerd* valideer* valider* gevalideerd* validatie toetst
    getoetst toetsing* check* gecheckt dubbelcheck* double-check* cross-check* crosscheck* verify* review*
    reviewed proofread* fact-check* factcheck* scrutin* vet vetted gevet herzie* herzien revise revises revised revising reviseer* reviseren gereviseerd confirm* bevestig*
    cross-referenc* corroborat* natrekken
    meekijk* meegekeken meelez* meelees* meegelezen vier-ogen* vierogen* four-eyes peer-review* redigeer* redigeren geredigeerd corrigeer* corrigeren gecorrigeerd edit edited editing proofed
    validat* substantiat* double-check* doublecheck*
    aftekenen afgetekend aftekent sign-off eindredactie eindredigeren tegenlez* tegenlees* tegengelezen
    """,
)
CRITICAL = words(
    "critical",
    """
    kritisch kritische critical critically carefully zorgvuldig scepticism skepticism sceptical skeptical
    sceptisch argwanend wantrouwend
    """,
)
READ = words(
    "read",
    """
    lees leest lezen read bekijk* beoordeel* beoordel* evaluat* assess* look kijk kijken kijkt doorlees*
    doorlez* doorgelezen gelezen herlees* herlez* herlezen reread re-read nalopen beschouw* examine* inspect* scrutin* weeg wegen afweg* interpret interprets
    interpreting interpreted interpreteer interpreteert interpreteren geinterpreteerd
    """,
)
UNCHECKED = words(
    "unchecked",
    """
    blind blindelings blindly klakkeloos ongezien ongecontroleerd* ongelezen ongetoetst* ongeverifieerd*
    unchecked unverified unreviewed face granted zomaar onverkort onkritisch onkritische uncritically
    unquestioningly unquestioned ongecheckt ongecheckte unvetted
    """,
)
WITHOUT = words("without", "zonder without failing fail")
CORRECT = words(
    "correct",
    """
    correct accurate true juist klopt kloppen betrouwbaar reliable waar accuracy juistheid correctness
    correctheid factual feitelijk gospel nauwkeurig nauwkeurigheid
    """,
)
INTERVENTION = words("intervention", "tussenkomst intervention oversight toezicht tussenkomen")
COPY = words(
    "copy",
    """
    kopieer* copy* copy-paste* paste* plak* knip* publiceer* publicer* gepubliceerd publish* doorsturen
    doorstuur* forward*
    """,
)
TRUST = words(
    "trust",
    """
    vertrouw* rely relies relying relied trust trusted trusting accept accepts accepted accepting overnem*
    overgenomen varen vaart leunen leun
    believ* geloof gelooft geloven
    """,
)
ASSUME = words(
    "assume",
    """
    assume* uitgaan vanuit ervanuit treat treated treats beschouw* behandel* take zie see regard* consider*
    presume* neem aannemen
    """,
)
FINAL_VERSION = words(  # under a negation, what AI made is not the end product: a draft
    "final-version", "eindversie eindproduct eindtekst einddocument eindresultaat end-product",
)
LEADING = words(
    "leading",
    """
    leidend leidende bepalend bepalende doorslaggevend doorslaggevende decisive determining prevail prevails
    precedence override overrides overrule overrules voorrang
    """,
)
DRAFT = words(
    "draft",
    """
    draft drafts concept conceptversie versie version startpunt beginpunt suggestion suggestie voorzet aanzet
    voorstel proposal
    """,
)
OUTPUT = words(
    "output",
    """
    antwoord* output* uitkomst* resultat* resultaat result* response* tekst* text* inhoud content gegenereerd*
    generated ai-generated feiten facts factual bronnen bron sources bronvermelding references citations code
    vertaling* samenvatting* accuracy accurate juistheid juist correct* nauwkeurig* fouten errors inaccura*
    onjuist* hallucina* produces produceert maakt schrijft writes suggestie* suggestions  findings
    bevindingen insights recommendations aanbeveling* outputs uitvoer ai-assisted ai-content produced produce
    generates genereert creates created oplevert levert voorstelt zegt says tells vertelt geeft gives suggests
    adviezen advies advice answers analyses analysis conclusies conclusions summaries translations drafts
    teksten beelden images afbeeldingen claims statements citaten quotes referenties cijfers figures
    calculations berekeningen
    """,
)
SYSTEM = words(  # a system as the object of a check (its functioning), not its output
    "system",
    """
    werking functioning performance prestaties algoritme* algorithm* model modellen models systeem systemen
    configuration configuratie* setup
    system systems werkwijze tool tools software settings instellingen applicatie* toepassing*
    """,
)
CHECKED_OTHER = words(  # what staff also check that AI did not make: identities, credentials, admin
    "checked-other",
    """
    identity identities identiteit* id credentials legitimatie* identiteitsbewijs* paspoort* passport*
    wachtwoord* password* timesheet* urenregistratie* declaratie* expenses invoice* factuur facturen
    bankrekening* account accounts toegangsrechten permissions rechten mailbox e-mail email inbox calendar agenda
    sender afzender afzenders senders toetsen tentamens examens exams homework huiswerk prompt prompts input invoer
    guideline* guidance policy policies bulletin* richtlijn* beleid* handbook* handboek* handleiding* protocol*
    gedragscode* reglement* newsletter* nieuwsbrief* manual*
    """,
)
BODY = words(  # an organisational body: its review is a procedure ("reviewed by the ethics committee")
    "body", "committee commissie board bestuur raad council department afdeling auditor* panel directie team teams",
)
NOT_OUTPUT = words(  # checking these is about tools, not about what AI produces
    "tool-governance",
    """
    voorwaarden terms instellingen settings leverancier* vendor* privacyverklaring* licentie* license* licence*
    policies beleid contract approved goedgekeurd* versions versie* data gegevens software tool tools apps
    applicatie* toepassing* systems systemen leveranciers processen processes
    """,
)
# fmt: on
