<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>App</name>
    <message>
        <source>Rugschool werkboek</source>
        <translation>Back school workbook</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Toon als tabel</source>
        <translation>Show as table</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <source>1 poging deze week</source>
        <translation>1 attempt this week</translation>
    </message>
    <message>
        <source>%1 pogingen deze week</source>
        <translation>%1 attempts this week</translation>
    </message>
    <message>
        <source>Alle %1 stappen beheerst, %2</source>
        <translation>All %1 steps mastered, %2</translation>
    </message>
    <message>
        <source>Stap %1 van %2: %3, %4</source>
        <translation>Step %1 of %2: %3, %4</translation>
    </message>
    <message>
        <source>Poging bij een stap</source>
        <translation>Attempt at a step</translation>
    </message>
    <message>
        <source>d MMMM yyyy HH:mm</source>
        <translation>d MMMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Stap:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Vooraf: wat verwacht je?</source>
        <translation>Beforehand: what do you expect?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: als ik die bak til, schiet het in mijn rug en kan ik niet meer recht.</source>
        <translation>For example: if I lift that crate, my back will lock and I won&apos;t be able to stand up straight.</translation>
    </message>
    <message>
        <source>Verwachte angst</source>
        <translation>Expected fear</translation>
    </message>
    <message>
        <source>Verwachte pijn</source>
        <translation>Expected pain</translation>
    </message>
    <message>
        <source>Wat zal er gebeuren, denk je?</source>
        <translation>What do you think will happen?</translation>
    </message>
    <message>
        <source>Hoe bang zul je zijn? (0–100)</source>
        <translation>How afraid will you be? (0–100)</translation>
    </message>
    <message>
        <source>Hoeveel pijn verwacht je? (0–10)</source>
        <translation>How much pain do you expect? (0–10)</translation>
    </message>
    <message>
        <source>Achteraf: wat gebeurde er echt?</source>
        <translation>Afterwards: what actually happened?</translation>
    </message>
    <message>
        <source>Werkelijke angst</source>
        <translation>Actual fear</translation>
    </message>
    <message>
        <source>Werkelijke pijn</source>
        <translation>Actual pain</translation>
    </message>
    <message>
        <source>Hoe bang was je? (0–100)</source>
        <translation>How afraid were you? (0–100)</translation>
    </message>
    <message>
        <source>Hoeveel pijn had je? (0–10)</source>
        <translation>How much pain did you have? (0–10)</translation>
    </message>
    <message>
        <source>Gebeurde het zoals je verwachtte?</source>
        <translation>Did it happen as you expected?</translation>
    </message>
    <message>
        <source>Wat heb je geleerd?</source>
        <translation>What did you learn?</translation>
    </message>
    <message>
        <source>Notitie:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Je kunt een poging eerst plannen en het deel ‘achteraf’ later aanvullen.</source>
        <translation>You can plan an attempt first and fill in the ‘afterwards’ part later.</translation>
    </message>
    <message>
        <source>„%1” toevoegen</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>„%1” verwijderen</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Volgorde aanpassen</source>
        <translation>Change the order</translation>
    </message>
    <message>
        <source>Ordenen op angstcijfer</source>
        <translation>Order by fear rating</translation>
    </message>
    <message>
        <source>Angst van „%1” inschatten</source>
        <translation>Rate the fear of “%1”</translation>
    </message>
    <message>
        <source>Omschrijving aanpassen</source>
        <translation>Change the description</translation>
    </message>
    <message>
        <source>„%1” als beheerst markeren</source>
        <translation>Mark “%1” as mastered</translation>
    </message>
    <message>
        <source>„%1” weer als oefenstap zetten</source>
        <translation>Make “%1” a practice step again</translation>
    </message>
    <message>
        <source>Poging aanvullen</source>
        <translation>Complete the attempt</translation>
    </message>
    <message>
        <source>Poging bewaren</source>
        <translation>Save the attempt</translation>
    </message>
    <message>
        <source>Poging verwijderen</source>
        <translation>Delete attempt</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Beweging of activiteit</source>
        <translation>Movement or activity</translation>
    </message>
    <message>
        <source>Angst (0–100)</source>
        <translation>Fear (0–100)</translation>
    </message>
    <message>
        <source>Beheerst</source>
        <translation>Mastered</translation>
    </message>
    <message>
        <source>beheerst</source>
        <translation>mastered</translation>
    </message>
    <message>
        <source>nog niet beheerst</source>
        <translation>not mastered yet</translation>
    </message>
    <message>
        <source>Vorige inschatting: %1/100, nu %2/100.</source>
        <translation>Previous rating: %1/100, now %2/100.</translation>
    </message>
    <message>
        <source>Een verschil van meer dan 20 punten: een echte verandering.</source>
        <translation>A difference of more than 20 points: a real change.</translation>
    </message>
    <message>
        <source>Dit cijfer past niet bij de plaats in je lijst.</source>
        <translation>This rating does not match its place in your list.</translation>
    </message>
    <message>
        <source>Angst</source>
        <translation>Fear</translation>
    </message>
    <message>
        <source>Bewegingen die je spannend vindt, ga je vaak uit de weg. Zo worden ze steeds spannender. Hier zet je ze op een rij, van minst naar meest angst, en oefen je ze stap voor stap: je begint bij de beweging die je het minst angst geeft.</source>
        <translation>Movements that make you tense are often the ones you avoid, and avoiding them makes them feel more daunting still. Here you list them, from least to most fear, and practise them step by step, starting with the movement you fear least.</translation>
    </message>
    <message>
        <source>Je huidige stap</source>
        <translation>Your current step</translation>
    </message>
    <message>
        <source>Poging plannen of invullen…</source>
        <translation>Plan or log an attempt…</translation>
    </message>
    <message>
        <source>Deze stap lukt me: beheerst</source>
        <translation>I can do this step: mastered</translation>
    </message>
    <message>
        <source>Jouw angsthiërarchie</source>
        <translation>Your fear hierarchy</translation>
    </message>
    <message>
        <source>Stap 1 is wat je het minst angst geeft, stap 10 wat je het meest angst geeft. Je kunt hoogstens tien bewegingen of activiteiten noteren. Sleep een regel naar een andere plaats, of gebruik Alt+pijl omhoog en Alt+pijl omlaag. Dubbelklik om de omschrijving of je angstcijfer aan te passen; vorige cijfers blijven bewaard.</source>
        <translation>Step 1 is what you fear least, step 10 what you fear most. You can note at most ten movements or activities. Drag a row to another place, or use Alt+Up and Alt+Down. Double-click to change the description or your fear rating; earlier ratings are kept.</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Zet de bewegingen in volgorde van je angstcijfer, de laagste eerst.</source>
        <translation>Put the movements in the order of your fear ratings, the lowest first.</translation>
    </message>
    <message>
        <source>Notitie bij de gekozen stap:</source>
        <translation>Note on the chosen step:</translation>
    </message>
    <message>
        <source>Een beweging of activiteit toevoegen</source>
        <translation>Add a movement or activity</translation>
    </message>
    <message>
        <source>Voorbeeld (mag):</source>
        <translation>Example (optional):</translation>
    </message>
    <message>
        <source>Omschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Angst (0–100):</source>
        <translation>Fear (0–100):</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: een krat water optillen</source>
        <translation>For example: lifting a crate of water</translation>
    </message>
    <message>
        <source>Wanneer, waar, met wie… (mag leeg blijven)</source>
        <translation>When, where, with whom… (may stay empty)</translation>
    </message>
    <message>
        <source>0 = helemaal niet bang, 100 = zo bang als je je maar kunt voorstellen</source>
        <translation>0 = not afraid at all, 100 = as afraid as you can imagine</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kies een voorbeeld of typ zelf…</source>
        <translation>Pick an example or type your own…</translation>
    </message>
    <message>
        <source>Nieuwe poging…</source>
        <extracomment>How many attempts of one step the list and chart show (older ones are in the PDF).</extracomment>
        <translation>New attempt…</translation>
    </message>
    <message>
        <source>Bekijken of aanvullen…</source>
        <translation>View or complete…</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Pijn</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Zoals verwacht?</source>
        <translation>As expected?</translation>
    </message>
    <message>
        <source>Wat je leerde</source>
        <translation>What you learned</translation>
    </message>
    <message>
        <source>Per poging zie je wat je vooraf verwachtte → wat er echt gebeurde. Dubbelklik op een poging om ze te bekijken of achteraf aan te vullen.</source>
        <translation>For each attempt you see what you expected beforehand → what actually happened. Double-click an attempt to look at it or to fill it in afterwards.</translation>
    </message>
    <message>
        <source>Om bij stil te staan</source>
        <translation>Worth keeping in mind</translation>
    </message>
    <message>
        <source>• Gebruik een rugsparende techniek: buig je knieën als je iets optilt.
• Oefen met gewone, dagelijkse bewegingen. Het gaat erom dat je weer durft, niet om je rug zwaar te belasten.
• Komen angst, pijn of piekergedachten op? Laat ze er even zijn zonder ertegen te vechten. Merk op dat een gedachte een gedachte is, geen feit, en breng je aandacht terug naar je adem en je lichaam.
• Pijn voelen betekent niet dat je je rug beschadigt.
• Zit je vast of twijfel je? Bespreek het met je psycholoog of kinesitherapeut (fysiotherapeut).</source>
        <translation>• Use a back-friendly technique: bend your knees when you lift something.
• Practise with ordinary, everyday movements. The point is to dare again, not to put a heavy load on your back.
• Do fear, pain or worrying thoughts come up? Let them be there for a moment without fighting them. Notice that a thought is a thought, not a fact, and bring your attention back to your breath and your body.
• Feeling pain does not mean you are damaging your back.
• Stuck or unsure? Talk it over with your psychologist or physiotherapist.</translation>
    </message>
    <message>
        <source>Nog geen stappen</source>
        <translation>No steps yet</translation>
    </message>
    <message>
        <source>Noteer hieronder eerst de bewegingen of activiteiten waar je voorzichtig mee bent of bang voor bent. Daarna kies je de eerste stap: die met de minste angst.</source>
        <translation>First note below the movements or activities you are careful with or afraid of. Then you choose the first step: the one with the least fear.</translation>
    </message>
    <message>
        <source>Alle stappen van je lijst zijn beheerst</source>
        <translation>Every step on your list is mastered</translation>
    </message>
    <message>
        <source>Je hebt elke stap van je lijst geoefend tot hij lukte. Bespreek met je psycholoog of kinesitherapeut (fysiotherapeut) wat een volgende stap kan zijn.</source>
        <translation>You have practised every step on your list until it worked. Talk with your psychologist or physiotherapist about what a next step could be.</translation>
    </message>
    <message>
        <source>angst %1/100</source>
        <translation>fear %1/100</translation>
    </message>
    <message>
        <source>Begin bij wat je het minst angst geeft en bouw rustig op. Plan een poging: schrijf vooraf op wat je verwacht, doe de beweging, en noteer achteraf wat er echt gebeurde. Lukt deze stap goed, markeer hem dan als beheerst; dan wordt de volgende stap je huidige stap.</source>
        <translation>Start with what you fear least and build up calmly. Plan an attempt: write down beforehand what you expect, do the movement, and note afterwards what actually happened. When this step goes well, mark it as mastered; the next step then becomes your current step.</translation>
    </message>
    <message>
        <source>%1 van %2 stappen</source>
        <translation>%1 of %2 steps</translation>
    </message>
    <message>
        <source>≠ Bij sommige stappen past je angstcijfer niet bij de volgorde: een hoger cijfer staat vóór een lager. Dat mag; misschien voelt de volgorde zo juist. Wil je ze laten aansluiten, kies dan ‘Ordenen op angstcijfer’.</source>
        <translation>≠ For some steps your fear rating does not match the order: a higher rating comes before a lower one. That is allowed; perhaps this order feels right to you. To make them match, choose ‘Order by fear rating’.</translation>
    </message>
    <message>
        <source>Pogingen bij stap %1: %2</source>
        <translation>Attempts at step %1: %2</translation>
    </message>
    <message>
        <source>Pogingen</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Je angstcijfers tot nu toe: %1.</source>
        <translation>Your fear ratings so far: %1.</translation>
    </message>
    <message>
        <source>Van %1 naar %2: dat is meer dan 20 punten verschil, een echte verandering (▲ of ▼ in de lijst).</source>
        <translation>From %1 to %2: a difference of more than 20 points, a real change (▲ or ▼ in the list).</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Stap verwijderen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>„%1” uit je lijst halen, met de pogingen erbij? Je kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Take “%1” off your list, with its attempts? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bukken om iets van de grond te rapen</source>
        <translation>Bending to pick something up from the floor</translation>
    </message>
    <message>
        <source>Een bak water optillen</source>
        <translation>Lifting a crate of water</translation>
    </message>
    <message>
        <source>Boodschappen dragen</source>
        <translation>Carrying the shopping</translation>
    </message>
    <message>
        <source>Met de handen boven het hoofd werken</source>
        <translation>Working with your hands above your head</translation>
    </message>
    <message>
        <source>Draaien met de romp</source>
        <translation>Twisting your upper body</translation>
    </message>
    <message>
        <source>Stofzuigen</source>
        <translation>Vacuuming</translation>
    </message>
    <message>
        <source>Lang stilzitten</source>
        <translation>Sitting still for a long time</translation>
    </message>
    <message>
        <source>Flessen in en uit de koffer van de auto tillen</source>
        <translation>Lifting bottles into and out of the car boot</translation>
    </message>
    <message>
        <source>Rondwandelen met een gewicht in je handen</source>
        <translation>Walking around holding a weight</translation>
    </message>
    <message>
        <source>De trap op met iets in je handen</source>
        <translation>Climbing the stairs carrying something</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>gedeeltelijk</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Verwacht en werkelijk, per poging</source>
        <translation>Expected and actual, per attempt</translation>
    </message>
    <message>
        <source>Poging</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Nog geen pogingen met cijfers. Na je eerste poging verschijnt hier je grafiek.</source>
        <translation>No attempts with ratings yet. After your first attempt, your chart appears here.</translation>
    </message>
    <message>
        <source>Pijn (0–10)</source>
        <translation>Pain (0–10)</translation>
    </message>
    <message>
        <source>Stapsgewijze blootstelling</source>
        <translation>Graded exposure</translation>
    </message>
    <message>
        <source>Je lijst telt al %1 bewegingen, het maximum. Wat je typte, staat nog klaar: haal eerst een beweging weg die je niet meer nodig hebt, of markeer er een als beheerst en vervang hem.</source>
        <translation>Your list already has %1 movements, the maximum. What you typed is still there: first remove a movement you no longer need, or mark one as mastered and replace it.</translation>
    </message>
    <message>
        <source>Die plaats bestaat niet in je lijst. Kies een plaats van %1 tot en met %2.</source>
        <translation>That place does not exist in your list. Choose a place from %1 to %2.</translation>
    </message>
    <message>
        <source>Kies eerst een datum voor deze poging.</source>
        <translation>First choose a date for this attempt.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>d MMMM yyyy &apos;om&apos; HH:mm</source>
        <translation>d MMMM yyyy &apos;at&apos; HH:mm</translation>
    </message>
    <message>
        <source>Laatst aan gewerkt: %1</source>
        <translation>Last worked on: %1</translation>
    </message>
    <message>
        <source>Welkom in je werkboek. Hier vind je de oefeningen van de psycholoog van de rugschool. Je werkt in je eigen tempo; alles wat je invult, wordt meteen bewaard op deze computer.</source>
        <translation>Welcome to your workbook. Here you find the exercises of the back school&apos;s psychologist. You work at your own pace; everything you fill in is saved straight away on this computer.</translation>
    </message>
    <message>
        <source>Waar sta je?</source>
        <translation>Where are you now?</translation>
    </message>
    <message>
        <source>Er zijn nog geen hoofdstukken.</source>
        <translation>There are no chapters yet.</translation>
    </message>
    <message>
        <source>Nog niet begonnen.</source>
        <translation>Not started yet.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 openen</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Nieuw werkboek…</source>
        <translation>&amp;New workbook…</translation>
    </message>
    <message>
        <source>Werkboek &amp;hernoemen…</source>
        <translation>&amp;Rename workbook…</translation>
    </message>
    <message>
        <source>Werkboek &amp;verwijderen…</source>
        <translation>&amp;Delete workbook…</translation>
    </message>
    <message>
        <source>Exporteer als &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>&amp;Over %1…</source>
        <translation>&amp;About %1…</translation>
    </message>
    <message>
        <source>&amp;Werkboek:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <source>Werkboek kiezen</source>
        <translation>Choose workbook</translation>
    </message>
    <message>
        <source>Hoofdstukken</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Werkboek</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Even nakijken</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Versie %2&lt;/p&gt;&lt;p&gt;Het werkboek bij de oefeningen van de psycholoog van de rugschool.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer, in:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU General Public License, versie 3 of later. Lettertype: DejaVu Sans (vrije licentie).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;The workbook for the exercises of the back school&apos;s psychologist.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Font: DejaVu Sans (free licence).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Vul eerst een naam of omschrijving in.</source>
        <translation>Please fill in a name or description first.</translation>
    </message>
    <message numerus="yes">
        <source>Dat is wat lang. Houd het bij hoogstens %n tekens.</source>
        <translation>
            <numerusform>That is a little long. Please keep it to at most %n character.</numerusform>
            <numerusform>That is a little long. Please keep it to at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er is al een werkboek met de naam „%1”. Kies een andere naam.</source>
        <translation>There is already a workbook called “%1”. Please choose another name.</translation>
    </message>
    <message>
        <source>Kies een getal van %1 tot en met %2.</source>
        <translation>Please choose a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Dit onderdeel bestaat niet meer. Misschien is het net verwijderd.</source>
        <translation>This item no longer exists. Perhaps it was just deleted.</translation>
    </message>
    <message>
        <source>Dat lukte niet: de invoer klopt niet helemaal. Er is niets veranderd.</source>
        <translation>That did not work: something in the input is not quite right. Nothing was changed.</translation>
    </message>
    <message>
        <source>Je laatste wijziging kon niet bewaard worden: de schijf is vol of alleen-lezen. Wat al bewaard was, blijft veilig. Maak wat ruimte vrij en probeer opnieuw.</source>
        <translation>Your last change could not be saved: the disk is full or read-only. Everything saved before is safe. Free up some space and try again.</translation>
    </message>
    <message>
        <source>Je laatste wijziging kon niet bewaard worden omdat de database even niet beschikbaar was. Probeer het zo meteen opnieuw.</source>
        <translation>Your last change could not be saved because the database was briefly unavailable. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Er liep iets mis bij het bewaren. Wat al bewaard was, blijft veilig. Probeer het opnieuw; lukt het niet, sluit dan de app en open hem opnieuw.</source>
        <translation>Something went wrong while saving. Everything saved before is safe. Please try again; if that does not work, close the app and open it again.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Exporteer als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Wat wil je maken?</source>
        <translation>What would you like to make?</translation>
    </message>
    <message>
        <source>Ingevuld werkboek (met je antwoorden en grafieken)</source>
        <translation>Filled-in workbook (with your answers and charts)</translation>
    </message>
    <message>
        <source>Lege werkbladen (om met de pen in te vullen)</source>
        <translation>Blank worksheets (to fill in by pen)</translation>
    </message>
    <message>
        <source>Hoofdstukken</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Alleen het voorblad: er zijn nog geen hoofdstukken.</source>
        <translation>Only the cover page: there are no chapters yet.</translation>
    </message>
    <message>
        <source>lege-werkbladen</source>
        <translation>blank-worksheets</translation>
    </message>
    <message>
        <source>PDF bewaren als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF niet gemaakt</source>
        <translation>PDF not made</translation>
    </message>
    <message>
        <source>De PDF kon niet bewaard worden. Kies een andere map, of kijk of er nog ruimte vrij is op de schijf. Er is niets veranderd aan je werkboek.</source>
        <translation>The PDF could not be saved. Choose another folder, or check whether there is space left on the disk. Nothing in your workbook was changed.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Klein</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Groot</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Extra groot</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>Zoals het systeem</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Tekst&amp;grootte:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Kleuren:</source>
        <translation>&amp;Colours:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Er liep iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er liep iets onverwachts mis. Wat je al had ingevuld, is bewaard. Je kunt gewoon verder werken; lukt dat niet, sluit de app dan en open hem opnieuw.</source>
        <translation>Something unexpected went wrong. What you had filled in is saved. You can simply carry on; if that does not work, close the app and open it again.</translation>
    </message>
    <message>
        <source>Het werkboek is al geopend in een ander venster. Kijk even in de taakbalk: daar staat de app al klaar.</source>
        <translation>The workbook is already open in another window. Have a look in the taskbar: the app is waiting there.</translation>
    </message>
    <message>
        <source>De map met je gegevens kan niet gebruikt worden:
%1</source>
        <translation>The folder with your data cannot be used:
%1</translation>
    </message>
    <message>
        <source>Bij het nakijken van je werkboekbestand vond de app beschadigde stukken:
%1

Wat je ziet, kun je nog lezen. Sluit de app en vraag hulp voor je verder werkt; de reservekopieën staan in de map met je gegevens.</source>
        <translation>While checking your workbook file, the app found damaged parts:
%1

What you see can still be read. Close the app and ask for help before you continue; the backup copies are in your data folder.</translation>
    </message>
    <message>
        <source>Dit werkboek werd bewaard met een nieuwere versie van de app. Installeer die nieuwere versie om het te openen; er is niets aan veranderd.

%1</source>
        <translation>This workbook was saved by a newer version of the app. Install that newer version to open it; nothing in it was changed.

%1</translation>
    </message>
    <message>
        <source>Het werkboek kon niet worden bijgewerkt naar deze versie van de app. Er is een reservekopie gemaakt en er is niets verloren gegaan.

%1</source>
        <translation>The workbook could not be updated to this version of the app. A backup was made and nothing was lost.

%1</translation>
    </message>
    <message>
        <source>Dit bestand is geen werkboek van de rugschool:
%1</source>
        <translation>This file is not a back school workbook:
%1</translation>
    </message>
    <message>
        <source>Dit werkboekbestand is beschadigd en kan niet geopend worden:
%1</source>
        <translation>This workbook file is damaged and cannot be opened:
%1</translation>
    </message>
    <message>
        <source>Er wordt niets overschreven. Je kunt opnieuw beginnen met een leeg werkboek: het bestaande bestand blijft dan bewaard onder een nieuwe naam in dezelfde map.</source>
        <translation>Nothing will be overwritten. You can start again with an empty workbook: the existing file is then kept under a new name in the same folder.</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>Mijn werkboek</source>
        <translation>My workbook</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Werkboek „%1” verwijderen</source>
        <translation>Delete workbook “%1”</translation>
    </message>
    <message>
        <source>Nieuw werkboek</source>
        <translation>New workbook</translation>
    </message>
    <message>
        <source>Naam van het nieuwe werkboek (bijvoorbeeld de naam van de persoon):</source>
        <translation>Name of the new workbook (for example the person&apos;s name):</translation>
    </message>
    <message>
        <source>Werkboek hernoemen</source>
        <translation>Rename workbook</translation>
    </message>
    <message>
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Werkboek verwijderen</source>
        <translation>Delete workbook</translation>
    </message>
    <message>
        <source>Wil je het werkboek „%1” verwijderen, met alles wat erin staat?</source>
        <translation>Do you want to delete the workbook “%1”, with everything in it?</translation>
    </message>
    <message>
        <source>Je kunt dit meteen terugdraaien met Bewerken → Ongedaan maken, zolang de app open is.</source>
        <translation>You can reverse this straight away with Edit → Undo, as long as the app is open.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
</TS>
