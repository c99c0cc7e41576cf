<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PanelTools</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Waymark::ActionBoardColumn</name>
    <message>
        <source>%1 actions</source>
        <translation>Maßnahmen: %1</translation>
    </message>
</context>
<context>
    <name>Waymark::ActionDialog</name>
    <message>
        <source>Due &amp;by</source>
        <translation>Fällig &amp;bis</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>A team or a person</source>
        <translation>Ein Team oder eine Person</translation>
    </message>
    <message>
        <source>e.g. +10 NPS points at checkout</source>
        <translation>z. B. +10 NPS-Punkte beim Checkout</translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation>Verknüpfte Karten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Linked goals</source>
        <translation>Verknüpfte Ziele</translation>
    </message>
    <message>
        <source>The journey has no goals yet.</source>
        <translation>Die Journey hat noch keine Ziele.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fälligkeit:</translation>
    </message>
    <message>
        <source>Expected &amp;impact:</source>
        <translation>Erwartete &amp;Wirkung:</translation>
    </message>
    <message>
        <source>Linked &amp;cards:</source>
        <translation>Verknüpfte &amp;Karten:</translation>
    </message>
    <message>
        <source>Linked &amp;goals:</source>
        <translation>Verknüpfte &amp;Ziele:</translation>
    </message>
</context>
<context>
    <name>Waymark::ActionsPanel</name>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>&amp;New Action</source>
        <translation>&amp;Neue Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Maßnahmen-Board</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is still %2.</source>
        <translation>Überfällig: fällig am %1 und noch immer „%2“.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Karten: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Open a project to plan improvements.</source>
        <translation>Öffnen Sie ein Projekt, um Verbesserungen zu planen.</translation>
    </message>
    <message>
        <source>No actions yet. Right-click a pain point on the map and choose “Create Action from Pain Point”.</source>
        <translation>Noch keine Maßnahmen. Klicken Sie mit der rechten Maustaste auf einen Schmerzpunkt und wählen Sie „Maßnahme aus Schmerzpunkt erstellen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Maßnahme</numerusform>
            <numerusform>%n offene Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>Waymark::AddCardsCommand</name>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>%n Karte hinzufügen</numerusform>
            <numerusform>%n Karten hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::AddCommentCommand</name>
    <message>
        <source>Reply to comment</source>
        <translation>Auf Kommentar antworten</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>Waymark::AddFeedbackCommand</name>
    <message>
        <source>Add response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
</context>
<context>
    <name>Waymark::AddJourneyCommand</name>
    <message>
        <source>Add journey “%1”</source>
        <translation>Journey „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Waymark::AddResponseDialog</name>
    <message>
        <source>Add Response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Kein Touchpoint</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Was der Kunde gesagt hat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>&amp;Touchpoint:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>W&amp;ert:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Befragte(r):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>Waymark::AddSignoffCommand</name>
    <message>
        <source>Sign off project</source>
        <translation>Projekt freigeben</translation>
    </message>
</context>
<context>
    <name>Waymark::BusinessImpactCalculator</name>
    <message>
        <source>There are no NPS responses, so the revenue at risk from detractors cannot be estimated.</source>
        <translation>Es gibt keine NPS-Antworten, daher lässt sich der durch Detraktoren gefährdete Umsatz nicht schätzen.</translation>
    </message>
    <message>
        <source>Enter the number of customers and the yearly value per customer to estimate the revenue at risk.</source>
        <translation>Geben Sie die Zahl der Kunden und den jährlichen Wert pro Kunde ein, um den gefährdeten Umsatz zu schätzen.</translation>
    </message>
    <message>
        <source>Of %2 NPS responses, %1 % are detractors. If %3 % of them leave within a year, %4 a year is at risk (%5 to %6 with the margin of error), for %7 customers worth %8 a year each. This assumes that the responses represent all customers.</source>
        <translation>Von %2 NPS-Antworten stammen %1 % von Detraktoren. Wenn %3 % von ihnen innerhalb eines Jahres abwandern, sind jährlich %4 gefährdet (%5 bis %6 mit Fehlertoleranz), bei %7 Kunden mit einem Wert von je %8 pro Jahr. Dabei wird angenommen, dass die Antworten alle Kunden repräsentieren.</translation>
    </message>
</context>
<context>
    <name>Waymark::CanvasController</name>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Emotion ändern</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>%n Karte ausschneiden</numerusform>
            <numerusform>%n Karten ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n Karte duplizieren</numerusform>
            <numerusform>%n Karten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Ebene umbenennen</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Recolour stage</source>
        <translation>Phasenfarbe ändern</translation>
    </message>
    <message>
        <source>Hide stage</source>
        <translation>Phase ausblenden</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Phase einblenden</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Ebene einblenden</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Ebene ausblenden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)?</source>
        <translation>
            <numerusform>Die Phase „%1“ und ihre %n Karte löschen?</numerusform>
            <numerusform>Die Phase „%1“ und ihre %n Karten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Sie können dies mit Bearbeiten → Rückgängig widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)?</source>
        <translation>
            <numerusform>Die Ebene „%1“ und ihre %n Karte löschen?</numerusform>
            <numerusform>Die Ebene „%1“ und ihre %n Karten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>Phase &amp;umbenennen</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>&amp;Farbe ändern …</translation>
    </message>
    <message>
        <source>Add Stage &amp;Before</source>
        <translation>Phase &amp;davor einfügen</translation>
    </message>
    <message>
        <source>Add Stage &amp;After</source>
        <translation>Phase da&amp;nach einfügen</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach l&amp;inks verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>&amp;Hide Stage</source>
        <translation>Phase &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Delete Stage…</source>
        <translation>Phase &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>Ebene &amp;umbenennen</translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation>Ebene &amp;darüber einfügen</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>Ebene da&amp;runter einfügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach u&amp;nten verschieben</translation>
    </message>
    <message>
        <source>&amp;Hide Lane</source>
        <translation>Ebene &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Delete Lane…</source>
        <translation>Ebene &amp;löschen …</translation>
    </message>
    <message>
        <source>Show Stage “%1”</source>
        <translation>Phase „%1“ einblenden</translation>
    </message>
    <message>
        <source>Show Lane “%1”</source>
        <translation>Ebene „%1“ einblenden</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Cards</source>
        <translation>Karten löschen</translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) to delete have %1 attached.</source>
        <translation>
            <numerusform>An der zu löschenden Karte hängen %1.</numerusform>
            <numerusform>An den %n zu löschenden Karten hängen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keep them: actions stay in the plan, comments and goals move to the card&apos;s stage. Delete them: comments and goals go, and actions that were only about these cards. Either way, Undo brings everything back.</source>
        <translation>Behalten: Maßnahmen bleiben im Plan, Kommentare und Ziele wandern zur Phase der Karte. Löschen: Kommentare und Ziele werden gelöscht, ebenso Maßnahmen, die nur diese Karten betrafen. In beiden Fällen stellt Rückgängig alles wieder her.</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Waymark::CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, channel %1</source>
        <translation>, Kanal %1</translation>
    </message>
    <message>
        <source>, owner %1</source>
        <translation>, verantwortlich %1</translation>
    </message>
    <message>
        <source>, emotion %1</source>
        <translation>, Emotion %1</translation>
    </message>
</context>
<context>
    <name>Waymark::ChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Most positive comments</source>
        <translation>Positivste Kommentare</translation>
    </message>
    <message>
        <source>Most negative comments</source>
        <translation>Negativste Kommentare</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Quartalsweise</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Trend:</source>
        <translation>&amp;Trend:</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Keine Journey</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>Touchpoint: %1</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>%1: no responses yet</source>
        <translation>%1: noch keine Antworten</translation>
    </message>
    <message>
        <source>Answers (%1)</source>
        <translation>Antworten (%1)</translation>
    </message>
    <message>
        <source>Answers: none yet</source>
        <translation>Antworten: noch keine</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation>Werte %1</translation>
    </message>
    <message>
        <source>%1 by quarter</source>
        <translation>%1 nach Quartal</translation>
    </message>
    <message>
        <source>%1 by month</source>
        <translation>%1 nach Monat</translation>
    </message>
    <message>
        <source>%1 by segment</source>
        <translation>%1 nach Segment</translation>
    </message>
    <message>
        <source>%1 by channel</source>
        <translation>%1 nach Kanal</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>%1 nach Phase</translation>
    </message>
</context>
<context>
    <name>Waymark::Cli</name>
    <message>
        <source>There is no journey called “%1”; the journeys are: %2.</source>
        <translation>Es gibt keine Journey namens „%1“; vorhandene Journeys: %2.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n card(s)</source>
        <translation>
            <numerusform>, %n Karte</numerusform>
            <numerusform>, %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>File: %1 (format version %2)</source>
        <translation>Datei: %1 (Formatversion %2)</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Journeys: %1</source>
        <translation>Journeys: %1</translation>
    </message>
    <message>
        <source>stages: %1</source>
        <translation>Phasen: %1</translation>
    </message>
    <message>
        <source>lanes: %1</source>
        <translation>Ebenen: %1</translation>
    </message>
    <message>
        <source>Try “waymark-cli help” for usage.</source>
        <translation>Hinweise zur Verwendung: „waymark-cli help“.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>--template and --from-json cannot be used together.</source>
        <translation>--template und --from-json können nicht zusammen verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %n journey(s)</source>
        <translation>
            <numerusform>%1 erstellt: %n Journey</numerusform>
            <numerusform>%1 erstellt: %n Journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose exactly one of --json, --csv, --pdf, --png or --svg.</source>
        <translation>Wählen Sie genau eine der Optionen --json, --csv, --pdf, --png oder --svg.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>Der Ordner von „%1“ existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n touchpoint(s): %1.</source>
        <translation>
            <numerusform>%n Touchpoint angelegt: %1.</numerusform>
            <numerusform>%n Touchpoints angelegt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 more rows were rejected; --rejects OUT.csv writes them all.</source>
        <translation>Weitere %1 Zeilen wurden abgelehnt; --rejects OUT.csv schreibt sie alle.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>--by takes card, stage, lane, channel, segment, month or quarter, not “%1”.</source>
        <translation>--by erwartet card, stage, lane, channel, segment, month oder quarter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--metric takes nps, csat, ces or rating, not “%1”.</source>
        <translation>--metric erwartet nps, csat, ces oder rating, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a date as yyyy-mm-dd, not “%2”.</source>
        <translation>--%1 erwartet ein Datum im Format yyyy-mm-dd, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>Could not read the responses of “%1”: %2</source>
        <translation>Die Antworten von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rated response(s)</source>
        <translation>
            <numerusform>%1: %n Antwort mit Wert</numerusform>
            <numerusform>%1: %n Antworten mit Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Journey total</source>
        <translation>Journey gesamt</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>± 95 %</source>
        <translation>± 95 %</translation>
    </message>
    <message>
        <source>%1 by %2:</source>
        <translation>%1 nach %2:</translation>
    </message>
    <message>
        <source>* fewer than 30 responses: a small sample, read with care.</source>
        <translation>* weniger als 30 Antworten: eine kleine Stichprobe, mit Vorsicht zu interpretieren.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9-10) minus % detractors (0-6), in points. CSAT: % of answers in the top two boxes (4-5 of 1-5). CES: mean effort score (1-7, higher is easier). Mean: mean score of --metric, or of the touchpoint&apos;s most frequent metric.</source>
        <translation>NPS: % Promotoren (9-10) minus % Kritiker (0-6), in Punkten. CSAT: % der Antworten in den Top-2-Boxen (4-5 von 1-5). CES: mittlerer Aufwandswert (1-7, höher ist leichter). Mittelwert: mittlerer Wert von --metric oder der häufigsten Kennzahl des Touchpoints.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: waymark-cli %1</source>
        <translation>Aufruf: waymark-cli %1</translation>
    </message>
    <message>
        <source>--%1 needs the name of the file to write.</source>
        <translation>--%1 braucht den Namen der zu schreibenden Datei.</translation>
    </message>
    <message>
        <source>--%1 applies to --pdf only.</source>
        <translation>--%1 gilt nur für --pdf.</translation>
    </message>
    <message>
        <source>--scale applies to --png only.</source>
        <translation>--scale gilt nur für --png.</translation>
    </message>
    <message>
        <source>--transparent applies to --png and --svg only.</source>
        <translation>--transparent gilt nur für --png und --svg.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not “%1”.</source>
        <translation>--paper erwartet a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 16, not “%1”.</source>
        <translation>--scale erwartet eine Zahl über 0 und höchstens 16, nicht „%1“.</translation>
    </message>
    <message>
        <source>The persona “%1” stands for no feedback segments; list its segments in Waymark (Personas) to filter by it.</source>
        <translation>Die Persona „%1“ steht für keine Feedback-Segmente; tragen Sie ihre Segmente in Waymark (Personas) ein, um danach zu filtern.</translation>
    </message>
    <message>
        <source>There is no persona called “%1”; the personas are: %2.</source>
        <translation>Es gibt keine Persona namens „%1“; die Personas sind: %2.</translation>
    </message>
    <message>
        <source>Responses of persona “%1” (segments: %2)</source>
        <translation>Antworten der Persona „%1“ (Segmente: %2)</translation>
    </message>
    <message>
        <source>Usage: waymark-cli COMMAND [ARGUMENTS] [OPTIONS]

Commands:
  new FILE [--template NAME] [--title TEXT] [--from-json MAP.json]
                          create a project from a template or a JSON map
  templates               list the templates
  info FILE [--json]      journeys, stages, lanes, card counts, schema version
  check FILE              identity, version, integrity and references
  stats FILE [--json] [--journey NAME] [--by GROUP] [--metric METRIC]
        [--from DATE] [--to DATE] [--segment SEGMENT] [--persona NAME]
                          NPS, CSAT, CES and mean score per touchpoint with their n
                          (* marks fewer than 30 responses), and journey totals;
                          --by card|stage|lane|channel|segment|month|quarter prints the
                          scores of one metric by group instead; METRIC is nps, csat,
                          ces or rating (default: the journey&apos;s most frequent one);
                          &quot;mean&quot; is the mean score of METRIC, or of each touchpoint&apos;s
                          most frequent metric; DATE is yyyy-mm-dd, both inclusive;
                          --persona counts only the responses of the segments the
                          persona stands for
  import FILE CSV [OPTIONS]
                          import customer feedback from a CSV file (one transaction,
                          one import batch) and print &quot;read N, imported N, skipped N,
                          rejected N&quot;; rows that cannot be used are rejected with their
                          line and reason. Without column options the columns are
                          guessed from the header. Options:
      --wide &quot;COLUMN=STAGE/TOUCHPOINT&quot;  (repeatable) a wide file: one respondent per
                          row, one column per touchpoint question
      --touchpoint-column, --stage-column, --score-column, --metric-column COLUMN
                          a long file: one response per row
      --date-column, --comment-column, --segment-column, --channel-column,
      --respondent-column COLUMN   columns of both layouts
      --metric nps|csat|ces|rating   --scale MIN-MAX   --na VALUE (repeatable;
                          empty, NA and N/A are always &quot;no answer&quot;)
      --date-format yyyy-MM-dd|dd/MM/yyyy|MM/dd/yyyy|&quot;MMMM yyyy&quot; (default: inferred)
      --delimiter CHAR|tab   --encoding UTF-8|UTF-16LE|UTF-16BE|windows-1252|ISO-8859-1
      --journey NAME   --source survey|review|social|interview|support_ticket|other
      --no-create    reject rows whose touchpoint does not exist instead of creating it
      --strict       import nothing when any row is rejected (exit status 1)
      --rejects OUT.csv   write the rejected rows: line, reason, then the row
  export FILE --json OUT [--journey NAME]
                          write the JSON map format (&quot;-&quot; for standard output)
  export FILE --csv OUT [--journey NAME]
                          write every response as CSV (&quot;-&quot; for standard output):
                          respondent, date, journey, stage, touchpoint, channel, segment,
                          metric, score, scale, comment, sentiment, source, batch; UTF-8
                          without a byte order mark; text cells that start with =, +, -,
                          @, a tab or a carriage return get a leading &apos; so that
                          spreadsheets do not run them as formulas
  export FILE --pdf OUT [--journey NAME] [--from DATE] [--to DATE]
        [--segment SEGMENT] [--persona NAME] [--paper a4|letter] [--sections LIST]
        [--logo FILE]
                          write the PDF report; LIST is a comma-separated choice of
                          cover, summary, map, stages, heatmap, plan, review, appendix
                          (default: all); --persona counts only the responses of the
                          persona&apos;s segments; --logo replaces the project&apos;s logo on the
                          cover
  export FILE --png OUT [--journey NAME] [--scale N] [--transparent]
  export FILE --svg OUT [--journey NAME] [--transparent]
                          write an image of the journey map (scale 1: the size on
                          screen at 96 dpi); runs without a display
  help                    show this help

Exit status: 0 success, 1 failure (message on standard error), 2 usage error.
</source>
        <translation>Aufruf: waymark-cli COMMAND [ARGUMENTS] [OPTIONS]

Befehle:
  new FILE [--template NAME] [--title TEXT] [--from-json MAP.json]
                          ein Projekt aus einer Vorlage oder einer JSON-Map erstellen
  templates               die Vorlagen auflisten
  info FILE [--json]      Journeys, Phasen, Ebenen, Kartenanzahl, Schemaversion
  check FILE              Identität, Version, Integrität und Verweise prüfen
  stats FILE [--json] [--journey NAME] [--by GROUP] [--metric METRIC]
        [--from DATE] [--to DATE] [--segment SEGMENT] [--persona NAME]
                          NPS, CSAT, CES und mittlerer Wert je Touchpoint mit ihrem n
                          (* kennzeichnet weniger als 30 Antworten) sowie Summen je
                          Journey; --by card|stage|lane|channel|segment|month|quarter
                          gibt stattdessen die Werte einer Kennzahl je Gruppe aus;
                          METRIC ist nps, csat, ces oder rating (Standard: die häufigste
                          der Journey); „Mittelwert“ ist der mittlere Wert von METRIC
                          oder der häufigsten Kennzahl jedes Touchpoints; DATE ist
                          yyyy-mm-dd, beide Grenzen einschließlich; --persona
                          zählt nur die Antworten der Segmente, für die die Persona
                          steht
  import FILE CSV [OPTIONS]
                          Kundenfeedback aus einer CSV-Datei importieren (eine
                          Transaktion, ein Importvorgang) und &quot;read N, imported N,
                          skipped N, rejected N&quot; ausgeben; unbrauchbare Zeilen werden
                          mit Zeilennummer und Grund abgelehnt. Ohne Spaltenoptionen
                          werden die Spalten aus der Kopfzeile erraten. Optionen:
      --wide &quot;COLUMN=STAGE/TOUCHPOINT&quot;  (wiederholbar) eine Datei im Breitformat:
                          eine befragte Person pro Zeile, eine Spalte pro Touchpoint-Frage
      --touchpoint-column, --stage-column, --score-column, --metric-column COLUMN
                          eine Datei im Langformat: eine Antwort pro Zeile
      --date-column, --comment-column, --segment-column, --channel-column,
      --respondent-column COLUMN   Spalten beider Formate
      --metric nps|csat|ces|rating   --scale MIN-MAX   --na VALUE (wiederholbar;
                          leer, NA und N/A bedeuten immer „keine Antwort“)
      --date-format yyyy-MM-dd|dd/MM/yyyy|MM/dd/yyyy|&quot;MMMM yyyy&quot; (Standard: erkannt)
      --delimiter CHAR|tab   --encoding UTF-8|UTF-16LE|UTF-16BE|windows-1252|ISO-8859-1
      --journey NAME   --source survey|review|social|interview|support_ticket|other
      --no-create    Zeilen ablehnen, deren Touchpoint fehlt, statt ihn anzulegen
      --strict       nichts importieren, wenn eine Zeile abgelehnt wird (Exit-Status 1)
      --rejects OUT.csv   abgelehnte Zeilen schreiben: Zeile, Grund, dann die Zeile
  export FILE --json OUT [--journey NAME]
                          im JSON-Map-Format schreiben (&quot;-&quot; für die Standardausgabe)
  export FILE --csv OUT [--journey NAME]
                          jede Antwort als CSV schreiben (&quot;-&quot; für die Standardausgabe):
                          respondent, date, journey, stage, touchpoint, channel, segment,
                          metric, score, scale, comment, sentiment, source, batch; UTF-8
                          ohne Byte Order Mark; Textzellen, die mit =, +, -, @, einem
                          Tabulator oder einem Wagenrücklauf beginnen, erhalten ein
                          führendes &apos;, damit Tabellenkalkulationen sie nicht als Formeln
                          ausführen
  export FILE --pdf OUT [--journey NAME] [--from DATE] [--to DATE]
        [--segment SEGMENT] [--persona NAME] [--paper a4|letter] [--sections LIST]
        [--logo FILE]
                          den PDF-Bericht schreiben; LIST ist eine kommagetrennte Auswahl
                          aus cover, summary, map, stages, heatmap, plan, review, appendix
                          (Standard: alle); --persona zählt nur die Antworten der Segmente
                          der Persona; --logo ersetzt das Logo des Projekts auf der
                          Titelseite
  export FILE --png OUT [--journey NAME] [--scale N] [--transparent]
  export FILE --svg OUT [--journey NAME] [--transparent]
                          ein Bild der Journey-Map schreiben (Maßstab 1: die Größe auf
                          dem Bildschirm bei 96 dpi); läuft ohne Bildschirm
  help                    diese Hilfe anzeigen

Exit-Status: 0 Erfolg, 1 Fehler (Meldung auf der Standardfehlerausgabe), 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>Waymark::ColorScheme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Waymark::Commands</name>
    <message>
        <source>Edit journey</source>
        <translation>Journey bearbeiten</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Ebene bearbeiten</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Karten verbinden</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
</context>
<context>
    <name>Waymark::CommentsPanel</name>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Prüfkommentare</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Kommentare anzeigen</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Alle Kommentare</translation>
    </message>
    <message>
        <source>On the selection</source>
        <translation>Zur Auswahl</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Kommentarverläufe</translation>
    </message>
    <message>
        <source>Double-click a comment to show its card on the map.</source>
        <translation>Doppelklicken Sie auf einen Kommentar, um seine Karte auf der Karte zu zeigen.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>card “%1”</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <source>stage “%1”</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>the journey</source>
        <translation>die Journey</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · zu %2</translation>
    </message>
    <message>
        <source>✓ Resolved · %1</source>
        <translation>✓ Erledigt · %1</translation>
    </message>
    <message>
        <source>No unresolved comments.</source>
        <translation>Keine offenen Kommentare.</translation>
    </message>
    <message>
        <source>No comments on %1 yet.</source>
        <translation>Noch keine Kommentare zu %1.</translation>
    </message>
    <message>
        <source>No comments yet. Select a card or stage on the map and write below (Ctrl+Alt+M).</source>
        <translation>Noch keine Kommentare. Wählen Sie eine Karte oder Phase auf der Karte und schreiben Sie unten (Strg+Alt+M).</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Kommentar zu %1:</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben …</translation>
    </message>
    <message>
        <source>Open a project to review it.</source>
        <translation>Öffnen Sie ein Projekt, um es zu prüfen.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>outdated — the project changed after this sign-off</source>
        <translation>veraltet – das Projekt wurde nach dieser Freigabe geändert</translation>
    </message>
    <message>
        <source>Nobody has signed off yet.</source>
        <translation>Noch niemand hat freigegeben.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Only the author can delete a comment.</source>
        <translation>Nur der Verfasser kann einen Kommentar löschen.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Comments and sign-offs carry your name. Your name:</source>
        <translation>Kommentare und Freigaben tragen Ihren Namen. Ihr Name:</translation>
    </message>
</context>
<context>
    <name>Waymark::CompareDialog</name>
    <message>
        <source>Current and Future State</source>
        <translation>Ist- und Soll-Zustand</translation>
    </message>
    <message>
        <source>“%1” compared with “%2”: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>„%1“ im Vergleich mit „%2“: %3 hinzugefügt, %4 entfernt, %5 geändert, %6 unverändert.</translation>
    </message>
    <message>
        <source>Changed cards</source>
        <translation>Geänderte Karten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>No differences yet.</source>
        <translation>Noch keine Unterschiede.</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
</context>
<context>
    <name>Waymark::CreateActionFromCardCommand</name>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Create action from card</source>
        <translation>Maßnahme aus Karte erstellen</translation>
    </message>
    <message>
        <source>Create action from “%1”</source>
        <translation>Maßnahme aus „%1“ erstellen</translation>
    </message>
</context>
<context>
    <name>Waymark::CsvReader</name>
    <message>
        <source>the data</source>
        <translation>Eingabedaten</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Lesen von %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Unknown text encoding “%1”; use UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1.</source>
        <translation>Unbekannte Textkodierung „%1“; verwenden Sie UTF-8, UTF-16LE, UTF-16BE, windows-1252 oder ISO-8859-1.</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>Das Trennzeichen darf weder ein Anführungszeichen noch ein Zeilenumbruch sein.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is longer than %2 characters; is its closing quote missing?</source>
        <translation>Das Feld in Anführungszeichen, das in Zeile %1 beginnt, ist länger als %2 Zeichen; fehlt das schließende Anführungszeichen?</translation>
    </message>
    <message>
        <source>The field that starts on line %1 is longer than %2 characters.</source>
        <translation>Das Feld, das in Zeile %1 beginnt, ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 has more than %2 fields.</source>
        <translation>Der Datensatz, der in Zeile %1 beginnt, hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>Das Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nicht geschlossen: Ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: read with care.</source>
        <translation>Weniger als 30 Antworten: mit Vorsicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Monthly %1 over the last %n month(s)</source>
        <translation>
            <numerusform>%1 pro Monat im letzten Monat</numerusform>
            <numerusform>%1 pro Monat in den letzten %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 on the previous month</source>
        <translation>%1 %2 gegenüber dem Vormonat</translation>
    </message>
    <message>
        <source>Not enough responses per touchpoint yet.</source>
        <translation>Noch nicht genug Antworten je Touchpoint.</translation>
    </message>
    <message>
        <source>Weakest touchpoints (%1)</source>
        <translation>Schwächste Touchpoints (%1)</translation>
    </message>
    <message>
        <source>No goals yet — set one with Actions &gt; New Goal…</source>
        <translation>Noch keine Ziele – legen Sie eins an mit Maßnahmen &gt; Neues Ziel …</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No actions yet — create one from a pain point on the map.</source>
        <translation>Noch keine Maßnahmen – erstellen Sie eine aus einem Schmerzpunkt auf der Karte.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>the journey</source>
        <translation>die Journey</translation>
    </message>
    <message>
        <source>%1 on %2 · %3</source>
        <translation>%1 zu %2 · %3</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Latest comments</source>
        <translation>Neueste Kommentare</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message numerus="yes">
        <source>said %n time(s)</source>
        <translation>
            <numerusform>%n-mal gesagt</numerusform>
            <numerusform>%n-mal gesagt</numerusform>
        </translation>
    </message>
    <message>
        <source>No negative comments recently.</source>
        <translation>Zuletzt keine negativen Kommentare.</translation>
    </message>
    <message>
        <source>Most negative recent verbatims</source>
        <translation>Negativste aktuelle Originalzitate</translation>
    </message>
    <message>
        <source>No journey to show.</source>
        <translation>Keine Journey zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No feedback yet — import a survey with File &gt; Import Feedback…</source>
        <translation>Noch kein Feedback – importieren Sie eine Umfrage mit Datei &gt; Feedback importieren …</translation>
    </message>
    <message>
        <source>No feedback %1 yet.</source>
        <translation>Noch kein Feedback %1.</translation>
    </message>
</context>
<context>
    <name>Waymark::Document</name>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>%1 (%2, process %3%4) since %5</source>
        <translation>%1 (%2, Prozess %3%4) seit %5</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>Der Ordner von „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is not writable.</source>
        <translation>„%1“ kann nicht erstellt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not a Waymark project.</source>
        <translation>„%1“ ist leer und daher kein Waymark-Projekt.</translation>
    </message>
    <message>
        <source>“%1” is not a Waymark project (it is not a database file).</source>
        <translation>„%1“ ist kein Waymark-Projekt (es ist keine Datenbankdatei).</translation>
    </message>
    <message>
        <source>“%1” is incomplete: the file is shorter than its content says. It may have been cut off while it was copied or downloaded.</source>
        <translation>„%1“ ist unvollständig: Die Datei ist kürzer, als ihr Inhalt angibt. Möglicherweise wurde sie beim Kopieren oder Herunterladen abgeschnitten.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Waymark project.</source>
        <translation>„%1“ ist eine Datenbank einer anderen Anwendung, kein Waymark-Projekt.</translation>
    </message>
    <message>
        <source>“%1” belongs to another application (application id 0x%2), not to Waymark.</source>
        <translation>„%1“ gehört zu einer anderen Anwendung (Anwendungs-ID 0x%2), nicht zu Waymark.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Waymark (file format version %2); this Waymark reads versions up to %3. Please update Waymark to open it.</source>
        <translation>„%1“ wurde mit einer neueren Waymark-Version gespeichert (Dateiformatversion %2); diese Version liest Dateiformatversionen bis %3. Bitte aktualisieren Sie Waymark, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” has an unknown file format version (%2).</source>
        <translation>„%1“ hat eine unbekannte Dateiformatversion (%2).</translation>
    </message>
    <message>
        <source>“%1” is write-protected, so it is open read-only.</source>
        <translation>„%1“ ist schreibgeschützt und wurde daher nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is in use by %2.</source>
        <translation>„%1“ wird gerade von %2 verwendet.</translation>
    </message>
    <message>
        <source>The folder of “%1” is write-protected, so it is open read-only.</source>
        <translation>Der Ordner von „%1“ ist schreibgeschützt, daher wurde die Datei nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” was made by an older Waymark (file format version %2) and must be upgraded, which needs write access.</source>
        <translation>„%1“ wurde mit einer älteren Waymark-Version erstellt (Dateiformatversion %2) und muss aktualisiert werden; dafür ist Schreibzugriff erforderlich.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened safely: %2</source>
        <translation>„%1“ kann nicht sicher geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely (%2).</source>
        <translation>„%1“ ist beschädigt und kann nicht sicher geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>“%1” contains database code that Waymark did not create (%2) and is refused for safety.</source>
        <translation>„%1“ enthält Datenbankcode, der nicht von Waymark stammt (%2), und wird aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” is not a complete Waymark project: the table “%2” is missing.</source>
        <translation>„%1“ ist kein vollständiges Waymark-Projekt: Die Tabelle „%2“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not a complete Waymark project: the column “%2.%3” is missing.</source>
        <translation>„%1“ ist kein vollständiges Waymark-Projekt: Die Spalte „%2.%3“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded, but its backup copy could not be written: %2</source>
        <translation>„%1“ muss aktualisiert werden, aber die Sicherungskopie konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from version %2 (%3); it was left unchanged.</source>
        <translation>„%1“ konnte nicht von Version %2 aktualisiert werden (%3); die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation>die Kopie konnte nicht vollständig auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>the written copy did not pass its integrity check</source>
        <translation>die geschriebene Kopie hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Could not write “%1”: the folder is not writable.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Waymark project.</source>
        <translation>„%1“ ist ein Ordner, kein Waymark-Projekt.</translation>
    </message>
    <message>
        <source>broken references in the table “%1”</source>
        <translation>fehlerhafte Verweise in der Tabelle „%1“</translation>
    </message>
    <message>
        <source>Identity: Waymark project (application id 0x%1)</source>
        <translation>Identität: Waymark-Projekt (Anwendungs-ID 0x%1)</translation>
    </message>
    <message>
        <source>Version: %1 (this Waymark writes %2)</source>
        <translation>Version: %1 (diese Waymark-Version schreibt %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrität: OK</translation>
    </message>
    <message>
        <source>References: ok</source>
        <translation>Verweise: OK</translation>
    </message>
    <message>
        <source>Schema: ok</source>
        <translation>Schema: OK</translation>
    </message>
</context>
<context>
    <name>Waymark::Domain</name>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedanke</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone / contact centre</source>
        <translation>Telefon / Kontaktcenter</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Anderer Kanal</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Andere Quelle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
</context>
<context>
    <name>Waymark::DuplicateJourneyCommand</name>
    <message>
        <source>Create future state of “%1”</source>
        <translation>Soll-Zustand von „%1“ erstellen</translation>
    </message>
    <message>
        <source>Duplicate journey “%1”</source>
        <translation>Journey „%1“ duplizieren</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (Soll-Zustand)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>Waymark::EditCommentCommand</name>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
</context>
<context>
    <name>Waymark::EditFeedbackCommand</name>
    <message>
        <source>Edit response</source>
        <translation>Antwort bearbeiten</translation>
    </message>
</context>
<context>
    <name>Waymark::EmotionCompareChart</name>
    <message>
        <source>Emotion curves of the current and the future state</source>
        <translation>Emotionskurven von Ist- und Soll-Zustand</translation>
    </message>
</context>
<context>
    <name>Waymark::EmotionCurveItem</name>
    <message>
        <source>- - from customer feedback</source>
        <translation>- - aus Kundenfeedback</translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackDelegate</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A score from %1 to %2</source>
        <translation>Ein Wert von %1 bis %2</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Kein Touchpoint</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackExporter</name>
    <message>
        <source>The responses could not be read: %1.</source>
        <translation>Die Antworten konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The responses could not be written: %1.</source>
        <translation>Die Antworten konnten nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackImporter</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header and no rows.</source>
        <translation>„%1“ ist leer: Die Datei hat weder eine Kopfzeile noch Zeilen.</translation>
    </message>
    <message>
        <source>“%1” does not match the mapping. %2</source>
        <translation>„%1“ passt nicht zur Zuordnung. %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The column “%1” is not in the file&apos;s header, which has: %2.</source>
        <translation>Die Spalte „%1“ steht nicht in der Kopfzeile der Datei; diese enthält: %2.</translation>
    </message>
    <message>
        <source>There is no touchpoint called “%1” in the journey “%2”, and creating touchpoints is switched off.</source>
        <translation>In der Journey „%2“ gibt es keinen Touchpoint namens „%1“, und das Anlegen von Touchpoints ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>There is no touchpoint called “%1” in the journey “%2”, and no stage is named to create it in.</source>
        <translation>In der Journey „%2“ gibt es keinen Touchpoint namens „%1“, und es ist keine Phase angegeben, in der er angelegt werden kann.</translation>
    </message>
    <message>
        <source>There is no stage called “%1” in the journey “%2”.</source>
        <translation>In der Journey „%2“ gibt es keine Phase namens „%1“.</translation>
    </message>
    <message>
        <source>The journey “%1” has no lane to put the new touchpoint “%2” in.</source>
        <translation>Die Journey „%1“ hat keine Ebene, in die der neue Touchpoint „%2“ gelegt werden kann.</translation>
    </message>
    <message>
        <source>“%1” has no journey to import the feedback into.</source>
        <translation>„%1“ hat keine Journey, in die das Feedback importiert werden kann.</translation>
    </message>
    <message>
        <source>There is no journey called “%1”; the journeys are: %2.</source>
        <translation>Es gibt keine Journey namens „%1“; vorhandene Journeys: %2.</translation>
    </message>
    <message>
        <source>The mapping names no score column; choose the column that holds the scores.</source>
        <translation>Die Zuordnung nennt keine Wertespalte; wählen Sie die Spalte, die die Werte enthält.</translation>
    </message>
    <message>
        <source>The mapping names no question columns for the wide layout.</source>
        <translation>Die Zuordnung nennt keine Fragenspalten für das Breitformat.</translation>
    </message>
    <message>
        <source>Choose the metric of the wide layout&apos;s columns: NPS, CSAT, CES or rating.</source>
        <translation>Wählen Sie die Kennzahl der Spalten im Breitformat: NPS, CSAT, CES oder Rating.</translation>
    </message>
    <message>
        <source>Every wide column needs a column name and a touchpoint.</source>
        <translation>Jede Spalte im Breitformat braucht einen Spaltennamen und einen Touchpoint.</translation>
    </message>
    <message>
        <source>The scale %1–%2 is not valid: its minimum must be below its maximum.</source>
        <translation>Die Skala %1–%2 ist ungültig: Ihr Minimum muss unter ihrem Maximum liegen.</translation>
    </message>
    <message>
        <source>The date format “%1” is not known; use one of %2.</source>
        <translation>Das Datumsformat „%1“ ist unbekannt; verwenden Sie eines dieser Formate: %2.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CSV file.</source>
        <translation>„%1“ ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>“%1” has a header but no rows of data.</source>
        <translation>„%1“ hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Dates in the column “%1” were read as day/month/year, since some (such as “%2”) cannot be month/day/year.</source>
        <translation>Die Datumsangaben in der Spalte „%1“ wurden als Tag/Monat/Jahr gelesen, da einige (etwa „%2“) nicht Monat/Tag/Jahr sein können.</translation>
    </message>
    <message>
        <source>Dates in the column “%1” were read as month/day/year, since some (such as “%2”) cannot be day/month/year.</source>
        <translation>Die Datumsangaben in der Spalte „%1“ wurden als Monat/Tag/Jahr gelesen, da einige (etwa „%2“) nicht Tag/Monat/Jahr sein können.</translation>
    </message>
    <message>
        <source>The dates in the column “%1” could be day/month or month/day; they were read as month/day/year, as your language writes dates. Choose the date format if that is wrong.</source>
        <translation>Die Datumsangaben in der Spalte „%1“ könnten Tag/Monat oder Monat/Tag sein; sie wurden als Monat/Tag/Jahr gelesen, so wie Ihre Sprache Datumsangaben schreibt. Wählen Sie das Datumsformat, falls das falsch ist.</translation>
    </message>
    <message>
        <source>The dates in the column “%1” could be day/month or month/day; they were read as day/month/year. Choose the date format if that is wrong.</source>
        <translation>Die Datumsangaben in der Spalte „%1“ könnten Tag/Monat oder Monat/Tag sein; sie wurden als Tag/Monat/Jahr gelesen. Wählen Sie das Datumsformat, falls das falsch ist.</translation>
    </message>
    <message>
        <source>The column mixes both orders; the dates that do not fit were rejected.</source>
        <translation>Die Spalte mischt beide Reihenfolgen; die Datumsangaben, die nicht passen, wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The date “%1” in the column “%2” cannot be read; write dates as yyyy-mm-dd, dd/mm/yyyy, mm/dd/yyyy or “August 2023”.</source>
        <translation>Das Datum „%1“ in der Spalte „%2“ kann nicht gelesen werden; schreiben Sie Datumsangaben als yyyy-mm-dd, dd/mm/yyyy, mm/dd/yyyy oder „August 2023“.</translation>
    </message>
    <message>
        <source>The score “%1” in the column “%2” is not a number.</source>
        <translation>Der Wert „%1“ in der Spalte „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The score %1 in the column “%2” is outside the %3 scale %4–%5.</source>
        <translation>Der Wert %1 in der Spalte „%2“ liegt außerhalb der %3-Skala %4–%5.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile dagegen %3.</translation>
    </message>
    <message>
        <source>The row has %1 fields, so it has no value for the column “%2”.</source>
        <translation>Die Zeile hat %1 Felder und daher keinen Wert für die Spalte „%2“.</translation>
    </message>
    <message>
        <source>The metric “%1” is not known; use nps, csat, ces or rating.</source>
        <translation>Die Kennzahl „%1“ ist unbekannt; verwenden Sie nps, csat, ces oder rating.</translation>
    </message>
    <message>
        <source>Another %1 rows have more or fewer fields than the header.</source>
        <translation>Weitere %1 Zeilen haben mehr oder weniger Felder als die Kopfzeile.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that repeat an earlier row exactly: %n (the first on line %1); they were imported as they are.</source>
        <translation>
            <numerusform>Zeilen, die eine frühere Zeile genau wiederholen: %n (in Zeile %1); sie wurde unverändert importiert.</numerusform>
            <numerusform>Zeilen, die eine frühere Zeile genau wiederholen: %n (die erste in Zeile %1); sie wurden unverändert importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows with a channel Waymark does not know (such as “%1”): %n; it was stored as “other”.</source>
        <translation>
            <numerusform>Zeilen mit einem Kanal, den Waymark nicht kennt („%1“): %n; der Kanal wurde als „Anderer Kanal“ gespeichert.</numerusform>
            <numerusform>Zeilen mit einem Kanal, den Waymark nicht kennt (etwa „%1“): %n; der Kanal wurde als „Anderer Kanal“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentiment lexicon is missing from this installation, so the comments have no sentiment.</source>
        <translation>Das Stimmungslexikon fehlt in dieser Installation, daher haben die Kommentare keine Stimmung.</translation>
    </message>
    <message>
        <source>“%1” cannot be read to its end: %2</source>
        <translation>„%1“ kann nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <source>Feedback cannot be imported: %1</source>
        <translation>Feedback kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for the import: %2</source>
        <translation>„%1“ kann für den Import nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is being changed by another program, so the feedback could not be imported; try again in a moment.</source>
        <translation>„%1“ wird gerade von einem anderen Programm geändert, daher konnte das Feedback nicht importiert werden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The import could not start:</source>
        <translation>Der Import konnte nicht beginnen:</translation>
    </message>
    <message>
        <source>The project could not be read:</source>
        <translation>Das Projekt konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <source>The import could not be recorded:</source>
        <translation>Der Import konnte nicht protokolliert werden:</translation>
    </message>
    <message>
        <source>The responses could not be written to “%1”: %2.</source>
        <translation>Die Antworten konnten nicht in „%1“ geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>“%1” was not imported because a row was rejected (strict mode): line %2: %3</source>
        <translation>„%1“ wurde nicht importiert, weil eine Zeile abgelehnt wurde (strikter Modus): Zeile %2: %3</translation>
    </message>
    <message>
        <source>“%1” could not be read a second time to compute its fingerprint.</source>
        <translation>„%1“ konnte kein zweites Mal gelesen werden, um den Fingerabdruck der Datei zu berechnen.</translation>
    </message>
    <message>
        <source>The import could not be saved:</source>
        <translation>Der Import konnte nicht gespeichert werden:</translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Add Response…</source>
        <translation>Antwort &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Touchpoint or stage</source>
        <translation>Touchpoint oder Phase</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Alle Kennzahlen</translation>
    </message>
    <message>
        <source>Only responses on or after this date</source>
        <translation>Nur Antworten ab diesem Datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>Only responses on or before this date</source>
        <translation>Nur Antworten bis zu diesem Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Search responses</source>
        <translation>Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Search comments and respondents</source>
        <translation>Kommentare und Befragte durchsuchen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Delete the selected responses</source>
        <translation>Die ausgewählten Antworten löschen</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>Whole journey: %1</source>
        <translation>Ganze Journey: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Kein Touchpoint</translation>
    </message>
    <message numerus="yes">
        <source>%n selected card(s)</source>
        <translation>
            <numerusform>%n ausgewählte Karte</numerusform>
            <numerusform>%n ausgewählte Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a response by hand</source>
        <translation>Eine Antwort von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Delete Responses</source>
        <translation>Antworten löschen</translation>
    </message>
    <message>
        <source>Select at most %L1 responses to delete at once.</source>
        <translation>Wählen Sie zum Löschen höchstens %L1 Antworten auf einmal aus.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln response(s)?</source>
        <translation>
            <numerusform>%Ln Antwort löschen?</numerusform>
            <numerusform>%Ln Antworten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte(r)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>(deleted touchpoint)</source>
        <translation>(gelöschter Touchpoint)</translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation>%1 auf einer Skala von %2 bis %3</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>Waymark::GoalDialog</name>
    <message>
        <source>New Goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Checkout NPS at least +40</source>
        <translation>z. B. Checkout-NPS mindestens +40</translation>
    </message>
    <message>
        <source>2027-Q2, 2027-06 or 2027</source>
        <translation>2027-Q2, 2027-06 oder 2027</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bezug:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write the period as 2027-Q2, 2027-06 or 2027.</source>
        <translation>Schreiben Sie den Zeitraum als 2027-Q2, 2027-06 oder 2027.</translation>
    </message>
</context>
<context>
    <name>Waymark::GoalProgressCalculator</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>There are no %1 responses about “%2” yet, so progress cannot be measured.</source>
        <translation>Zu „%2“ gibt es noch keine %1-Antworten, daher lässt sich der Fortschritt nicht messen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>There are no %1 responses about “%2” in the reporting period (%3), so progress cannot be measured.</source>
        <translation>Zu „%2“ gibt es im Berichtszeitraum (%3) keine %1-Antworten, daher lässt sich der Fortschritt nicht messen.</translation>
    </message>
    <message>
        <source>%1 for “%2” is %3 (n = %4) from %5</source>
        <translation>%1 für „%2“ beträgt %3 (n = %4) von %5</translation>
    </message>
    <message>
        <source> Fewer than 30 responses: treat it with care.</source>
        <translation> Weniger als 30 Antworten: mit Vorsicht interpretieren.</translation>
    </message>
    <message>
        <source>%1, at or above the target of %2.</source>
        <translation>%1, auf oder über dem Zielwert von %2.</translation>
    </message>
    <message>
        <source>%1, at or below the target of %2.</source>
        <translation>%1, auf oder unter dem Zielwert von %2.</translation>
    </message>
    <message>
        <source>%1, below the target of %2</source>
        <translation>%1, unter dem Zielwert von %2</translation>
    </message>
    <message>
        <source>%1, above the target of %2</source>
        <translation>%1, über dem Zielwert von %2</translation>
    </message>
    <message>
        <source>%1, and the due period %2 has ended.</source>
        <translation>%1, und der Fälligkeitszeitraum %2 ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1, but it changed by %2 since the previous 90 days: at this pace it reaches the target by %3.</source>
        <translation>%1, hat sich aber gegenüber den vorherigen 90 Tagen um %2 verändert: In diesem Tempo wird der Zielwert bis %3 erreicht.</translation>
    </message>
    <message>
        <source>%1, but within the margin of error (±%2).</source>
        <translation>%1, aber innerhalb der Fehlertoleranz (±%2).</translation>
    </message>
    <message>
        <source>%1, by more than the margin of error.</source>
        <translation>%1, und zwar um mehr als die Fehlertoleranz.</translation>
    </message>
    <message>
        <source>%1, by more than the margin of error, with no earlier responses to show a trend.</source>
        <translation>%1, und zwar um mehr als die Fehlertoleranz, ohne frühere Antworten, die einen Trend zeigen könnten.</translation>
    </message>
    <message>
        <source>%1, and at the pace since the previous 90 days (%2) it does not reach the target by %3.</source>
        <translation>%1, und im Tempo seit den vorherigen 90 Tagen (%2) wird der Zielwert bis %3 nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>Waymark::GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;New Goal</source>
        <translation>&amp;Neues Ziel</translation>
    </message>
    <message>
        <source>Goals and their progress</source>
        <translation>Ziele und ihr Fortschritt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source> ± %1</source>
        <translation> ± %1</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: read with care.</source>
        <translation>Weniger als 30 Antworten: mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>Open a project to set goals.</source>
        <translation>Öffnen Sie ein Projekt, um Ziele zu setzen.</translation>
    </message>
    <message>
        <source>No goals yet. A goal is a target for a score, e.g. “NPS at least +40 at checkout by 2027-Q2”. Click New Goal to set one.</source>
        <translation>Noch keine Ziele. Ein Ziel ist ein Zielwert für eine Kennzahl, z. B. „NPS mindestens +40 beim Checkout bis 2027-Q2“. Klicken Sie auf „Neues Ziel“.</translation>
    </message>
</context>
<context>
    <name>Waymark::HeatmapModel</name>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: no responses</source>
        <translation>%1 / %2: keine Antworten</translation>
    </message>
</context>
<context>
    <name>Waymark::HeatmapView</name>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Scores by stage and channel</source>
        <translation>Werte nach Phase und Kanal</translation>
    </message>
    <message>
        <source>Stage × channel</source>
        <translation>Phase × Kanal</translation>
    </message>
    <message>
        <source>Stage × lane</source>
        <translation>Phase × Ebene</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>Colours follow the project&apos;s score thresholds; * marks fewer than 30 responses.</source>
        <translation>Die Farben folgen den Wertschwellen des Projekts; * kennzeichnet weniger als 30 Antworten.</translation>
    </message>
    <message>
        <source>%1 by stage and lane</source>
        <translation>%1 nach Phase und Ebene</translation>
    </message>
    <message>
        <source>%1 by stage and channel</source>
        <translation>%1 nach Phase und Kanal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Waymark::ImportFeedbackCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>Waymark::ImportMapping</name>
    <message>
        <source>“%1” does not describe a wide column; write COLUMN=STAGE/TOUCHPOINT.</source>
        <translation>„%1“ beschreibt keine Spalte im Breitformat; schreiben Sie COLUMN=STAGE/TOUCHPOINT.</translation>
    </message>
    <message>
        <source>“%1” names no column before the “=”; write COLUMN=STAGE/TOUCHPOINT.</source>
        <translation>„%1“ nennt keine Spalte vor dem „=“; schreiben Sie COLUMN=STAGE/TOUCHPOINT.</translation>
    </message>
    <message>
        <source>“%1” names no touchpoint; write COLUMN=STAGE/TOUCHPOINT.</source>
        <translation>„%1“ nennt keinen Touchpoint; schreiben Sie COLUMN=STAGE/TOUCHPOINT.</translation>
    </message>
</context>
<context>
    <name>Waymark::ImportRepository</name>
    <message>
        <source>No database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
</context>
<context>
    <name>Waymark::ImportWizard</name>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>&amp;Touchpoint:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>W&amp;ert:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Befragte(r):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Choose the feedback file</source>
        <translation>Feedbackdatei auswählen</translation>
    </message>
    <message>
        <source>A CSV, TSV or semicolon-separated export from a survey tool or review site. Encoding and separator are detected; change them if the preview looks wrong.</source>
        <translation>Ein CSV-, TSV- oder durch Semikolons getrennter Export aus einem Umfragetool oder von einer Bewertungsplattform. Kodierung und Trennzeichen werden erkannt; ändern Sie sie, wenn die Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>Feedback importieren</translation>
    </message>
    <message>
        <source>Feedback files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Feedbackdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>How is the file laid out?</source>
        <translation>Wie ist die Datei aufgebaut?</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>&amp;Long: one response per row, with columns for touchpoint and score</source>
        <translation>&amp;Langformat: eine Antwort pro Zeile, mit Spalten für Touchpoint und Wert</translation>
    </message>
    <message>
        <source>&amp;Wide: one respondent per row, one column per touchpoint question</source>
        <translation>&amp;Breitformat: eine befragte Person pro Zeile, eine Spalte pro Touchpoint-Frage</translation>
    </message>
    <message>
        <source>Most survey tools export the wide layout: a row per respondent with a rating column for each question. Review sites and data warehouses usually give the long one.</source>
        <translation>Die meisten Umfragetools exportieren das Breitformat: eine Zeile pro befragter Person mit einer Bewertungsspalte für jede Frage. Bewertungsplattformen und Data Warehouses liefern meist das Langformat.</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>Which columns hold what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>Waymark guessed from the column names; correct what it got wrong.</source>
        <translation>Waymark hat die Zuordnung aus den Spaltennamen erraten; korrigieren Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Tick the columns that hold scores; each becomes responses on one touchpoint.</source>
        <translation>Haken Sie die Spalten an, die Werte enthalten; aus jeder werden Antworten zu einem Touchpoint.</translation>
    </message>
    <message>
        <source>Score columns</source>
        <translation>Wertespalten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Choose the column that holds the scores.</source>
        <translation>Wählen Sie die Spalte, die die Werte enthält.</translation>
    </message>
    <message>
        <source>Tick at least one column that holds scores.</source>
        <translation>Haken Sie mindestens eine Spalte an, die Werte enthält.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Scales and missing answers</source>
        <translation>Skalen und fehlende Antworten</translation>
    </message>
    <message>
        <source>e.g. 0, Don&apos;t know</source>
        <translation>z. B. 0, Weiß nicht</translation>
    </message>
    <message>
        <source>Detect from the data</source>
        <translation>Aus den Daten erkennen</translation>
    </message>
    <message>
        <source>2026-03-31</source>
        <translation>2026-03-31</translation>
    </message>
    <message>
        <source>31/03/2026 (day first)</source>
        <translation>31/03/2026 (Tag zuerst)</translation>
    </message>
    <message>
        <source>03/31/2026 (month first)</source>
        <translation>03/31/2026 (Monat zuerst)</translation>
    </message>
    <message>
        <source>March 2026 (month and year)</source>
        <translation>März 2026 (Monat und Jahr)</translation>
    </message>
    <message>
        <source>Create &amp;touchpoints that are not on the map yet</source>
        <translation>&amp;Touchpoints anlegen, die noch nicht auf der Map sind</translation>
    </message>
    <message>
        <source>Import nothing if any row is re&amp;jected</source>
        <translation>Nichts importieren, wenn eine Zeile a&amp;bgelehnt wird</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Metric of the scores:</source>
        <translation>&amp;Kennzahl der Werte:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>&amp;No answer also means:</source>
        <translation>Als „keine Antwort“ &amp;gilt auch:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Empty cells, “NA” and “N/A” are always skipped as no answer and never enter a score. Values outside the scale are rejected with their line number.</source>
        <translation>Leere Zellen, „NA“ und „N/A“ werden immer als „keine Antwort“ übersprungen und fließen nie in einen Wert ein. Werte außerhalb der Skala werden mit ihrer Zeilennummer abgelehnt.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>The top of the scale must be above its bottom.</source>
        <translation>Das obere Ende der Skala muss über dem unteren liegen.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Responses go to the touchpoints of the map with the same title (ignoring case and spaces).</source>
        <translation>Antworten werden den Touchpoints der Map mit demselben Titel zugeordnet (ohne Beachtung von Groß-/Kleinschreibung und Leerzeichen).</translation>
    </message>
    <message>
        <source>Touchpoints found on the map</source>
        <translation>Auf der Map gefundene Touchpoints</translation>
    </message>
    <message>
        <source>Touchpoints to create</source>
        <translation>Anzulegende Touchpoints</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Map</translation>
    </message>
    <message>
        <source>To be created</source>
        <translation>Werden angelegt</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>These stages are not in the journey, so their rows will be rejected: %1.</source>
        <translation>Diese Phasen gibt es in der Journey nicht, daher werden ihre Zeilen abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Creating touchpoints is off: rows for touchpoints that are not on the map will be rejected.</source>
        <translation>Das Anlegen von Touchpoints ist ausgeschaltet: Zeilen für Touchpoints, die nicht auf der Map sind, werden abgelehnt.</translation>
    </message>
    <message>
        <source>No touchpoint column: every response counts for the journey as a whole.</source>
        <translation>Keine Touchpoint-Spalte: Jede Antwort zählt für die Journey als Ganzes.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen speichern …</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Read %1 rows: imported %2 responses, skipped %3 answers marked as no answer, rejected %4 rows.</source>
        <translation>%1 Zeilen gelesen: %2 Antworten importiert, %3 als „keine Antwort“ markierte Antworten übersprungen, %4 Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>New touchpoints on the map: %1.</source>
        <translation>Neue Touchpoints auf der Map: %1.</translation>
    </message>
    <message>
        <source>Edit → Undo removes this import.</source>
        <translation>Bearbeiten → Rückgängig entfernt diesen Import.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, separated by %2, %n column(s).</source>
        <translation>
            <numerusform>Kodierung %1, getrennt durch %2, %n Spalte.</numerusform>
            <numerusform>Kodierung %1, getrennt durch %2, %n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Bottom of the scale</source>
        <translation>Unteres Ende der Skala</translation>
    </message>
    <message>
        <source>Top of the scale</source>
        <translation>Oberes Ende der Skala</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Feedback is being imported. The project can be changed again when the import is done.</source>
        <translation>Feedback wird importiert. Das Projekt kann wieder geändert werden, wenn der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>the project refused the import (%1).</source>
        <translation>das Projekt hat den Import abgelehnt (%1).</translation>
    </message>
    <message>
        <source>the project refused the import (%1), and its responses could not be removed from the file: %2</source>
        <translation>das Projekt hat den Import abgelehnt (%1), und seine Antworten konnten nicht aus der Datei entfernt werden: %2</translation>
    </message>
    <message>
        <source>Finished, but the project could not record the import as an undo step.</source>
        <translation>Fertig, aber das Projekt konnte den Import nicht als rückgängig machbaren Schritt speichern.</translation>
    </message>
</context>
<context>
    <name>Waymark::InlineEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>Waymark::InspectorPanel</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Open a project to see the properties of what you select.</source>
        <translation>Öffnen Sie ein Projekt, um die Eigenschaften der Auswahl zu sehen.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation>Kartenbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change stage description</source>
        <translation>Phasenbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change journey description</source>
        <translation>Journey-Beschreibung ändern</translation>
    </message>
    <message>
        <source>Team or role responsible</source>
        <translation>Verantwortliches Team oder verantwortliche Rolle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>+2 Delighted</source>
        <translation>+2 Begeistert</translation>
    </message>
    <message>
        <source>+1 Pleased</source>
        <translation>+1 Zufrieden</translation>
    </message>
    <message>
        <source>0 Neutral</source>
        <translation>0 Neutral</translation>
    </message>
    <message>
        <source>−1 Annoyed</source>
        <translation>−1 Verärgert</translation>
    </message>
    <message>
        <source>−2 Frustrated</source>
        <translation>−2 Frustriert</translation>
    </message>
    <message>
        <source> stage(s)</source>
        <translation> Phase(n)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Use the colour of the card&apos;s kind</source>
        <translation>Die Farbe des Kartentyps verwenden</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>&amp;Emotion:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>&amp;Spans:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Change card kind</source>
        <translation>Kartentyp ändern</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Verantwortlich ändern</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Emotion ändern</translation>
    </message>
    <message>
        <source>Change evidence</source>
        <translation>Grundlage ändern</translation>
    </message>
    <message>
        <source>Change span</source>
        <translation>Umfang ändern</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>Recolour card</source>
        <translation>Kartenfarbe ändern</translation>
    </message>
    <message>
        <source>Reset card colour</source>
        <translation>Kartenfarbe zurücksetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hidden on the map</source>
        <translation>Auf der Map ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Phasenfarbe</translation>
    </message>
    <message>
        <source>Recolour stage</source>
        <translation>Phasenfarbe ändern</translation>
    </message>
    <message>
        <source>Hide stage</source>
        <translation>Phase ausblenden</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Phase einblenden</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Shown on the map</source>
        <translation>Auf der Map sichtbar</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Ebene umbenennen</translation>
    </message>
    <message>
        <source>Change lane kind</source>
        <translation>Ebenentyp ändern</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Ebene einblenden</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Ebene ausblenden</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Ebene: %1</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>Change journey state</source>
        <translation>Journey-Zustand ändern</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Persona ändern</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Change connection label</source>
        <translation>Verbindungsbeschriftung ändern</translation>
    </message>
    <message>
        <source>Change connection kind</source>
        <translation>Verbindungstyp ändern</translation>
    </message>
    <message>
        <source>Connection: %1 → %2</source>
        <translation>Verbindung: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyListModel</name>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: %n Karte</numerusform>
            <numerusform>%1: %n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (future state): %n card(s)</source>
        <translation>
            <numerusform>%1 (Soll-Zustand): %n Karte</numerusform>
            <numerusform>%1 (Soll-Zustand): %n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyListPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyScene</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n touchpoint(s)</source>
        <translation>
            <numerusform>, %n Touchpoint</numerusform>
            <numerusform>, %n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Change card kind</source>
        <translation>Kartentyp ändern</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Connection</source>
        <translation>Verbindung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Add Card Here</source>
        <translation>Karte &amp;hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>Hier &amp;einfügen</translation>
    </message>
</context>
<context>
    <name>Waymark::JsonMapReader</name>
    <message>
        <source>%1 has an empty “id”.</source>
        <translation>%1 hat eine leere „id“.</translation>
    </message>
    <message>
        <source>The id “%1” is used twice (%2).</source>
        <translation>Die ID „%1“ wird doppelt verwendet (%2).</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 has no “%2”.</source>
        <translation>%1 hat kein Feld „%2“.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be text.</source>
        <translation>%1: „%2“ muss Text sein.</translation>
    </message>
    <message>
        <source>In %1, “%2” is longer than a million characters.</source>
        <translation>%1: „%2“ ist länger als eine Million Zeichen.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be true or false.</source>
        <translation>%1: „%2“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a whole number from %3 to %4.</source>
        <translation>%1: „%2“ muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>In %1, “%2” has an unknown value “%3”.</source>
        <translation>%1: „%2“ hat den unbekannten Wert „%3“.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a colour like #1f6feb.</source>
        <translation>%1: „%2“ muss eine Farbe wie #1f6feb sein.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a list.</source>
        <translation>%1: „%2“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 has no “id”.</source>
        <translation>%1 hat kein Feld „id“.</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>This is not a Waymark map: “format” is not “waymark-map”.</source>
        <translation>Dies ist keine Waymark-Map: „format“ ist nicht „waymark-map“.</translation>
    </message>
    <message>
        <source>the map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>The map has no “version”.</source>
        <translation>Der Map fehlt das Feld „version“.</translation>
    </message>
    <message>
        <source>The map was written by a newer Waymark (map format version %1); this Waymark reads version 1.</source>
        <translation>Die Map wurde mit einer neueren Waymark-Version geschrieben (Map-Formatversion %1); diese Version liest nur Version 1.</translation>
    </message>
    <message>
        <source>“settings”</source>
        <translation>„settings“</translation>
    </message>
    <message>
        <source>The setting “%1” must be text.</source>
        <translation>Die Einstellung „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>A persona</source>
        <translation>Eine Persona</translation>
    </message>
    <message>
        <source>A journey</source>
        <translation>Eine Journey</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>A stage</source>
        <translation>Eine Phase</translation>
    </message>
    <message>
        <source>A lane</source>
        <translation>Eine Ebene</translation>
    </message>
    <message>
        <source>A card</source>
        <translation>Eine Karte</translation>
    </message>
    <message>
        <source>A connection</source>
        <translation>Eine Verbindung</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>In %1, “picture” is not a valid image.</source>
        <translation>%1: „picture“ ist kein gültiges Bild.</translation>
    </message>
    <message>
        <source>%1 refers to the persona “%2”, which the map does not have.</source>
        <translation>%1 verweist auf die Persona „%2“, die es in der Map nicht gibt.</translation>
    </message>
    <message>
        <source>%1 refers to the journey “%2”, which the map does not have.</source>
        <translation>%1 verweist auf die Journey „%2“, die es in der Map nicht gibt.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>%1 refers to the stage “%2”, which is not in %3.</source>
        <translation>%1 verweist auf die Phase „%2“, die nicht zu %3 gehört.</translation>
    </message>
    <message>
        <source>%1 refers to the lane “%2”, which is not in %3.</source>
        <translation>%1 verweist auf die Ebene „%2“, die nicht zu %3 gehört.</translation>
    </message>
    <message>
        <source>a connection of %1</source>
        <translation>eine Verbindung in %1</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 refers to the card “%2”, which is not in %3.</source>
        <translation>%1 verweist auf die Karte „%2“, die nicht zu %3 gehört.</translation>
    </message>
    <message>
        <source>The map is too large (more than 256 MB).</source>
        <translation>Die Map ist zu groß (mehr als 256 MB).</translation>
    </message>
    <message>
        <source>The map is not valid JSON: %1 at byte %2.</source>
        <translation>Die Map ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>This is not a Waymark map: it is not a JSON object.</source>
        <translation>Dies ist keine Waymark-Map: Es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a map (more than 256 MB).</source>
        <translation>„%1“ ist zu groß für eine Map (mehr als 256 MB).</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a number.</source>
        <translation>In %1 muss „%2“ eine Zahl sein.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a time like 2026-11-23T09:30:00Z.</source>
        <translation>In %1 muss „%2“ ein Zeitpunkt wie 2026-11-23T09:30:00Z sein.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a date like 2027-03-31.</source>
        <translation>In %1 muss „%2“ ein Datum wie 2027-03-31 sein.</translation>
    </message>
    <message>
        <source>%1 refers to the journey “%2”, which is not its journey.</source>
        <translation>%1 verweist auf die Journey „%2“, die nicht seine Journey ist.</translation>
    </message>
    <message>
        <source>%1 refers to the stage “%2”, which is not in its journey.</source>
        <translation>%1 verweist auf die Phase „%2“, die nicht in seiner Journey liegt.</translation>
    </message>
    <message>
        <source>%1 refers to the card “%2”, which is not in its journey.</source>
        <translation>%1 verweist auf die Karte „%2“, die nicht in seiner Journey liegt.</translation>
    </message>
    <message>
        <source>In %1, “%2” must be a list of texts.</source>
        <translation>In %1 muss „%2“ eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Ein Ziel</translation>
    </message>
    <message>
        <source>An action</source>
        <translation>Eine Maßnahme</translation>
    </message>
    <message>
        <source>A comment</source>
        <translation>Ein Kommentar</translation>
    </message>
    <message>
        <source>A sign-off</source>
        <translation>Eine Freigabe</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>%1 refers to the card “%2”, which the map does not have.</source>
        <translation>%1 verweist auf die Karte „%2“, die es in der Map nicht gibt.</translation>
    </message>
    <message>
        <source>%1 refers to the goal “%2”, which the map does not have.</source>
        <translation>%1 verweist auf das Ziel „%2“, das es in der Map nicht gibt.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 answers the comment “%2”, which the map does not have.</source>
        <translation>%1 antwortet auf den Kommentar „%2“, den es in der Map nicht gibt.</translation>
    </message>
    <message>
        <source>A reply answers another reply (comment “m%1”); replies must answer the first comment of their thread.</source>
        <translation>Eine Antwort antwortet auf eine andere Antwort (Kommentar „m%1“); Antworten müssen sich auf den ersten Kommentar ihres Threads beziehen.</translation>
    </message>
    <message>
        <source>sign-off</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>Waymark::Main</name>
    <message>
        <source>Customer journey mapping and CX studio</source>
        <translation>Customer Journey Mapping und CX-Studio</translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation>Das Beispielprojekt öffnen.</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Open the project for review: the map is locked, comments and sign-offs can be added.</source>
        <translation>Das Projekt zur Prüfung öffnen: Die Karte ist gesperrt, Kommentare und Freigaben können hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Show a tab of the project: map, heatmap or dashboard.</source>
        <translation>Einen Reiter des Projekts zeigen: map, heatmap oder dashboard.</translation>
    </message>
    <message>
        <source>Bring a panel to the front: goals, plan, review, feedback, charts, inspector, personas…</source>
        <translation>Ein Panel in den Vordergrund holen: goals, plan, review, feedback, charts, inspector, personas …</translation>
    </message>
    <message>
        <source>Show the scores of one persona (the responses of its segments) on the map, the heatmap and the charts.</source>
        <translation>Die Werte einer Persona (die Antworten ihrer Segmente) in der Karte, der Heatmap und den Diagrammen zeigen.</translation>
    </message>
    <message>
        <source>waymark: no tab “%1”.</source>
        <translation>waymark: kein Reiter „%1“.</translation>
    </message>
    <message>
        <source>waymark: no panel “%1”.</source>
        <translation>waymark: kein Panel „%1“.</translation>
    </message>
    <message>
        <source>waymark: no persona “%1” with segments.</source>
        <translation>waymark: keine Persona „%1“ mit Segmenten.</translation>
    </message>
</context>
<context>
    <name>Waymark::MainWindow</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start a project from the default template</source>
        <translation>Ein neues Projekt aus der Standardvorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Project</source>
        <translation>Beis&amp;pielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Waymark saves every change as you make it.</source>
        <translation>Waymark speichert jede Änderung sofort.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>Ü&amp;ber Waymark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Über Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;A studio for customer experience work: journey maps, customer feedback and scores, goals, improvement plans and reports.&lt;/p&gt;&lt;p&gt;Projects are single files on your own disk; nothing leaves your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Ein Studio für die Arbeit an der Customer Experience: Journey Maps, Kundenfeedback und Zufriedenheitswerte, Ziele, Verbesserungspläne und Berichte.&lt;/p&gt;&lt;p&gt;Projekte sind einzelne Dateien auf Ihrem eigenen Datenträger; nichts verlässt Ihren Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Improvement Plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Open Project for Review</source>
        <translation>Projekt zur Prüfung öffnen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
</context>
<context>
    <name>Waymark::MapActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>&amp;Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Add a card to the cell of the selected card</source>
        <translation>Eine Karte in der Zelle der ausgewählten Karte hinzufügen</translation>
    </message>
</context>
<context>
    <name>Waymark::MapImageDialog</name>
    <message>
        <source>The &amp;whole journey</source>
        <translation>Die &amp;ganze Journey</translation>
    </message>
    <message>
        <source>The &amp;selected cards</source>
        <translation>Die &amp;ausgewählten Karten</translation>
    </message>
    <message>
        <source>Export Map Image</source>
        <translation>Map als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>The &amp;selected cards (%1)</source>
        <translation>Die &amp;ausgewählten Karten (%1)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation>Die Map kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>Waymark::MapImageExporter</name>
    <message>
        <source>The project has no journey to export.</source>
        <translation>Das Projekt hat keine Journey, die exportiert werden kann.</translation>
    </message>
    <message>
        <source>The journey to export no longer exists.</source>
        <translation>Die zu exportierende Journey existiert nicht mehr.</translation>
    </message>
    <message>
        <source>None of the chosen cards is on the map.</source>
        <translation>Keine der gewählten Karten ist auf der Map.</translation>
    </message>
    <message>
        <source>The map is empty.</source>
        <translation>Die Map ist leer.</translation>
    </message>
    <message>
        <source>The scale must be more than 0 and at most 16.</source>
        <translation>Der Maßstab muss größer als 0 und höchstens 16 sein.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is too large; choose a smaller scale.</source>
        <translation>Ein Bild mit %1 × %2 Pixeln ist zu groß; wählen Sie einen kleineren Maßstab.</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Für ein Bild mit %1 × %2 Pixeln ist nicht genug Speicher vorhanden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Journey map made with Waymark</source>
        <translation>Journey-Map, erstellt mit Waymark</translation>
    </message>
    <message>
        <source>Could not start writing the image.</source>
        <translation>Das Schreiben des Bildes konnte nicht beginnen.</translation>
    </message>
</context>
<context>
    <name>Waymark::MarkerOverlay</name>
    <message numerus="yes">
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>%n offener Kommentar</numerusform>
            <numerusform>%n offene Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) in the improvement plan</source>
        <translation>
            <numerusform>%n offene Maßnahme im Verbesserungsplan</numerusform>
            <numerusform>%n offene Maßnahmen im Verbesserungsplan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::MetricsEngine</name>
    <message>
        <source>Not linked to a card</source>
        <translation>Keiner Karte zugeordnet</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>Waymark::MoveActionCommand</name>
    <message>
        <source>Move action</source>
        <translation>Maßnahme verschieben</translation>
    </message>
</context>
<context>
    <name>Waymark::MoveCardCommand</name>
    <message>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
</context>
<context>
    <name>Waymark::OutlineModel</name>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 ohne Titel)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonaCurves</name>
    <message>
        <source>Emotion of “%1” from the feedback of its segments</source>
        <translation>Emotion von „%1“ aus dem Feedback ihrer Segmente</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonaDialog</name>
    <message>
        <source>Choose &amp;Picture…</source>
        <translation>&amp;Bild wählen …</translation>
    </message>
    <message>
        <source>Re&amp;move Picture</source>
        <translation>Bild ent&amp;fernen</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Edit Persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>A typical quote, in the persona&apos;s words</source>
        <translation>Ein typisches Zitat in den Worten der Persona</translation>
    </message>
    <message>
        <source>Segments of the feedback, separated by commas</source>
        <translation>Segmente des Feedbacks, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Responses whose segment is one of these count for this persona.</source>
        <translation>Antworten mit einem dieser Segmente zählen für diese Persona.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrationen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>Zi&amp;tat:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmente:</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Picture Not Used</source>
        <translation>Bild nicht verwendet</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Persona Colour</source>
        <translation>Farbe der Persona</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonaFilter</name>
    <message>
        <source>“%1” stands for no feedback segments. Edit the persona and list the segments of its responses to filter scores by it.</source>
        <translation>„%1“ steht für keine Feedback-Segmente. Bearbeiten Sie die Persona und tragen Sie die Segmente ihrer Antworten ein, um Werte danach zu filtern.</translation>
    </message>
    <message>
        <source>for persona “%1”</source>
        <translation>für Persona „%1“</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonaFilterBar</name>
    <message>
        <source>Show All C&amp;ustomers</source>
        <translation>Alle K&amp;unden zeigen</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Persona-Filter</translation>
    </message>
    <message>
        <source>Scores for persona “%1” only: the responses of its segments (%2).</source>
        <translation>Nur Werte der Persona „%1“: die Antworten ihrer Segmente (%2).</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonaMenus</name>
    <message>
        <source>Scores &amp;For</source>
        <translation>Werte &amp;für</translation>
    </message>
    <message>
        <source>&amp;Persona Curves</source>
        <translation>&amp;Persona-Kurven</translation>
    </message>
    <message>
        <source>Draw the emotion curves of chosen personas from the feedback of their segments</source>
        <translation>Die Emotionskurven ausgewählter Personas aus dem Feedback ihrer Segmente zeichnen</translation>
    </message>
    <message>
        <source>Count the responses of all customers or of one persona&apos;s segments</source>
        <translation>Die Antworten aller Kunden oder der Segmente einer Persona zählen</translation>
    </message>
    <message>
        <source>&amp;All Customers</source>
        <translation>&amp;Alle Kunden</translation>
    </message>
    <message>
        <source>Scores count the responses of every customer</source>
        <translation>Die Werte zählen die Antworten aller Kunden</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmente: %1</translation>
    </message>
    <message>
        <source>Scores count the responses of the segments of “%1”</source>
        <translation>Die Werte zählen die Antworten der Segmente von „%1“</translation>
    </message>
    <message>
        <source>No Personas</source>
        <translation>Keine Personas</translation>
    </message>
    <message>
        <source>Draw the emotion curve of “%1” from the feedback of its segments</source>
        <translation>Die Emotionskurve von „%1“ aus dem Feedback ihrer Segmente zeichnen</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonaPicture</name>
    <message>
        <source>“%1” is not an image Waymark can read (PNG, JPEG, GIF or BMP, for example).</source>
        <translation>„%1“ ist kein Bild, das Waymark lesen kann (zum Beispiel PNG, JPEG, GIF oder BMP).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 × %3 pixels): choose an image of at most 100 megapixels.</source>
        <translation>„%1“ ist zu groß (%2 × %3 Pixel): Wählen Sie ein Bild mit höchstens 100 Megapixeln.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image: %2.</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be converted to PNG.</source>
        <translation>„%1“ konnte nicht in PNG umgewandelt werden.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2): a persona picture may be at most 50 MB.</source>
        <translation>„%1“ ist zu groß (%2): Ein Persona-Bild darf höchstens 50 MB groß sein.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::PersonasPanel</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmente: %1</translation>
    </message>
    <message>
        <source>Check to show its emotion curve on the map.</source>
        <translation>Anhaken, um ihre Emotionskurve auf der Karte zu zeigen.</translation>
    </message>
    <message>
        <source>No personas yet.</source>
        <translation>Noch keine Personas.</translation>
    </message>
</context>
<context>
    <name>Waymark::PlanActions</name>
    <message>
        <source>New &amp;Action…</source>
        <translation>Neue &amp;Maßnahme …</translation>
    </message>
    <message>
        <source>Create Action from &amp;Pain Point</source>
        <translation>Maßnahme aus &amp;Schmerzpunkt erstellen</translation>
    </message>
    <message>
        <source>New &amp;Goal…</source>
        <translation>Neues &amp;Ziel …</translation>
    </message>
    <message>
        <source>Duplicate as &amp;Future State</source>
        <translation>Als &amp;Soll-Zustand duplizieren</translation>
    </message>
    <message>
        <source>Compare C&amp;urrent and Future State…</source>
        <translation>Ist- und Soll-Zustand &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Copy the journey as its future state, to design how it should become</source>
        <translation>Die Journey als Soll-Zustand kopieren, um zu gestalten, wie sie werden soll</translation>
    </message>
    <message>
        <source>Add an action to the improvement plan for the selected card and edit it</source>
        <translation>Eine Maßnahme für die ausgewählte Karte in den Verbesserungsplan aufnehmen und bearbeiten</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (Soll-Zustand)</translation>
    </message>
</context>
<context>
    <name>Waymark::Project</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not create “%1”.</source>
        <translation>„%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Waymark reloaded “%2” as it is on disk.</source>
        <translation>Die Änderung konnte nicht gespeichert werden (%1). Waymark hat „%2“ im gespeicherten Zustand neu geladen.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The project is open for review: the map cannot be changed.</source>
        <translation>Das Projekt ist zur Prüfung geöffnet: Die Karte kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>“%1” is opened read-only, so comments cannot be added.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet, daher können keine Kommentare hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
</context>
<context>
    <name>Waymark::ProjectActions</name>
    <message>
        <source>&amp;Import Feedback…</source>
        <translation>Feedback &amp;importieren …</translation>
    </message>
    <message>
        <source>Export Responses as &amp;CSV…</source>
        <translation>Antworten als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation>Projekteins&amp;tellungen …</translation>
    </message>
    <message>
        <source>Emotion Curve from &amp;Feedback</source>
        <translation>Emotionskurve aus &amp;Feedback</translation>
    </message>
    <message>
        <source>&amp;Scores on the Map</source>
        <translation>&amp;Werte auf der Map</translation>
    </message>
    <message>
        <source>Import survey answers or reviews from a CSV file</source>
        <translation>Umfrageantworten oder Bewertungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Draw the mean score of each stage beside the designed emotion curve</source>
        <translation>Den mittleren Wert jeder Phase neben der entworfenen Emotionskurve zeichnen</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Each touchpoint shows the metric most of its responses use</source>
        <translation>Jeder Touchpoint zeigt die Kennzahl, die die meisten seiner Antworten verwenden</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Export Responses</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Bericht exportieren (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken …</translation>
    </message>
    <message>
        <source>Export &amp;Map Image…</source>
        <translation>&amp;Map als Bild exportieren …</translation>
    </message>
    <message>
        <source>Write a PDF report of the journey for clients or leadership</source>
        <translation>Einen PDF-Bericht der Journey für Kunden oder die Geschäftsleitung schreiben</translation>
    </message>
    <message>
        <source>Print the report of the journey</source>
        <translation>Den Bericht der Journey drucken</translation>
    </message>
    <message>
        <source>Save the journey map as a PNG or SVG image</source>
        <translation>Die Journey-Map als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Der Bericht kann nicht gedruckt werden</translation>
    </message>
</context>
<context>
    <name>Waymark::ProjectFileService</name>
    <message>
        <source>Waymark projects (*.waymark);;All files (*)</source>
        <translation>Waymark-Projekte (*.waymark);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <source>You can open it read-only and look at it while it is in use. If the other Waymark crashed on another computer, you can take it over instead.</source>
        <translation>Sie können das Projekt schreibgeschützt öffnen und ansehen, während es in Verwendung ist. Falls Waymark auf dem anderen Computer abgestürzt ist, können Sie das Projekt stattdessen übernehmen.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>Beispielprojekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Waymark::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Auftraggeber:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Branding for reports</source>
        <translation>Branding für Berichte</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>&amp;Logo auswählen …</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Accent &amp;colour:</source>
        <translation>A&amp;kzentfarbe:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Score colours</source>
        <translation>Farben der Werte</translation>
    </message>
    <message>
        <source>Fair from</source>
        <translation>Mittel ab</translation>
    </message>
    <message>
        <source>Good from</source>
        <translation>Gut ab</translation>
    </message>
    <message>
        <source>%1 fair from</source>
        <translation>%1 mittel ab</translation>
    </message>
    <message>
        <source>%1 good from</source>
        <translation>%1 gut ab</translation>
    </message>
    <message>
        <source>NPS in points, CSAT in % top-two-box, CES and rating as the mean score.</source>
        <translation>NPS in Punkten, CSAT in % Top-2-Box, CES und Rating als Mittelwert.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB; please choose a smaller image.</source>
        <translation>„%1“ ist größer als 20 MB; bitte wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>“%1” is not an image Waymark can read (%2). Please choose a PNG, JPEG or SVG file.</source>
        <translation>„%1“ ist kein Bild, das Waymark lesen kann (%2). Bitte wählen Sie eine PNG-, JPEG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>Dieses Logo kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>Waymark::ProjectWorkspace</name>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Goal “%1”: %2</source>
        <translation>Ziel „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveActionCommand</name>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveCardsCommand</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveCommand</name>
    <message>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Ebene löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveCommentCommand</name>
    <message>
        <source>Delete reply</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveFeedbackCommand</name>
    <message numerus="yes">
        <source>Delete %n response(s)</source>
        <translation>
            <numerusform>%n Antwort löschen</numerusform>
            <numerusform>%n Antworten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveGoalCommand</name>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete goal “%1”</source>
        <translation>Ziel „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Waymark::RemovePersonaCommand</name>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Delete persona “%1”</source>
        <translation>Persona „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveSignoffCommand</name>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Freigabe zurückziehen</translation>
    </message>
</context>
<context>
    <name>Waymark::ReorderCommand</name>
    <message>
        <source>Move journey</source>
        <translation>Journey verschieben</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Ebene verschieben</translation>
    </message>
</context>
<context>
    <name>Waymark::ReportDialog</name>
    <message>
        <source>Only responses &amp;from</source>
        <translation>Nur Antworten &amp;vom</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>P&amp;ersona:</source>
        <translation>P&amp;ersona:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Der Bericht kann nicht gedruckt werden</translation>
    </message>
</context>
<context>
    <name>Waymark::ReportFormat</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
</context>
<context>
    <name>Waymark::ReportOptions</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>One page per stage</source>
        <translation>Eine Seite je Phase</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Unknown report section “%1”; the sections are: %2.</source>
        <translation>Unbekannter Berichtsabschnitt „%1“; die Abschnitte sind: %2.</translation>
    </message>
    <message>
        <source>Name at least one report section: %1.</source>
        <translation>Nennen Sie mindestens einen Berichtsabschnitt: %1.</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>Prüfung und Freigabe</translation>
    </message>
</context>
<context>
    <name>Waymark::ReportRenderer</name>
    <message>
        <source>Change in %1</source>
        <translation>Veränderung in %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Customer journey report, %1</source>
        <translation>Customer-Journey-Bericht, %1</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
    <message>
        <source>The project has no journey to report on.</source>
        <translation>Das Projekt hat keine Journey, über die berichtet werden kann.</translation>
    </message>
    <message>
        <source>The journey chosen for the report no longer exists.</source>
        <translation>Die für den Bericht gewählte Journey existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose at least one section of the report.</source>
        <translation>Wählen Sie mindestens einen Abschnitt des Berichts.</translation>
    </message>
    <message>
        <source>The reporting period ends before it starts.</source>
        <translation>Der Berichtszeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Cannot read the logo “%1”.</source>
        <translation>Das Logo „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The logo “%1” is larger than 20 MB.</source>
        <translation>Das Logo „%1“ ist größer als 20 MB.</translation>
    </message>
    <message>
        <source>The logo “%1” is not an image file (PNG, JPEG or SVG).</source>
        <translation>Das Logo „%1“ ist keine Bilddatei (PNG, JPEG oder SVG).</translation>
    </message>
    <message>
        <source>The project’s logo is not an image Waymark can read; choose another one in Project Settings.</source>
        <translation>Das Logo des Projekts ist kein Bild, das Waymark lesen kann; wählen Sie in den Projekteinstellungen ein anderes.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>responses from %1</source>
        <translation>Antworten ab %1</translation>
    </message>
    <message>
        <source>responses up to %1</source>
        <translation>Antworten bis %1</translation>
    </message>
    <message>
        <source>all responses</source>
        <translation>alle Antworten</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Segment: all segments</source>
        <translation>Segment: alle Segmente</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Persona: %1 (segments: %2)</source>
        <translation>Persona: %1 (Segmente: %2)</translation>
    </message>
    <message>
        <source>Customer journey report</source>
        <translation>Customer-Journey-Bericht</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made with Waymark from “%1”</source>
        <translation>Erstellt mit Waymark aus „%1“</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>%1 in %2 against %3</source>
        <translation>%1 in %2 gegenüber %3</translation>
    </message>
    <message>
        <source>No responses in %1 to compare with.</source>
        <translation>Keine Antworten in %1 zum Vergleich.</translation>
    </message>
    <message>
        <source>No earlier period to compare with.</source>
        <translation>Kein früherer Zeitraum zum Vergleich.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No customer responses match this report (%1), so there are no scores to summarise yet. Import survey answers or reviews to see NPS, CSAT and CES here.</source>
        <translation>Keine Kundenantworten passen zu diesem Bericht (%1), daher gibt es noch keine Werte zusammenzufassen. Importieren Sie Umfrageantworten oder Bewertungen, um hier NPS, CSAT und CES zu sehen.</translation>
    </message>
    <message>
        <source>Scores of %1; changes compare the latest quarter with responses, %2, with %3.</source>
        <translation>Werte für %1; Veränderungen vergleichen das letzte Quartal mit Antworten, %2, mit %3.</translation>
    </message>
    <message>
        <source>Scores of %1, against %2.</source>
        <translation>Werte für %1, gegenüber %2.</translation>
    </message>
    <message>
        <source>Scores of %1.</source>
        <translation>Werte für %1.</translation>
    </message>
    <message>
        <source>The five weakest touchpoints (%1)</source>
        <translation>Die fünf schwächsten Touchpoints (%1)</translation>
    </message>
    <message>
        <source>No touchpoint has %1 responses in this report, so none can be ranked.</source>
        <translation>Kein Touchpoint hat in diesem Bericht %1-Antworten, daher lässt sich keine Rangfolge bilden.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>± 95 %</source>
        <translation>± 95 %</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals are judged on the %1 days up to the journey&apos;s latest response of their metric, whatever the report&apos;s period.</source>
        <translation>Ziele werden anhand der %1 Tage bis zur letzten Antwort ihrer Kennzahl in der Journey bewertet, unabhängig vom Berichtszeitraum.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey-Map</translation>
    </message>
    <message>
        <source>This journey has no stages yet, so there is no map to show.</source>
        <translation>Diese Journey hat noch keine Phasen, daher gibt es keine Map zu zeigen.</translation>
    </message>
    <message>
        <source>This journey has no cards yet; the map shows its stages and lanes once cards are added.</source>
        <translation>Diese Journey hat noch keine Karten; die Map zeigt ihre Phasen und Ebenen, sobald Karten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Map, part %1 of %2</source>
        <translation>Map, Teil %1 von %2</translation>
    </message>
    <message>
        <source>Map of “%1”</source>
        <translation>Map von „%1“</translation>
    </message>
    <message>
        <source> · neighbouring parts overlap; headers repeat</source>
        <translation> · benachbarte Teile überlappen; Kopfzeilen wiederholen sich</translation>
    </message>
    <message>
        <source> · scores for the period are on the stage pages</source>
        <translation> · die Werte des Zeitraums stehen auf den Phasenseiten</translation>
    </message>
    <message>
        <source>In the customers’ words</source>
        <translation>In den Worten der Kunden</translation>
    </message>
    <message>
        <source>No comments were given about this stage in this report&apos;s responses.</source>
        <translation>In den Antworten dieses Berichts gibt es keine Kommentare zu dieser Phase.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Diese Journey hat noch keine Phasen.</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3</source>
        <translation>%1 %2 (%3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>No responses about this stage match this report.</source>
        <translation>Keine Antworten zu dieser Phase passen zu diesem Bericht.</translation>
    </message>
    <message>
        <source>Stage scores: %1.</source>
        <translation>Werte der Phase: %1.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>There are no touchpoints in this stage.</source>
        <translation>In dieser Phase gibt es keine Touchpoints.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>No responses about the touchpoints of this stage match this report: %1.</source>
        <translation>Keine Antworten zu den Touchpoints dieser Phase passen zu diesem Bericht: %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>%1 by touchpoint</source>
        <translation>%1 je Touchpoint</translation>
    </message>
    <message>
        <source>%1 by touchpoint: the %2 weakest of %3</source>
        <translation>%1 je Touchpoint: die %2 schwächsten von %3</translation>
    </message>
    <message>
        <source>%1 of the stage by month</source>
        <translation>%1 der Phase je Monat</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Stages by channel</source>
        <translation>Phasen nach Kanal</translation>
    </message>
    <message>
        <source>No %1 responses with a channel match this report, so there is no heatmap to show.</source>
        <translation>Keine %1-Antworten mit Kanal passen zu diesem Bericht, daher gibt es keine Heatmap zu zeigen.</translation>
    </message>
    <message>
        <source>%1 of each stage through each channel, coloured by the project&apos;s thresholds. * fewer than 30 responses.</source>
        <translation>%1 jeder Phase über jeden Kanal, eingefärbt nach den Schwellenwerten des Projekts. * weniger als 30 Antworten.</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Definitions and sources</source>
        <translation>Definitionen und Quellen</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Definitionen der Kennzahlen</translation>
    </message>
    <message>
        <source>NPS (Net Promoter Score), asked on 0–10: the percentage of promoters (9–10) minus the percentage of detractors (0–6), from −100 to +100.</source>
        <translation>NPS (Net Promoter Score), gefragt auf 0–10: der Anteil der Promotoren (9–10) in Prozent minus der Anteil der Detraktoren (0–6), von −100 bis +100.</translation>
    </message>
    <message>
        <source>CSAT (customer satisfaction), asked on 1–5: the percentage of answers in the top two boxes (4 or 5; on another scale, its top two points).</source>
        <translation>CSAT (Kundenzufriedenheit), gefragt auf 1–5: der Anteil der Antworten in den beiden obersten Stufen (4 oder 5; auf einer anderen Skala deren beide obersten Punkte) in Prozent.</translation>
    </message>
    <message>
        <source>CES (customer effort score), asked on 1–7 (“made it easy for me”): the mean; higher is easier.</source>
        <translation>CES (Customer Effort Score), gefragt auf 1–7 („hat es mir leicht gemacht“): der Mittelwert; höher ist leichter.</translation>
    </message>
    <message>
        <source>Every score is computed from the raw responses, never as an average of averages, and shown with its number of responses (n) and its 95 % margin of error. * marks fewer than 30 responses: a small sample, read with care. “No answer” values are left out.</source>
        <translation>Jeder Wert wird aus den einzelnen Antworten berechnet, nie als Mittelwert von Mittelwerten, und mit seiner Anzahl an Antworten (n) und seiner Fehlermarge (95 %) gezeigt. * kennzeichnet weniger als 30 Antworten: eine kleine Stichprobe, mit Vorsicht zu lesen. Werte „keine Antwort“ werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>The list of imports could not be read: %1</source>
        <translation>Die Liste der Importe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No responses have been imported or entered for this journey.</source>
        <translation>Für diese Journey wurden keine Antworten importiert oder eingegeben.</translation>
    </message>
    <message>
        <source>Entered in Waymark</source>
        <translation>In Waymark eingegeben</translation>
    </message>
    <message>
        <source>imported %1, %2 rows</source>
        <translation>importiert %1, %2 Zeilen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Filters applied</source>
        <translation>Angewandte Filter</translation>
    </message>
    <message>
        <source>Changes compare %1 with %2.</source>
        <translation>Veränderungen vergleichen %1 mit %2.</translation>
    </message>
    <message>
        <source>Fingerprint of the project content</source>
        <translation>Fingerabdruck des Projektinhalts</translation>
    </message>
    <message>
        <source>SHA-256 of the map, personas, goals and plan as they were when this report was made; a sign-off records the same fingerprint.</source>
        <translation>SHA-256 der Map, der Personas, der Ziele und des Plans zum Zeitpunkt dieses Berichts; eine Freigabe speichert denselben Fingerabdruck.</translation>
    </message>
    <message>
        <source>Made with Waymark %1 on %2.</source>
        <translation>Erstellt mit Waymark %1 am %2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Erstellt für %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>This journey has no improvement plan yet.</source>
        <translation>Diese Journey hat noch keinen Maßnahmenplan.</translation>
    </message>
    <message>
        <source>Could not read the responses: %1</source>
        <translation>Die Antworten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not start writing the report.</source>
        <translation>Das Schreiben des Berichts konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not add a page to the report.</source>
        <translation>Dem Bericht konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not finish writing the report.</source>
        <translation>Das Schreiben des Berichts konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>Prüfung und Freigabe</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Nobody has signed this project off yet.</source>
        <translation>Noch niemand hat dieses Projekt freigegeben.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>the project changed after this sign-off</source>
        <translation>das Projekt hat sich nach dieser Freigabe geändert</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Offene Kommentare</translation>
    </message>
    <message>
        <source>Every comment on this journey is resolved.</source>
        <translation>Alle Kommentare zu dieser Journey sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>Waymark::ReportService</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::ResolveCommentCommand</name>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
</context>
<context>
    <name>Waymark::ReviewActions</name>
    <message>
        <source>Open for &amp;Review…</source>
        <translation>Zur &amp;Prüfung öffnen …</translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation>&amp;Prüfmodus</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <source>Open a project with its map locked, to comment on it and sign it off</source>
        <translation>Ein Projekt mit gesperrter Karte öffnen, um es zu kommentieren und freizugeben</translation>
    </message>
    <message>
        <source>Lock the map; allow comments and sign-offs</source>
        <translation>Die Karte sperren; Kommentare und Freigaben erlauben</translation>
    </message>
    <message>
        <source>Comment on the selected card or stage, or on the journey</source>
        <translation>Die ausgewählte Karte oder Phase oder die Journey kommentieren</translation>
    </message>
</context>
<context>
    <name>Waymark::ReviewBanner</name>
    <message>
        <source>Leave Review Mode</source>
        <translation>Prüfmodus verlassen</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <source>Comments and sign-offs can be added.</source>
        <translation>Kommentare und Freigaben können hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>Waymark::ScoreFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <source>%1: no responses</source>
        <translation>%1: keine Antworten</translation>
    </message>
    <message>
        <source>%1 %2 (%3</source>
        <translation>%1 %2 (%3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> — small sample</source>
        <translation> — kleine Stichprobe</translation>
    </message>
</context>
<context>
    <name>Waymark::ScoreOverlay</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 n=%2</source>
        <translation>%1 n=%2</translation>
    </message>
    <message>
        <source>- - from the feedback of persona “%1”</source>
        <translation>- - aus dem Feedback der Persona „%1“</translation>
    </message>
</context>
<context>
    <name>Waymark::SentimentAnalyzer</name>
    <message>
        <source>Cannot read the sentiment lexicon %1: %2</source>
        <translation>Das Stimmungslexikon %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sentiment lexicon %1 has no entries</source>
        <translation>Das Stimmungslexikon %1 hat keine Einträge</translation>
    </message>
</context>
<context>
    <name>Waymark::SetSettingCommand</name>
    <message>
        <source>Change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>Waymark::SignoffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>e.g. Approved for the Q3 roadmap.</source>
        <translation>z. B. Für die Roadmap Q3 freigegeben.</translation>
    </message>
    <message>
        <source>Signing off records today&apos;s date and a fingerprint of the project&apos;s content. Any later change to the map, the goals or the plan marks this sign-off as outdated.</source>
        <translation>Die Freigabe speichert das heutige Datum und einen Fingerabdruck des Projektinhalts. Jede spätere Änderung an der Karte, den Zielen oder dem Plan markiert diese Freigabe als veraltet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation>&amp;Freigeben</translation>
    </message>
</context>
<context>
    <name>Waymark::Templates</name>
    <message>
        <source>Customer journey (four stages)</source>
        <translation>Customer Journey (vier Phasen)</translation>
    </message>
    <message>
        <source>Discovery &amp; Choice, Offering, Purchase &amp; Service and Loyalty across the standard lanes, from customer actions to support processes.</source>
        <translation>Entdeckung &amp; Auswahl, Angebot, Kauf &amp; Service und Loyalität über die Standardebenen hinweg, von den Kundenaktionen bis zu den Unterstützungsprozessen.</translation>
    </message>
    <message>
        <source>E-commerce journey</source>
        <translation>E-Commerce-Journey</translation>
    </message>
    <message>
        <source>From awareness through search, product page, checkout and delivery to returns and the repeat purchase.</source>
        <translation>Von der Aufmerksamkeit über Suche, Produktseite, Kasse und Lieferung bis zu Retouren und Wiederkauf.</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>Physical evidence, customer actions, frontstage and backstage actions and support processes, with the line of visibility.</source>
        <translation>Physische Belege, Kundenaktionen, Frontstage- und Backstage-Aktionen und Unterstützungsprozesse, mit Sichtbarkeitslinie.</translation>
    </message>
    <message>
        <source>Sample project: buying a bike</source>
        <translation>Beispielprojekt: Fahrradkauf</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>Discovery &amp; Choice</source>
        <translation>Entdeckung &amp; Auswahl</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Purchase &amp; Service</source>
        <translation>Kauf &amp; Service</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalität</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Browse &amp; Search</source>
        <translation>Stöbern &amp; Suchen</translation>
    </message>
    <message>
        <source>Product page</source>
        <translation>Produktseite</translation>
    </message>
    <message>
        <source>Cart &amp; Checkout</source>
        <translation>Warenkorb &amp; Kasse</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Returns &amp; Support</source>
        <translation>Retouren &amp; Support</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>Wiederkauf</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Belege</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>Leistungserbringung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbetreuung</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>There is no template called “%1”; the templates are: %2.</source>
        <translation>Es gibt keine Vorlage namens „%1“; verfügbare Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The template “%1” is missing from this installation.</source>
        <translation>Die Vorlage „%1“ fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>The template “%1” is damaged: %2</source>
        <translation>Die Vorlage „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The sample feedback could not be added: %1</source>
        <translation>Das Beispiel-Feedback konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>sample-feedback.csv is missing from this installation.</source>
        <translation>sample-feedback.csv fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>the import was cancelled.</source>
        <translation>der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A complete example: a bike retailer&apos;s journey with touchpoints on every channel, a few hundred customer responses, personas, the future state, goals, an improvement plan and review comments.</source>
        <translation>Ein vollständiges Beispiel: die Journey eines Fahrradhändlers mit Touchpoints auf allen Kanälen, einigen hundert Kundenantworten, Personas, dem Soll-Zustand, Zielen, einem Verbesserungsplan und Review-Kommentaren.</translation>
    </message>
    <message>
        <source>The sample sign-off could not be added: %1</source>
        <translation>Die Beispiel-Freigabe konnte nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>Waymark::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>Map customer journeys, see where they hurt, and plan what to improve.</source>
        <translation>Customer Journeys abbilden, erkennen, wo es hakt, und Verbesserungen planen.</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Neues Projekt beginnen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>%1 (not saved under a name yet)</source>
        <translation>%1 (noch nicht unter einem Namen gespeichert)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
</TS>
