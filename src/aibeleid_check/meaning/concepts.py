"""The concepts the four prohibitions are made of, in Dutch and English.

A concept is a set of words (each stands for all its forms, see :mod:`morph`) and word beginnings
(``"control*"``: controleer, controleren, controle, gecontroleerd). Concepts are small on purpose: a
prohibition is a combination of them (what is protected, what is done with it, who decides about what,
checking), never a list of whole sentences.
"""

from __future__ import annotations

from collections.abc import Iterable

from aibeleid_check.meaning.morph import Word, forms_of

# fmt: off
# (word tables: several entries a line)


class Concept:
    __slots__ = ("name", "_exact", "_prefixes", "_raw")

    def __init__(self, name: str, *entries: str, raw: bool = False) -> None:
        """``raw``: match the word as written only, not its base forms (for function words: "alle" is a
        base form of "alleen", but not the same word)."""
        self.name = name
        self._raw = raw
        exact: set[str] = set()
        prefixes: list[str] = []
        for entry in entries:
            if entry.endswith("*"):
                prefixes.append(entry[:-1])
            else:
                exact |= {entry} if raw else forms_of(entry)
        self._exact = frozenset(exact)
        self._prefixes = tuple(prefixes)

    def matches(self, word: Word) -> bool:
        return self.matches_forms((word.text,) if self._raw else word.forms)

    def matches_forms(self, forms: Iterable[str]) -> bool:
        for form in forms:
            if form in self._exact or (self._prefixes and form.startswith(self._prefixes)):
                return True
        return False

    def matches_part(self, word: Word) -> bool:
        """A modifier of the compound is this concept (klant in klantgegevens)."""
        return bool(word.parts) and self.matches_forms(word.parts)

    def __repr__(self) -> str:
        return f"Concept({self.name})"


# --- personal data ---------------------------------------------------------------------------------
PEOPLE = Concept(
    "people",
    "klant", "klanten", "client", "clienten", "patient", "patienten", "persoon", "personen", "personeel",
    "medewerker", "medewerkers", "werknemer", "werknemers", "leerling", "leerlingen", "student", "studenten",
    "burger", "burgers", "inwoner", "inwoners", "cursist", "bewoner", "sollicitant", "sollicitanten",
    "sollicitatie", "kandidaat", "kandidaten", "relatie", "relaties", "lid", "leden", "donateur", "deelnemer",
    "collega", "collega's", "huurder", "gast", "ouder", "ouders", "kind", "kinderen", "mens", "mensen",
    "contact", "naw", "zorg", "gezondheid", "medisch", "medische", "prive", "privacy", "pati", "cli",
    "customer", "customers", "employee", "employees", "staff", "user", "users", "member", "members",
    "applicant", "applicants", "candidate", "candidates", "tenant", "guest", "personnel", "resident",
    "residents", "citizen", "citizens", "people", "person", "individual", "individuals", "pupil", "parent",
    "health", "medical", "care", "hr", "contact", "colleague", "colleagues",
    "dossier", "jongere", "jongeren", "minderjarig*", "volwassene*", "oudere", "ouderen", "zorgvrager*", "verzekerde*", "bezoeker*", "aanvrager*", "werkzoekende*", "statushouder*", "asielzoeker*", "vluchteling*", "gedetineerde*", "verdachte*", "slachtoffer*", "getuige*", "betrokkene*", "nabestaande*", "abonnee*", "passagier*", "reiziger*", "debiteur*", "familie*", "gezin*", "vrijwilliger*", "mantelzorger*", "stagiair*", "cursisten", "deelnemers", "bewoners", "huurders", "gasten", "donateurs", "zorgverlener*", "hulpvrager*", "minor", "minors", "youth", "adult", "adults", "child", "children", "juvenile*", "victim*", "suspect*", "witness*", "visitor*", "claimant*", "beneficiar*", "policyholder*", "borrower*", "debtor*", "subscriber*", "passenger*", "learner*", "alumni", "donor*", "volunteer*", "trainee*", "family", "families", "client", "clients", "pupils", "parents", "guests", "tenants", "patient", "patients", "student", "students", "employee", "workforce", "people's", "individual's", "personnel"
)
DATA = Concept(
    "data",
    "gegevens", "data", "informatie", "info", "dossier", "dossiers", "bestand", "bestanden", "lijst",
    "details", "information", "records", "record", "files", "file", "details", "detail", "identifiers",
    "brief", "brieven", "namen", "mail", "mails", "nummer", "nummers", "adres", "adressen", "materiaal",
    "material", "materials", "content", "documents", "document", "documenten", "foto", "fotos", "photo*",
    "video*", "opname*", "recording*", "beeldmateriaal", "afbeelding*", "images", "audio", "geluidsopname*",
    "screenshot*", "scan", "scans", "kopie", "kopieen", "transcript*", "gesprekken", "conversations", "berichten",
    "messages", "verhalen", "stories", "casus", "casussen", "cases",
)
PERSONAL_ADJ = Concept(
    "personal",
    "personal", "persoonlijk", "persoonlijke", "private", "prive", "privegegevens", "identifiable",
    "identifying", "identificerend*", "identificeerba*", "herleidba*", "traceable", "privacygevoelig*",
    "persoonsgebonden",
    "identificeren", "identificeer", "herleiden", "herkenbaar", "herkenbare"
)
PERSONAL_WORDS = Concept(
    "personal-data",
    "persoonsgegevens", "pii", "phi", "bsn", "burgerservicenummer*", "sofinummer", "personally",
    "identificeerba*", "herleidba*", "privacygevoelig*", "privegegevens", "klantgegevens",
    "identifiers", "identifier",
)
IDENTIFIERS = Concept(
    "identifiers",
    "naam", "namen", "name", "names", "adres", "adressen", "address", "addresses", "e-mailadres",
    "e-mailadressen", "emailadres", "telefoonnummer", "telefoonnummers", "geboortedatum", "geboortedata",
    "bsn", "iban", "cv", "cv's", "cvs", "resume", "resumes", "paspoort", "paspoorten", "passport",
    "passports", "identiteitsbewijs", "identiteitsbewijzen", "id-bewijs", "rijbewijs", "dossiers",
    "e-mails", "biometrics", "biometrische", "salaris*", "salary", "salaries", "loonstrook*", "payslip*",
)
IDENTIFY = Concept(  # a verb that makes data personal: "gegevens waarmee een leerling te identificeren is"
    "identify", "identifies", "identified", "identificeren", "identificeert", "herleiden", "herleid", "herkennen",
    "traceren", "trace", "single", "terug",
)
SPECIAL = Concept(  # special categories of personal data (art. 9 AVG) and other clearly personal topics
    "special", "gezondheid", "religie", "geloof", "levensovertuiging", "etniciteit", "afkomst", "ras",
    "seksuele", "geaardheid", "politieke", "vakbond*", "strafrecht*", "biometrisch*", "genetisch*",
    "health", "religion", "religious", "ethnicity", "ethnic", "race", "sexual", "orientation", "political",
    "union", "criminal", "biometric", "genetic", "medisch", "medische", "medical", "diagnose*", "diagnos*",
)
PHONE = Concept("phone", "phone", "telephone", "birth", "security", "account", "card")
NOT_PERSONAL = Concept(  # data heads whose modifier says they are not about people
    "not-personal", "login*", "inlog*", "wachtwoord*", "password*", "account*", "gebruikers*",
)
ANONYMISE = Concept(
    "anonymise",
    "anonimiseer*", "anonimiser*", "geanonimiseerd*", "anonimisering", "anonymi*", "anoniem", "anonieme",
    "anonymous", "pseudonimiseer*", "pseudonimiser*", "gepseudonimiseerd*", "pseudonymi*", "de-identif*",
    "deidentif*", "placeholder*", "fictie*", "fictitious", "fictional", "dummy", "synthetic", "synthetische",
    "onherkenbaar", "onherkenbare", "redact", "redacted", "redaction",
    "verzonn*", "fictief", "fake", "made-up", "invented", "pseudoniem*", "schuilna*", "codena*", "nepnam*", "geanonimiseerd", "anonimisatie", "ontdaan", "onherleidba*", "pseudonym*", "mask*", "masker*", "afgeschermd*", "afscherm*", "zwartgelakt", "zwartlak*", "weggelakt"
)
REMOVE = Concept(
    "remove",
    "verwijder*", "weglaten", "weg", "haal*", "remove*", "strip*", "swap*", "vervang*", "replace*", "delete*",
    "exclude*", "excluding", "omit*", "uitsluit*", "weglat*", "schrap*", "wis", "wissen", "onkenbaar*",
)

# --- business secrets ------------------------------------------------------------------------------
SECRET_WORDS = Concept(
    "secret",
    "bedrijfsgeheim*", "geheim", "geheime", "geheimen", "secret", "secrets", "geheimhouding*", "vertrouwelijk*",
    "bedrijfsvertrouwelijk*", "confidential*", "confidentiality", "classified", "gerubriceerd*",
    "staatsgeheim*", "proprietary", "gevoelig", "gevoelige", "bedrijfsgevoelig*", "concurrentiegevoelig*",
    "organisatiegevoelig*", "sensitive", "restricted", "geclassificeerd*", "niet-openbaar*", "non-public",
    "nonpublic",
    "confidenti*", "geheimhoud*", "vertrouwelijkheid", "embargo*", "unreleased", "unpublished", "ongepubliceerd*", "niet-gepubliceerd*", "commercially", "privileged", "beroepsgeheim*"
)
SECRET_HEADS = Concept("secret-head", "geheim", "geheimen", "gevoelig", "gevoelige", "vertrouwelijk", "vertrouwelijke")
SENSITIVE = Concept("sensitive", "gevoelig", "gevoelige", "sensitive")
STRONG_OUTPUT = Concept(
    "strong-output",
    "antwoord*", "output*", "uitkomst*", "resultat*", "resultaat", "result*", "response*", "gegenereerd*",
    "generated", "ai-generated", "ai-assisted", "uitvoer", "content", "feiten", "facts", "accuracy", "juistheid",
    "suggestions", "suggesties", "adviezen", "answers", "antwoorden"
)
PARTS_NOT_PERSONAL = Concept("not-personal-part", "bedrijf", "bedrijfs", "concurrentie", "organisatie", "markt")
AUDIT = Concept(
    "audit", "audit*", "monitor*", "inspectie", "compliance", "naleving", "naleven", "naleeft", "comply", "complies",
    "voldoen", "voldoet", "rechtmatig*", "plagiaat", "plagiarism", "fraude", "fraud",
)
APPROVAL = Concept(
    "approval", "approv*", "goedkeur*", "goedgekeurd*", "toestemming", "permission", "authoris*", "authoriz*",
)
BUSINESS_OBJECTS = Concept(
    "business-object",
    "contract", "contracten", "contracts", "overeenkomst", "overeenkomsten", "agreement", "agreements",
    "offerte", "offertes", "quote", "quotes", "prijsafspraak", "prijsafspraken", "pricing", "prijzen",
    "tarieven", "inkoopprijzen", "kostprijs*", "marge", "marges", "margin", "margins", "omzet*", "revenue",
    "jaarrekening*", "jaarcijfers", "balans", "begroting*",
    "budget", "budgets", "salaris*", "salary", "salaries", "loonstrook*", "facturen", "factuur", "invoice*", "bankafschrift*", "broncode", "nda",
    "nda's", "ndas", "bedrijfsplan*", "businessplan*", "notulen",
    "recepturen", "receptuur", "aanbesteding*", "tender*", "bids", "bid", "onderhandeling*", "negotiation*",
    "fusie*", "overname*", "merger*", "acquisition*", "reorganisatie*", "strategie*", "strategy", "strategies",
    "roadmap*", "productplan*", "ontwerpen", "designs", "patent*", "octrooi*", "prototype*", "beleidsnotitie*",
    "conceptbeleid", "klantenlijst*", "pitch*", "beurskoers*",
)
FINANCIAL = Concept("financial", "financieel", "financiele", "financial", "bank", "credit", "financien")
COMPANY = Concept(
    "company", "bedrijf", "bedrijfs", "company", "business", "trade", "institutional", "organisatie",
    "corporate", "intern", "interne", "internal", "strategisch", "strategische", "strategic", "process",
    "operational", "configuration", "architectural", "government", "overheid", "agency",
    "commercial", "commercially", "commercieel", "commerciele", "zakelijk", "zakelijke", "bedrijfsmatig*", "concurrentie*", "security", "beveiliging*", "politiek", "politieke", "political", "market", "markt", "organisation", "organization", "organisational", "organizational", "firm", "firm's", "company's", "ons", "onze", "our", "eigen", "employer", "werkgever", "gemeente", "gemeentelijke", "university", "universiteit", "school", "council", "departement*", "ministerie*", "afdeling*"
)
ORGANISATION = Concept(  # the owner of a business secret
    "organisation", "bedrijf", "organisatie", "onderneming", "werkgever", "gemeente", "instelling", "kantoor",
    "praktijk", "firma", "company", "organisation", "organization", "business", "employer", "firm",
    "institution", "council", "agency", "department", "afdeling", "ministerie", "school", "universiteit",
    "university", "hogeschool", "ziekenhuis", "hospital",
)
IP = Concept("intellectual-property", "intellectueel", "intellectuele", "intellectual")
NOT_SECRET_CONTRACT = Concept(  # verwerkersovereenkomst is a data processing agreement, not a business secret
    "not-secret", "verwerker*", "verwerking*", "gebruiker*", "licentie*", "processing", "data",
)

# --- what is done with it --------------------------------------------------------------------------
INPUT = Concept(
    "input",
    "invoer*", "ingevoerd*", "ingev*", "ingeef*", "intyp*", "ingetypt", "inplak*", "plak*", "geplakt",
    "kopieer*", "kopier*", "gekopieerd", "upload*", "geupload*", "deel", "deelt", "delen", "gedeeld",
    "verstrek*", "doorgev*", "doorgeef*", "zet", "zetten", "stop", "stoppen", "gebruik", "gebruikt",
    "gebruiken", "verwerk*", "voed*", "invul*", "ingevuld", "laden", "inladen", "toevoeg*", "voorleg*",
    "enter", "entered", "entering", "input*", "paste*", "pasting", "copy", "copied", "copying", "share",
    "shared", "sharing", "disclos*", "submit*", "provide", "provides", "provided", "providing", "feed*", "fed",
    "put", "putting", "type", "typing",
    "include", "included", "including", "use", "used", "using", "utili*", "process", "processed",
    "processing", "place", "placed", "handl*", "summari*", "samenvat*", "analy*", "insert*", "leak*",
    "omgaan", "omgaat", "omgang", "hoort", "horen", "belong*", "upload", "invoegen",
    "expose*", "send", "sent", "invoeren", "inzetten", "gezet",
    "contain", "contains", "containing", "bevat", "bevatten", "bevattende", "opneem*", "opnem*", "opgenomen", "meegeven", "meegeef*", "meestur*", "doorsturen", "doorstuur*", "mail*", "e-mail*", "toevertrouw*", "prijsgeven", "prijsgeeft", "openbaren", "lekken", "ingeven", "ingegeven", "uploaden", "entrust*", "reveal*", "divulg*", "release", "transfer*", "forward*", "load", "supply", "supplied", "give", "giving", "expos*", "submitted"
)
USE = Concept("use", "gebruik", "gebruikt", "gebruiken", "use", "used", "using", "inzetten", raw=True)
THIRD_PARTY = Concept(  # parties that are not AI: sharing with them is another topic
    "third-party", "derden", "derde", "third", "partijen", "parties", "leveranciers", "vendors", "partners",
    "externen", "buitenstaanders", "outsiders", "eu", "ander", "anderen", "others", "e-mail", "email",
)
KEEP_VERB = Concept(
    "keep", "keep", "keeps", "houd", "hou", "houden", "blijft", "blijven", "blijf", "stay", "stays", "remain",
    "remains", "kept", "gehouden", "gaat", "gaan", "goes", "go", "houdt", "bleef", "bleven", "remained", "staying", raw=True,
)
KEEP_PLACE = Concept(
    "kept-place", "buiten", "binnen", "out", "internal", "intern", "within", "inside", "geheim", "secret", "uit",
    "weg", "away", "outside", raw=True,
)
QUERY = Concept("query", "search*", "zoek*", "opzoek*", "find", "lookup", "research", "advice", "advies")
AI = Concept(
    "ai",
    "ai", "ki", "genai", "gen-ai", "generatieve", "generative", "kunstmatige", "artificial", "tool", "tools",
    "chatbot*", "chatgpt*", "copilot*", "gemini", "bard", "claude", "perplexity", "mistral", "llama",
    "deepl", "gpt*", "openai", "llm", "llms", "taalmodel*", "model", "models", "modellen", "algoritm*",
    "algorithm*", "systeem", "systemen", "system", "systems", "app", "apps", "applicatie*", "toepassing*",
    "platform*", "dienst", "diensten", "service", "services", "bot", "bots", "prompt*", "safegpt",
    "automated", "automatic*", "automatisch*", "geautomatiseerd*", "autonomous", "autonome", "machine",
    "software", "assistent", "assistant", "database*", "cloud", "internet",
)

# --- decisions -------------------------------------------------------------------------------------
DECIDE = Concept(
    "decide",
    "beslis*", "besluit*", "besloten", "eindbesluit*", "eindbeslissing*",
    "eindoordeel", "decide", "decides", "decided", "deciding", "decision*", "beslissingsbevoegd*",
    "doorslaggevend*", "zeggenschap", "doorhak*", "knoop", "keuze*", "choice*", "delegat*", "overlat*",
    "beslissend*", "beslisbevoeg*", "eindverantwoordelijkheid", "determinations", "verdict*"
)
DECIDE_WEAK = Concept(
    "decide-weak",
    "bepal*", "bepaalt", "kies", "kiest", "kiezen", "selecteer*", "selecter*", "beoordeel*", "beoordel*",
    "afwijz*", "goedkeur*", "rangschik*", "screen*", "determin*", "choose", "chooses",
    "judge*", "rank*", "select*", "reject*", "approv*", "toewijz*", "toeken*", "assess*", "evaluat*",
    "oordeel", "oordelen", "oordeelt", "afgewezen", "profil*",
    "vaststel*", "vastgesteld", "toewijs*", "weiger*", "geweigerd", "toegekend", "afwijs*", "goedgekeurd", "deny", "denies", "denied", "award*", "allocat*", "prioriti*", "prioriteer*", "classificeer*", "classify", "categori*", "indeel*", "indel*", "diagnos*", "sentence", "veroordeel*", "beoordeling*", "assessment*", "evaluation*", "selectie*", "selection*", "screening*", "triage*", "inschaling", "toekenning*", "afwijzing*", "approval*", "rejection*"
)
DOMAIN = Concept(
    "decided-about",
    "vergunning*", "ontslag*", "ontsla*", "aanname*", "aannemen", "werving*", "sollicit*", "kandida*",
    "krediet*", "lening*", "uitkering*", "subsidie*", "toeslag*", "boete*", "sanctie*", "diagnos*", "klinisch*",
    "behandeling*", "toelating*", "promotie*", "beoordelingsgesprek*", "cijfer", "cijfers", "aansprakelijk*",
    "schuld", "korting", "betaling*", "hiring", "hire", "firing", "fire", "dismiss*", "recruit*", "promotion*",
    "permit*", "licence*", "license*", "loan*", "credit*", "benefit*", "grant*", "fine", "fines", "grade*",
    "grading", "admission*", "eligib*", "disciplin*", "treatment*", "clinical", "mensen", "personen",
    "people", "persons", "individuals", "iemand", "wie", "who", "whom", "someone", "anyone", "risico*", "risk*",
    "geld", "money", "financiele", "financial", "klanten", "customers", "employees", "medewerkers",
    "personeel", "staff", "applicants", "candidates", "students", "studenten", "leerlingen", "burgers",
    "citizens", "patienten", "patients", "summatie*", "summative", "toets", "tentamen*", "exam*",
    "aanmerking", "eligible", "sollicitant*", "werknemer*", "cliënt*", "client*", "leerling*", "pupil*", "burger*", "inwoner*", "personeel*", "tentamen*", "examen*", "exam", "exams", "toetsen", "opdracht*", "assignment*", "essay*", "scriptie*", "thesis", "cijfer*", "mark", "marks", "grades", "beurs", "beurzen", "scholarship*", "visa", "visum", "asiel*", "asylum", "verblijf*", "claim", "claims", "schade*", "verzekering*", "insurance", "polis", "premie*", "hypothe*", "mortgage*", "contract", "baan", "job", "jobs", "functie*", "aanstelling*", "benoeming*", "salaris*", "beloning*", "pay", "bonus*", "zorg", "care", "medisch*", "medical", "patient*", "patiënt*", "therapie*", "therapy", "triage", "indicatie*", "jeugdhulp", "wmo", "bijstand", "handhaving*", "enforcement", "fraude*", "fraud", "opsporing*", "investigation*", "strafrecht*", "criminal", "rechten", "rights", "welfare", "housing", "woning*", "huisvesting", "inschrijving*", "enrolment", "enrollment", "plaatsing*", "placement*", "tenancy", "appraisal*", "performance", "functionering*", "promotie*", "diagnose", "behandel*"
)
DOMAIN_STRICT = Concept(  # what a decision is about when it is about people, money, rights or risk
    "decided-about-strict",
    "vergunning*", "ontslag*", "ontsla*", "aanname*", "aannemen", "krediet*", "lening*", "uitkering*",
    "subsidie*", "toeslag*", "boete*", "sanctie*", "diagnos*", "behandeling*", "toelating*", "cijfer*",
    "hiring", "hire", "firing", "fire", "dismiss*", "promotion*", "loan*", "benefit*", "grade*", "grading",
    "admission*", "eligib*", "disciplin*", "treatment*", "iemand", "wie", "who", "whom", "someone", "anyone",
    "sollicitant*", "kandidat*", "candidate*", "applicant*", "student*", "leerling*", "client*", "patient*",
    "burger*", "inwoner*", "medewerker*", "employee*", "staff", "personeel", "people", "mensen", "personen",
)
HUMAN_CORE = Concept(  # a person as opposed to AI ("de mens beslist", "humans decide")
    "human-core", "mens", "mensen", "menselijk*", "human*", "person", "persoon", "people", "zelf", "yourself",
)
HUMAN = Concept(
    "human",
    "mens", "mensen", "menselijk*", "medewerker", "zelf", "jezelf", "human*", "person", "persoon", "people",
    "manager", "leidinggevende", "professional", "yourself", "eindverantwoordelijk*", "eigenaar",
    "decision-makers", "decision-maker", "beslisser*", "ambtenaar", "behandelaar", "arts",
    "docent", "wijzelf", "ourselves", "staff", "journalist", "redacteur", "lawyer", "advocaat", "reviewer",
)
DECIDER = Concept(  # who may take a decision: a person or a role (the checking rule uses HUMAN)
    "decider",
    "examinator*", "examencommissie", "beoordelaar*", "commissie", "docenten", "leraar", "leraren", "teacher*", "examiner*", "assessor*", "clinician*", "doctor*", "nurse*", "verpleegkundige*", "hulpverlener*", "zorgverlener*", "behandelaar*", "consulent*", "casemanager*", "recruiter*", "adviseur*", "specialist*", "expert*", "deskundige*", "medewerkers", "employee", "employees", "team", "teams", "committee*", "rechter*", "judge", "judges", "humans", "persons", "personen", "mensenwerk", "ambtenaren", "professionals", "arts", "artsen", "qualified", "instructor*", "faculty", "supervisor*", "manager*", "leidinggevenden", "hr", "caseworker*", "accountant*", "jurist*", "advocaten", "notaris*", "redactie", "editor*", "human-in-the-loop"
    "mens", "mensen", "menselijk*", "medewerker", "zelf", "jezelf", "human*", "person", "persoon", "people",
    "manager", "leidinggevende", "professional", "yourself", "eindverantwoordelijk*", "eigenaar",
    "decision-makers", "decision-maker", "beslisser*", "ambtenaar", "behandelaar", "arts", "docent",
    "wijzelf", "ourselves", "staff", "journalist", "redacteur", "lawyer", "advocaat", "reviewer",
)
EVALUATION = Concept(
    "evaluation", "evaluation*", "assessment*", "beoordeling*", "appraisal*", "grading", "beslissing*", "besluit*",
    "decision*",
)
DOCUMENT_KIND = Concept("document-kind", "concept", "raads", "college", "ontwerp", "kabinets", "draft", "bestuurs")
VERDICT = Concept(  # outcomes that are decisions when someone gives them: a diagnosis, a mark, a judgement
    "verdict", "diagnose", "diagnoses", "diagnosis", "cijfer", "cijfers", "oordeel", "grade", "grades", "mark",
    "marks", "score", "scores", "indicatie", "advies", "beschikking", "prognose",
)
LIGHT_VERB = Concept(
    "light-verb", "stel", "stelt", "stellen", "gesteld", "geef", "geeft", "geven", "gegeven", "vel", "velt",
    "vellen", "geveld", "toeken*", "give", "gives", "given", "giving", "assign*", "make", "makes", "making",
    "award*", "issue", "issues", "afgeven", "geeft", raw=True,
)
JUDGMENT = Concept("judgment", "judgment", "judgement", "oordeel", "oordeelsvorming", "beoordelingsvermogen")
FINAL = Concept(
    "final", "final", "last", "laatste", "uiteindelijke", "eind", "definitieve",
    "ultimate", "ultimately", "uiteindelijk", "finale", "definitief", "beslissende",
)
FINAL_NOUN = Concept(
    "final-noun", "word", "woord", "say", "call", "judgment", "judgement", "oordeel", "verdict",
    "beslissing", "besluit", "decision", "determination", "approval", "goedkeuring", "stem", "arbiter",
    "scheidsrechter", "authority", "responsibility", "oordeel", "beslissingsbevoegdheid", "zeggenschap", "sign-off", "signoff", "handtekening", "accountability", "verantwoordelijkheid",
)
SOLE = Concept(
    "sole", "enige", "enkel", "uitsluitend", "alleen", "sole", "solely", "only", "alone", "autonoom", "zelfstandig",
    "independently", "fully", "volledig", "automatically",
    "autonomous", "autonome", "replace", "vervang*", "substitute", "cede",
)
GOVERNANCE = Concept(  # deciding which tools may be used is tool governance, not a decision about people
    "governance",
    "tool", "tools", "app", "apps", "software", "programma*", "toepassing*", "gebruik", "gebruiken", "use",
    "using", "ai", "dienst", "diensten", "approved", "goedgekeurd", "toegestaan", "allowed", "mag", "access",
    "toegang", "licentie*", "licen*", "account*",
)
WHICH = Concept("which", "welke", "which", "whether", "of", "if", "wat", "what")

# --- checking --------------------------------------------------------------------------------------
CHECK = Concept(
    "check",
    "control*", "gecontroleerd*", "nakijk*", "nagekeken", "nalez*", "nalees*", "nagelezen", "naga*", "nalop*", "nagelopen",
    "nagegaan", "natrek*", "nagetrokken", "narek*", "nagerekend", "verifi*", "geverifieerd*", "valideer*",
    "valider*", "gevalideerd*", "validatie", "toets*", "getoetst", "check*", "gecheckt", "dubbelcheck*",
    "double-check*", "cross-check*", "crosscheck*", "verify*", "review*", "reviewed", "proofread*",
    "fact-check*", "factcheck*", "scrutin*", "vet", "vetted", "gevet", "herzie*", "herzien", "confirm*",
    "bevestig*", "cross-referenc*", "corroborat*", "natrekken",
)
CRITICAL = Concept(
    "critical", "kritisch", "kritische", "critical", "critically", "carefully", "zorgvuldig", "scepticism",
    "skepticism", "sceptical", "skeptical", "sceptisch", "argwanend", "wantrouwend",
)
READ = Concept(
    "read", "lees", "leest", "lezen", "read", "bekijk*", "beoordeel*", "beoordel*", "evaluat*", "assess*", "look",
    "kijk", "kijken", "kijkt", "doorlees*", "doorlez*", "doorgelezen", "nalopen", "beschouw*", "examine*",
    "inspect*", "scrutin*", "weeg", "wegen", "afweg*", "interpret*", "interpreteer*",
)
UNCHECKED = Concept(
    "unchecked",
    "blind", "blindelings", "blindly", "klakkeloos", "ongezien", "ongecontroleerd*", "ongelezen",
    "ongetoetst*", "ongeverifieerd*", "unchecked", "unverified", "unreviewed", "face", "granted", "zomaar",
    "onverkort",
)
WITHOUT = Concept("without", "zonder", "without", "failing", "fail")
CORRECT = Concept(
    "correct", "correct", "accurate", "true", "juist", "klopt", "kloppen", "betrouwbaar", "reliable", "waar",
    "accuracy", "juistheid", "correctness", "correctheid", "kwaliteit", "quality", "integrity",
    "factual", "feitelijk", "gospel",
)
INTERVENTION = Concept("intervention", "tussenkomst", "intervention", "oversight", "toezicht", "tussenkomen")
COPY = Concept(
    "copy", "kopieer*", "copy*", "copy-paste*", "paste*", "plak*", "knip*", "publiceer*", "publicer*", "gepubliceerd", "publish*", "doorsturen",
    "doorstuur*", "forward*",
)
TRUST = Concept(
    "trust",
    "vertrouw*", "rely", "relies", "relying", "relied", "trust", "trusted", "trusting", "accept", "accepts",
    "accepted", "accepting", "overnem*", "overgenomen",
)
ASSUME = Concept(
    "assume", "assume*", "ga", "gaan", "uitgaan", "treat", "treated", "treats", "beschouw*", "behandel*", "take",
    "zie", "see", "regard*", "consider*", "presume*", "neem", "aannemen",
)
DRAFT = Concept(
    "draft", "draft", "drafts", "concept", "conceptversie", "versie", "version", "startpunt", "beginpunt", "suggestion", "suggestie",
    "voorzet", "aanzet",
)
OUTPUT = Concept(
    "output",
    "antwoord*", "output*", "uitkomst*", "resultat*", "resultaat", "result*", "response*", "tekst*",
    "text*", "inhoud", "content", "gegenereerd*", "generated", "ai-generated", "feiten", "facts", "factual",
    "bronnen", "bron", "sources", "bronvermelding", "references", "citations", "code", "vertaling*",
    "samenvatting*", "accuracy", "accurate", "juistheid", "juist", "correct*", "nauwkeurig*", "fouten",
    "errors", "inaccura*", "onjuist*", "hallucina*", "produces", "produceert", "maakt", "schrijft", "writes",
    "suggestie*", "suggestions", "work", "werk", "findings", "bevindingen",
    "insights", "recommendations", "aanbeveling*", "outputs", "uitvoer", "ai-assisted", "ai-content",
    "produced", "produce", "generates", "genereert", "produceert", "creates", "created", "oplevert", "levert", "voorstelt", "zegt", "says", "tells", "vertelt", "geeft", "gives", "suggests", "adviezen", "advies", "advice", "answers", "analyses", "analysis", "conclusies", "conclusions", "summaries", "translations", "drafts", "teksten", "beelden", "images", "afbeeldingen", "claims", "statements", "citaten", "quotes", "referenties", "cijfers", "figures", "calculations", "berekeningen"
)
NOT_OUTPUT = Concept(  # checking these is about tools, not about what AI produces
    "tool-governance",
    "voorwaarden", "terms", "instellingen", "settings", "leverancier*", "vendor*", "privacyverklaring*",
    "licentie*", "license*", "licence*", "policies", "beleid", "contract", "approved", "goedgekeurd*",
    "versions", "versie*", "data", "gegevens", "software", "tool", "tools", "apps", "applicatie*",
    "toepassing*", "systems", "systemen", "leveranciers", "processen", "processes",
)

# --- safe data, for limits -------------------------------------------------------------------------
PUBLIC = Concept(
    "public",
    "openbaar", "openbare", "publiek", "publieke", "public", "publicly", "internet", "linkedin", "krant",
    "website", "straat", "gepubliceerd", "published",
)
TOOLISH = Concept(
    "toolish", "ai", "tool", "tools", "platform", "platforms", "models", "chatbot", "chatbots", "generative",
    "generatieve", "version", "versie", "services", "service", "system", "systems", "toepassing",
    "toepassingen", "apps", "app",
)
# fmt: on
