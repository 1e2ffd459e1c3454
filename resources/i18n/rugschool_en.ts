<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
  <context>
    <name>App</name>
    <message>
      <source>Rugschool werkboek</source>
      <translation>Back school workbook</translation>
    </message>
  </context>
  <context>
    <name>Home</name>
    <message>
      <source>d MMMM yyyy 'om' HH:mm</source>
      <translation>d MMMM yyyy 'at' HH:mm</translation>
    </message>
    <message>
      <source>Laatst aan gewerkt: %1</source>
      <translation>Last worked on: %1</translation>
    </message>
    <message>
      <source>Welkom in je werkboek. Hier vind je de oefeningen van de psycholoog van de rugschool. Je werkt in je eigen tempo; alles wat je invult, wordt meteen bewaard op deze computer.</source>
      <translation>Welcome to your workbook. Here you find the exercises of the back school's psychologist. You work at your own pace; everything you fill in is saved straight away on this computer.</translation>
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
      <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;The workbook for the exercises of the back school's psychologist.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Font: DejaVu Sans (free licence).&lt;/p&gt;</translation>
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
      <translation>Name of the new workbook (for example the person's name):</translation>
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