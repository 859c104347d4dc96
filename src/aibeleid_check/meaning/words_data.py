"""Word tables for the two data rules: personal data, business secrets, what is done with them, public data."""

from __future__ import annotations

from aibeleid_check.meaning.concept import words, words_raw

# fmt: off
# --- personal data ---------------------------------------------------------------------------------
PEOPLE = words(
    "people",
    """
    carer carers caregiver caregivers mantelzorger mantelzorgers
    klant klanten client clienten patient patienten persoon personen personeel medewerker medewerkers werknemer
    werknemers leerling leerlingen student studenten burger burgers inwoner inwoners cursist bewoner sollicitant
    sollicitanten sollicitatie kandidaat kandidaten relatie relaties lid leden donateur deelnemer collega
    collega's huurder gast ouder ouders kind kinderen mens mensen contact naw zorg gezondheid medisch medische
    prive privacy pati cli customer customers employee employees staff user users member members applicant
    applicants candidate candidates tenant guest personnel resident residents citizen citizens people person
    individual individuals pupil parent health medical care hr colleague colleagues dossier jongere jongeren
    minderjarig* volwassene* oudere ouderen zorgvrager* verzekerde* bezoeker* aanvrager* werkzoekende*
    statushouder* asielzoeker* vluchteling* gedetineerde* verdachte* slachtoffer* getuige* betrokkene*
    nabestaande* abonnee* passagier* reiziger* debiteur* familie* gezin* vrijwilliger* mantelzorger* stagiair*
    cursisten deelnemers bewoners huurders gasten donateurs zorgverlener* hulpvrager* minor minors youth adult
    adults child children juvenile* victim* suspect* witness* visitor* claimant* beneficiar* policyholder*
    borrower* debtor* subscriber* passenger* learner* alumni donor* volunteer* trainee* family families clients
    pupils parents guests tenants patients students workforce people's individual's constituent* patron*
    achterban case casus participant participants respondent* proefperso* interviewee*
    """,
)
DATA = words(
    "data",
    """
    gegevens data informatie info dossier dossiers bestand bestanden lijst lijsten list lists exports details
    information records record threads chats spreadsheet* excel* sheets database* databases
    files file detail identifiers brief brieven namen mail mails nummer nummers adres adressen materiaal
    material materials content documents document documenten foto fotos photo* video* opname* recording*
    beeldmateriaal afbeelding* images audio geluidsopname* screenshot* scan scans kopie kopieen transcript*
    gesprekken conversations berichten messages verhalen stories casus casussen cases work assignments
    submissions essays papers werkstukken opdrachten scripties toetsresultaten verslag verslagen rapport
    rapporten notities aantekeningen notes reports report
    mailbox* inbox* agenda* calendar* contactpersonen contacts meeting meetings gesprek vergadering* email emails
    e-mail e-mails correspondentie correspondence e-mailwisseling* mailwisseling* complaint complaints klacht
    klachten
    confidences administratie administraties picture pictures letter letters uitslag uitslagen bankafschrift*
    """,
)
PERSONAL_ADJ = words(
    "personal",
    """
    personal persoonlijk persoonlijke private prive privegegevens identifiable identifying identificerend*
    identificeerba* herleidba* traceable privacygevoelig* persoonsgebonden identificeren identificeer herleiden
    herkenbaar herkenbare
    """,
)
PERSONAL_WORDS = words(
    "personal-data",
    """
    persoonsgegevens pii phi bsn burgerservicenummer* sofinummer personally identificeerba* herleidba*
    privacygevoelig* privegegevens klantgegevens identifiers identifier ferpa* hipaa* gdpr-protected payroll*
    salarisadministratie loonadministratie crm mailbox mailboxen mailboxes inbox inboxes
    """,
)
IDENTIFIERS = words(
    "identifiers",
    """
    naam namen name names adres adressen address addresses e-mailadres e-mailadressen emailadres telefoonnummer
    telefoonnummers geboortedatum geboortedata bsn iban cv cv's cvs resume resumes paspoort paspoorten passport
    passports identiteitsbewijs identiteitsbewijzen id-bewijs rijbewijs dossiers biometrics biometrische
    salaris* salary salaries loonstrook* loonstroken payslip* testament* gezichten kenteken*
    ziekmelding* ziekteverzuim* verzuimgegeven* verzuimregistratie* verzuimdossier* beoordelingsgesprek*
    functioneringsgesprek* beoordelingsverslag* functioneringsverslag* exitgesprek*
    groeidocument*
    rapportcijfer* cijferlijst* toetscijfer* leerlingrapport* ehcp* iep ieps sick-note*
    """,
)
NARROW_IDENTIFIERS = words(  # one code or contact detail of a person: forbidding it alone leaves the rest allowed
    "narrow-identifier",
    """
    bsn* burgerservicenummer* sofinummer* ssn ssns iban iban's ibans geboortedatum geboortedata telefoonnummer*
    mobiele-nummer* e-mailadres* emailadres* kenteken* paspoortnummer* rekeningnummer* klantnummer* studentnummer*
    leerlingnummer* personeelsnummer* polisnummer* dossiernummer* patientnummer*
    """,
)
IDENTIFY = words(  # a verb that makes data personal: "gegevens waarmee een leerling te identificeren is"
    "identify",
    """
    identifies identified identificeren identificeert herleiden herleid herkennen traceren trace single terug
    herkenbaar herkenbare herkend geidentificeerd traced traceable
    """,
)
SPECIAL = words(  # special categories of personal data (art. 9 AVG) and other clearly personal topics
    "special",
    """
    gezondheid religie geloof levensovertuiging etniciteit afkomst ras seksuele geaardheid politieke vakbond*
    strafrecht* biometrisch* genetisch* health religion religious ethnicity ethnic race sexual orientation
    political union criminal biometric genetic medisch medische medical diagnose* diagnos*
    """,
)
PHONE = words("phone", "phone telephone birth security account card")
NOT_PERSONAL = words(  # data heads whose modifier says they are not about people
    "not-personal",
    """
    login* inlog* wachtwoord* password* account* gebruikers*
    """,
)
ANONYMISE = words(
    "anonymise",
    """
    anonimiseer* anonimiser* geanonimiseerd* anonimisering anonymi* anoniem anonieme anonymous pseudonimiseer*
    pseudonimiser* gepseudonimiseerd* pseudonymi* de-identif* deidentif* placeholder* fictie* fictitious
    fictional dummy synthetic synthetische onherkenbaar onherkenbare redact redacted redaction verzonn* fictief
    fake made-up invented pseudoniem* schuilna* codena* nepnam* geanonimiseerd anonimisatie ontdaan onherleidba*
    pseudonym* mask* masker* afgeschermd* afscherm* zwartgelakt zwartlak* weggelakt initialen* initials*
    """,
)
REMOVE = words(
    "remove",
    """
    verwijder* weglaten weg haal* remove* strip* swap* vervang* replace* delete* exclude* excluding omit*
    blur* vervaag* pixel* eruit
    uitsluit* weglat* schrap* wis wissen onkenbaar*
    scrub* sanitis* sanitiz* opschonen schoon
    """,
)

PREVENT = words_raw("prevent", "voorkom voorkomt prevent prevents preventing")  # "voorkomen" is also "to occur"
SOMEONE = words_raw("someone", "iemand someone somebody anybody anyone")  # a person not named by kind

# --- business secrets ------------------------------------------------------------------------------
SECRET_WORDS = words(
    "secret",
    """
    bedrijfsgeheim* geheim geheime geheimen secret secrets geheimhouding* vertrouwelijk* bedrijfsvertrouwelijk*
    confidential* confidentiality classified gerubriceerd* staatsgeheim* proprietary gevoelig gevoelige
    bedrijfsgevoelig* concurrentiegevoelig* organisatiegevoelig* sensitive restricted geclassificeerd*
    niet-openba* nietopenba* non-public nonpublic confidenti* geheimhoud* vertrouwelijkheid embargo* unreleased
    unpublished ongepubliceerd* niet-gepubliceerd* commercially privileged beroepsgeheim* export-controlled cui
    itar controlled
    concurrentiepositie* competitive bedrijfsbelang* privilege
    """,
)
SECRET_HEADS = words("secret-head", "geheim geheimen gevoelig gevoelige vertrouwelijk vertrouwelijke")
SENSITIVE = words("sensitive", "gevoelig gevoelige sensitive")
STRONG_OUTPUT = words(
    "strong-output",
    """
    antwoord* output* uitkomst* resultat* resultaat result* response* gegenereerd* generated ai-generated
    ai-assisted uitvoer content feiten facts accuracy juistheid suggestions suggesties adviezen answers
    antwoorden
    """,
)
PARTS_NOT_PERSONAL = words("not-personal-part", "bedrijf bedrijfs concurrentie organisatie markt")
AUDIT = words(
    "audit",
    """
    audit* monitor* inspectie compliance naleving naleven naleeft comply complies voldoen voldoet rechtmatig*
    plagiaat plagiarism fraude fraud
    """,
)
APPROVAL = words("approval", "approv* goedkeur* goedgekeurd* toestemming permission authoris* authoriz*")
GATE = words(  # an approval that lets the data in: "requires prior approval", "pas na akkoord van de FG"
    "gate",
    "approv* goedkeur* goedgekeurd* toestemming permission authoris* authoriz* akkoord consent sign-off fiat "
    "instemming clearance",
)
BUSINESS_OBJECTS = words(
    "business-object",
    """
    contract contracten contracts overeenkomst overeenkomsten agreement agreements offerte offertes quote quotes
    prijsafspraak prijsafspraken pricing prijzen prices tarieven inkoopprijzen kostprijs* marge marges margin margins
    leveringsvoorwaarden inkoopvoorwaarden omzet* turnover revenue jaarrekening* jaarcijfers balans begroting* budget budgets salaris* salary salaries
    loonstrook* facturen factuur invoice* bankafschrift* broncode nda nda's ndas bedrijfsplan* businessplan*
    notulen recepturen receptuur aanbesteding* tender* bids bid onderhandeling* negotiation* fusie* overname*
    merger* acquisition* reorganisatie* strategie* strategy strategies roadmap* productplan* ontwerpen designs
    patent* octrooi* prototype* beleidsnotitie* conceptbeleid klantenlijst* pitch* beurskoers*
    rechtszaak* rechtszaken procesdossier* litigation lawsuit* lawsuits forecast* prognose* meeting-minutes
    prijslijst* tarieflijst* tariefkaart* honorariumtabel* pricelist* licentiedocument*
    honorariumafspra* tariefafspra* prijsafspra* provisieafspra* opdrachtbevestiging* opdrachtbrie* offerteaanvra*
    """,
)
FINANCIAL = words("financial", "financieel financiele financial bank credit financien")
COMPANY = words(
    "company",
    """
    bedrijf bedrijfs company business trade institutional organisatie corporate intern interne internal
    strategisch strategische strategic process operational configuration architectural government overheid
    agency commercial commercially commercieel commerciele zakelijk zakelijke bedrijfsmatig* concurrentie*
    security beveiliging* politiek politieke political market markt organisation organization organisational
    organizational firm firm's company's shop's store's employer werkgever gemeente gemeentelijke university universiteit
    school council departement* ministerie* afdeling* board bestuur directie management executive
    """,
)
ORGANISATION = words(  # the owner of a business secret
    "organisation",
    """
    bedrijf organisatie onderneming werkgever gemeente instelling kantoor praktijk firma company organisation
    organization business employer firm institution council agency department afdeling ministerie school
    universiteit university hogeschool ziekenhuis hospital vereniging club stichting foundation association
    charity zaak winkel shop store webshop
    """,
)
IP = words("intellectual-property", "intellectueel intellectuele intellectual")
NOT_SECRET_CONTRACT = words(  # verwerkersovereenkomst is a data processing agreement, not a business secret
    "not-secret",
    """
    verwerker* verwerking* gebruiker* licentie* processing data
    """,
)

# --- what is done with it --------------------------------------------------------------------------
INPUT = words(
    "input",
    """
    invoer* ingevoerd* ingev* ingeef* intyp* ingetypt inplak* plak* geplakt kopieer* kopier* gekopieerd upload*
    geupload* deel deelt delen gedeeld verstrek* doorgev* doorgeef* zet zetten stop stoppen gebruik gebruikt
    gebruiken verwerk* voed* invul* ingevuld laden inladen toevoeg* voorleg* enter entered entering input*
    paste* pasting copy copied copying share shared sharing disclos* submit* provide provides provided providing
    feed* fed gevoed put putting type typing include included including use used using utili* process*
    place placed handl* summari* samenvat* analy* insert* leak* omgaan omgaat omgang hoort horen
    belong* upload invoegen expose* send sent invoeren inzetten gezet contain contains containing bevat bevatten
    bevattende opneem* opnem* opgenomen meegeven meegeef* meestur* doorsturen doorstuur* mail* e-mail*
    toevertrouw* prijsgeven prijsgeeft openbaren lekken ingeven ingegeven uploaden entrust* reveal* divulg*
    release transfer* forward* load supply supplied supplying give giving expos* submitted verstuur* verzend* verzond*
    stuur sturen gestuurd
    ingaan ingaat toegang access receive receives received ontvangen ontvangt ingest*
    transcribe transcribes transcribing transcriberen transcribeer getranscribeerd
    """,
)
USE = words_raw("use", "gebruik gebruikt gebruiken use used using inzetten")
THIRD_PARTY = words(  # parties that are not AI: sharing with them is another topic
    "third-party",
    """
    derden derde third partijen parties leveranciers vendors partners externen buitenstaanders outsiders eu
    ander anderen others e-mail email media sociale social pers press mail whatsapp telefoon phone internet
    """,
)
ENTER = words(  # putting something into a tool (not processing, using or sharing in general)
    "enter",
    """
    invoer* ingevoerd* ingev* intyp* ingetypt inplak* plak* geplakt upload* geupload* enter entered entering
    input* paste* pasting type typing insert* prompt* feed* fed invul* ingevuld submit* ingest*
    """,
)
NEUTRAL_ACT = words_raw(
    "neutral-act",
    """
    use using used gebruik gebruiken verwerken verwerking process processing handling omgaan working werken
    analysing analyzing analyseren
    """,
)
KEEP_VERB = words_raw(
    "keep",
    """
    keep keeps houd hou houden blijft blijven blijf stay stays remain remains kept gehouden houdt bleef bleven
    remained staying leave leaves
    """,
)
KEEP_PLACE = words_raw(
    "kept-place",
    """
    buiten erbuiten binnen out internal intern within inside geheim secret uit weg away outside
    """,
)
QUERY = words("query", "search* zoek* opzoek* find lookup research advice advies")
AI = words(
    "ai",
    """
    ai ki genai gen-ai generatieve generative kunstmatige artificial tool tools chatbot* chatgpt* copilot*
    gemini bard claude perplexity mistral llama deepl gpt* openai llm llms taalmodel* model models modellen
    algoritm* algorithm* systeem systemen system systems app apps applicatie* toepassing* platform* dienst
    diensten service services bot bots prompt* safegpt automated automatic* automatisch* geautomatiseerd*
    autonomous autonome machine software assistent assistant database* cloud internet
    ai-program* genai-program*
    """,
)

# --- safe data, for limits -------------------------------------------------------------------------
PUBLIC = words(
    "public",
    """
    openbaar openbare publiek publieke publiekelijk public publicly internet linkedin krant website straat gepubliceerd
    published wereld world iedereen everyone anyone voorpagina front newspaper kranten billboard
    leaked gelekt uitlekt uitlekken postcard postcards ansichtkaart ansichtkaarten briefkaart noticeboard prikbord
    """,
)
TOOLISH = words(
    "toolish",
    """
    ai tool tools platform platforms models chatbot chatbots generative generatieve version versie services
    service system systems toepassing toepassingen apps app program programs programme programmes programma
    programma's software
    """,
)
# fmt: on
