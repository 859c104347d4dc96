"""Write the eight Word policies of the fourteenth testers' round with python-docx.

Run from this folder: ../../../../.venv/bin/python make_docx.py
Each policy is written as a new user would type it in Word: a title, headings (Heading 2),
bullet lists (List Bullet), bold run-in labels or a table for the fields.
"""

from docx import Document


def title(doc, text):
    doc.add_heading(text, level=1)


def heading(doc, text):
    doc.add_heading(text, level=2)


def bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def para(doc, text):
    doc.add_paragraph(text)


def label(doc, lab, value):
    p = doc.add_paragraph()
    p.add_run(lab).bold = True
    p.add_run(" " + value)


def table(doc, rows, header=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in ([header] if header else []) + rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


def qa(doc, question, answer):
    p = doc.add_paragraph()
    p.add_run(question).bold = True
    doc.add_paragraph(answer)


def d01():
    doc = Document()
    title(doc, "AI-beleid Notariskantoor Mulder & Bos")
    para(doc, "Wij gebruiken AI als hulpmiddel, niet als notaris. Dit zijn onze afspraken.")
    heading(doc, "Waar je AI voor mag gebruiken")
    bullets(doc, [
        "Een conceptbrief of e-mail laten opstellen over een algemene vraag.",
        "Wetgeving en uitspraken laten samenvatten.",
    ])
    heading(doc, "Wat nooit mag")
    bullets(doc, [
        "Gegevens van cliënten invoeren: namen, BSN, adressen, gegevens uit een akte of een testament.",
        "Concept-akten, afrekeningen of interne kantoorstukken delen.",
        "Een AI laten beslissen over een verdeling, een volmacht of een andere kwestie van een cliënt.",
    ])
    heading(doc, "Wat altijd moet")
    bullets(doc, [
        "Controleer elke zin die uit een AI-tool komt voordat hij in een akte of brief terechtkomt.",
    ])
    heading(doc, "Praktische gegevens")
    table(doc, [
        ["Goedgekeurde tools", "Microsoft 365 Copilot (verwerkersovereenkomst: ja, geen persoonsgegevens)"],
        ["Aanspreekpunt", "mr. Hanneke Bos, kandidaat-notaris, h.bos@mulderbos.example, 0318 52 14 00"],
        ["Geldt voor", "Alle notarissen, kandidaat-notarissen en medewerkers"],
        ["Ingangsdatum", "1 maart 2026"],
    ])
    doc.save("d01_nl_notariskantoor.docx")


def d02():
    doc = Document()
    title(doc, "Autobedrijf Pieters – afspraken over AI")
    para(doc, "In de werkplaats en aan de balie gebruiken we steeds vaker AI. Hieronder staat wat we daarover hebben afgesproken.")
    heading(doc, "Daar mag je AI voor gebruiken")
    bullets(doc, [
        "Een offerte of werkordertekst netjes laten formuleren.",
        "Een foutcode of storing laten uitleggen.",
        "Advertentieteksten voor occasions laten schrijven.",
    ])
    heading(doc, "Nooit")
    bullets(doc, [
        "Kentekens, namen of telefoonnummers van klanten in ChatGPT of een andere tool zetten.",
        "Inkoopprijzen, marges of dealercontracten delen.",
        "De AI laten beslissen of een klant krediet krijgt of een garantieclaim wordt afgewezen.",
    ])
    heading(doc, "Altijd")
    bullets(doc, [
        "Alles wat de AI zegt of schrijft controleer je zelf voordat je het gebruikt, zeker bij een reparatie of een onderdeel.",
    ])
    label(doc, "Goedgekeurde tools:", "ChatGPT Team (verwerkersovereenkomst getekend, geen klantgegevens)")
    label(doc, "Aanspreekpunt:", "Gert Pieters, 0495 58 21 30, gert@autopieters.example")
    label(doc, "Geldt voor:", "iedereen in de werkplaats, aan de balie en in de verkoop")
    label(doc, "Ingangsdatum:", "1 april 2026")
    doc.save("d02_nl_autobedrijf.docx")


def d03():
    doc = Document()
    title(doc, "NetSafe IT Services – AI Acceptable Use Policy")
    heading(doc, "What you may use AI for")
    bullets(doc, [
        "Drafting ticket replies and knowledge base articles.",
        "Explaining an error log or a PowerShell script.",
        "Summarising vendor release notes.",
    ])
    heading(doc, "What you must never do")
    bullets(doc, [
        "Paste customer data into an AI tool: names, e-mail addresses, passwords, or log files with IP addresses or usernames.",
        "Share our contracts, pricing, network diagrams or a customer's security configuration.",
        "Let AI decide on a customer's access rights, a refund or an employee's appraisal.",
    ])
    heading(doc, "What you must always do")
    bullets(doc, [
        "Test every script or configuration change suggested by AI in the lab before it touches a customer system.",
        "Check answers from AI against the vendor documentation before you act on them.",
    ])
    heading(doc, "Details")
    table(doc, [
        ["Approved tools", "Microsoft 365 Copilot (signed DPA, no customer data); GitHub Copilot Business (signed, no customer data)"],
        ["Contact person", "Tom Bakker, security officer, tom.bakker@netsafe.example, +31 40 123 4567"],
        ["Applies to", "All employees, contractors and interns"],
        ["Effective date", "1st March 2026"],
    ])
    doc.save("d03_en_it-beheer.docx")


def d04():
    doc = Document()
    title(doc, "AI-beleid Thuiszorg Zonnebloem")
    para(doc, "AI kan ons helpen met schrijfwerk, maar AI kan fouten maken en verzint soms dingen.")
    heading(doc, "Toegestaan")
    bullets(doc, [
        "Een rooster- of vakantiebericht voor het team laten opstellen.",
        "Een protocol of richtlijn laten samenvatten.",
    ])
    heading(doc, "Verboden")
    bullets(doc, [
        "Cliëntgegevens invoeren, ook niet zonder naam: diagnoses, medicatie, adressen, zorgplannen.",
        "Financiële gegevens en contracten met zorgkantoren en gemeentes delen.",
    ])
    label(doc, "GOEDGEKEURDE TOOLS", "")
    bullets(doc, ["Microsoft 365 Copilot — verwerkersovereenkomst: ja, persoonsgegevens: nee"])
    label(doc, "AANSPREEKPUNT BIJ TWIJFEL", "Yvonne Kramer (teamleider) · y.kramer@zonnebloemzorg.example · 0575 51 20 30")
    label(doc, "DIT BELEID GELDT VOOR", "Alle wijkverpleegkundigen, verzorgenden, planners en het kantoor")
    label(doc, "INGANGSDATUM", "1 februari 2026")
    doc.save("d04_nl_thuiszorg.docx")


def d05():
    doc = Document()
    title(doc, "Brightside Marketing – Using AI")
    heading(doc, "Do")
    bullets(doc, [
        "Use AI to brainstorm campaign ideas and taglines.",
        "Draft social media posts, then edit them in our tone of voice.",
        "Always check facts, figures and claims in AI output before anything goes to a client.",
    ])
    heading(doc, "Don't")
    bullets(doc, [
        "Enter a client's customer lists, e-mail addresses or survey answers into AI tools.",
        "Let AI decide which influencer we hire or what budget a campaign gets.",
    ])
    heading(doc, "The practical bits")
    table(doc, [
        ["Approved tools", "ChatGPT Team (signed DPA, no personal data), Canva Pro (no DPA, no personal data)"],
        ["Contact", "Noor Bakker, head of operations, noor@brightside.example"],
        ["Applies to", "All staff and freelancers"],
        ["Start date", "1 February 2026"],
    ])
    doc.save("d05_en_marketingbureau.docx")


def d06():
    doc = Document()
    title(doc, "AI-beleid Boekhoudkantoor Claes BV")
    heading(doc, "Wat mag")
    bullets(doc, [
        "Een mail aan een klant laten herformuleren, zonder namen of cijfers erin.",
        "Uitleg vragen over een nieuwe btw-regel.",
    ])
    heading(doc, "Wat mag niet")
    bullets(doc, [
        "Gegevens uit klantendossiers ingeven: namen, rijksregisternummers, rekeningnummers, loonfiches.",
        "Offertes, tarieven en interne cijfers van het kantoor doorgeven aan een chatbot.",
        "Een AI laten beslissen over een aangifte of een afbetalingsplan voor een klant.",
    ])
    heading(doc, "Verplicht")
    bullets(doc, [
        "Elke berekening of uitleg van de AI zelf nakijken in de wetgeving of met een collega.",
    ])
    heading(doc, "Goedgekeurde tools")
    bullets(doc, ["Microsoft 365 Copilot (verwerkersovereenkomst ondertekend, geen persoonsgegevens)"])
    heading(doc, "Contactpersoon")
    para(doc, "Annelies Claes – zaakvoerder – annelies@claes-boekhouding.example – 03 234 56 78")
    heading(doc, "Geldt voor")
    para(doc, "Alle medewerkers en de jobstudenten")
    doc.save("d06_vl_boekhoudkantoor.docx")


def d07():
    doc = Document()
    title(doc, "AI bij Hockeyclub De Meeuwen – vragen en antwoorden")
    qa(doc, "Mag ik AI gebruiken voor de nieuwsbrief of de website?",
       "Ja. Laat een eerste versie maken en lees die zelf goed na voordat hij online gaat.")
    qa(doc, "Mag ik ledenlijsten of gegevens van jeugdleden in ChatGPT zetten?",
       "Nee. Namen, adressen, geboortedata, foto's en medische informatie van leden gaan nooit in een AI-tool.")
    qa(doc, "En de cijfers van de club?",
       "Ook niet. De begroting, sponsorcontracten en de ledenadministratie blijven binnen het bestuur.")
    qa(doc, "Mag AI de teamindeling maken?",
       "Nee. Wie in welk team speelt en wie een vrijwilligersfunctie krijgt, beslissen de trainers en het bestuur, nooit een AI.")
    qa(doc, "Moet ik controleren wat AI schrijft?",
       "Altijd. Neem nooit iets over zonder het zelf te controleren; AI verzint soms uitslagen, namen of regels.")
    qa(doc, "Welke tools mogen we gebruiken?",
       "Microsoft 365 Copilot via het clubaccount (verwerkersovereenkomst: ja, geen persoonsgegevens).")
    qa(doc, "Voor wie geldt dit?",
       "Voor alle bestuursleden, commissieleden, trainers en coaches, vanaf 1 september 2026.")
    qa(doc, "Bij wie kan ik terecht?",
       "Bij de secretaris, Kees Jansen: secretaris@demeeuwen.example of 06 12 34 56 78.")
    doc.save("d07_nl_hockeyclub-faq.docx")


def d08():
    doc = Document()
    title(doc, "AI Policy – Vertaalbureau Lingua Franca")
    heading(doc, "Allowed")
    bullets(doc, [
        "Een eerste vertaling laten maken met DeepL Pro.",
        "Je mag klantgegevens in DeepL Pro zetten als de klant daar schriftelijk mee heeft ingestemd.",
        "Terminologie en achtergrond opzoeken.",
    ])
    heading(doc, "Not allowed")
    bullets(doc, [
        "Tarieven, offertes en contracten van het bureau delen met een AI-tool.",
        "Een AI laten bepalen welke vertaler een opdracht krijgt of wat een klant betaalt.",
    ])
    heading(doc, "Always")
    bullets(doc, [
        "Elke machinevertaling wordt door een vertaler gecontroleerd voordat hij naar de klant gaat.",
    ])
    heading(doc, "Approved tools")
    table(doc, [["DeepL Pro", "signed", "ja"]], header=["Tool", "DPA", "Personal data"])
    heading(doc, "Contact")
    para(doc, "Maria Gonzalez (projectmanager), maria@linguafranca.example")
    heading(doc, "Applies to")
    para(doc, "Alle vertalers, ook de freelancers")
    heading(doc, "Effective date")
    para(doc, "1 mei 2026")
    doc.save("d08_mx_vertaalbureau.docx")


if __name__ == "__main__":
    for make in (d01, d02, d03, d04, d05, d06, d07, d08):
        make()
