<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>callout</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AppLanguage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>EditAnnotationTextCommand</name>
    <message>
        <source>Edit annotation text</source>
        <translation>Anmerkungstext bearbeiten</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the view with its annotations as PNG, SVG or PDF</source>
        <translation>Die Ansicht mit ihren Anmerkungen als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Copy &amp;Picture</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the view with its annotations to the clipboard</source>
        <translation>Die Ansicht mit ihren Anmerkungen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>PNG image, 2× (*.png)</source>
        <translation>PNG-Bild, 2× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1: cannot save into the program&apos;s own lessons; choose another file</source>
        <translation>%1: In die mitgelieferten Lektionen des Programms kann nicht gespeichert werden; bitte eine andere Datei wählen</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: Speichern nicht möglich: %2</translation>
    </message>
    <message>
        <source>The lesson has no file yet; use Save As.</source>
        <translation>Die Lektion hat noch keine Datei; bitte „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>OSTEP problem: %1</source>
        <translation>OSTEP-Aufgabe: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — mmulab</source>
        <translation>%1[*] — mmulab</translation>
    </message>
    <message>
        <source>%1 (lesson)</source>
        <translation>%1 (Lektion)</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>&amp;Neue Lektion</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import OSTEP Problem…</source>
        <translation>OSTEP-Aufgabe &amp;importieren…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Lesson</source>
        <translation>&amp;Mitgelieferte Lektion öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>mmulab lessons (*.mmulab);;Figures exported by mmulab (*.png *.svg);;All files (*)</source>
        <translation>mmulab-Lektionen (*.mmulab);;Von mmulab exportierte Abbildungen (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lektion</translation>
    </message>
    <message>
        <source>mmulab lessons (*.mmulab)</source>
        <translation>mmulab-Lektionen (*.mmulab)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Type a virtual address and press Return.</source>
        <translation>Virtuelle Adresse eingeben und Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About mmulab</source>
        <translation>&amp;Über mmulab</translation>
    </message>
    <message>
        <source>About mmulab</source>
        <translation>Über mmulab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A laboratory for virtual memory address translation.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein Labor für die Adressübersetzung im virtuellen Speicher.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>Virtuelle Adresse</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>Physischer Speicher</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Page walk</source>
        <translation>Seitentabellen-Durchlauf</translation>
    </message>
    <message>
        <source>TLBs</source>
        <translation>TLBs</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Notizen zur Lektion</translation>
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
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Helles Farbschema</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Farbschema</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>Farbschema mit hohem &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Animate Steps</source>
        <translation>Schritte &amp;animieren</translation>
    </message>
    <message>
        <source>Move the highlights smoothly from step to step; off, each step appears at once</source>
        <translation>Hervorhebungen gleiten von Schritt zu Schritt; ausgeschaltet erscheint jeder Schritt sofort</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nmerkungen</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 mode</source>
        <translation>%1 auf %2 im %3</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzermodus</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor-Modus</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>MoveAnnotationCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
</context>
<context>
    <name>OstepImportDialog</name>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Import OSTEP Problem</source>
        <translation>OSTEP-Aufgabe importieren</translation>
    </message>
    <message>
        <source>Paste what &lt;tt&gt;paging-multilevel-translate.py&lt;/tt&gt; printed (the &lt;tt&gt;page NN:&lt;/tt&gt; lines, the PDBR line and the virtual addresses), or open a file with it.</source>
        <translation>Fügen Sie ein, was &lt;tt&gt;paging-multilevel-translate.py&lt;/tt&gt; ausgegeben hat (die Zeilen &lt;tt&gt;page NN:&lt;/tt&gt;, die PDBR-Zeile und die virtuellen Adressen), oder öffnen Sie eine Datei damit.</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Open OSTEP Problem</source>
        <translation>OSTEP-Aufgabe öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>mmulab figure</source>
        <translation>mmulab-Abbildung</translation>
    </message>
    <message>
        <source> — access %1 of %2, %3, step %4 of %5</source>
        <translation> — Zugriff %1 von %2, %3, Schritt %4 von %5</translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf</source>
        <translation>%1: Der Name muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>%1: nothing to draw</source>
        <translation>%1: nichts zu zeichnen</translation>
    </message>
    <message>
        <source>%1: cannot write: rendering failed</source>
        <translation>%1: Schreiben nicht möglich: Darstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>%1: this picture holds no mmulab lesson</source>
        <translation>%1: Dieses Bild enthält keine mmulab-Lektion</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MiB, more than any lesson file</source>
        <translation>%1: ist größer als %2 MiB, mehr als jede Lektionsdatei</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>views::AccessForm</name>
    <message>
        <source>&amp;Translate</source>
        <translation>Ü&amp;bersetzen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>User mode</source>
        <translation>Benutzermodus</translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation>Supervisor-Modus</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Paging format</source>
        <translation>Paging-Format</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriffsart</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <source>&amp;Paging</source>
        <translation>&amp;Paging</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>&amp;Zugriff</translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation>M&amp;odus</translation>
    </message>
    <message>
        <source>&amp;Virtual address</source>
        <translation>&amp;Virtuelle Adresse</translation>
    </message>
</context>
<context>
    <name>views::AddressEntry</name>
    <message>
        <source>Virtual address, e.g. 0x7fff_a1b2_c3d4</source>
        <translation>Virtuelle Adresse, z. B. 0x7fff_a1b2_c3d4</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>Virtuelle Adresse</translation>
    </message>
    <message>
        <source>Type a hexadecimal virtual address.</source>
        <translation>Bitte eine hexadezimale virtuelle Adresse eingeben.</translation>
    </message>
    <message>
        <source>Column %1: hex digits must follow “0x”.</source>
        <translation>Spalte %1: Auf „0x“ müssen Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>Column %1: “%2” is not a hex digit.</source>
        <translation>Spalte %1: „%2“ ist keine Hexadezimalziffer.</translation>
    </message>
    <message>
        <source>Column %1: a digit separator must stand between two hex digits.</source>
        <translation>Spalte %1: Ein Zifferntrenner muss zwischen zwei Hexadezimalziffern stehen.</translation>
    </message>
    <message>
        <source>Column %1: bit %2 is set, but %3 addresses have %4 bits.</source>
        <translation>Spalte %1: Bit %2 ist gesetzt, aber %3-Adressen haben %4 Bit.</translation>
    </message>
    <message>
        <source>Canonical address.</source>
        <translation>Kanonische Adresse.</translation>
    </message>
    <message>
        <source>Not canonical: bits %1..%2 must all equal bit %3, so this access raises a general-protection fault.</source>
        <translation>Nicht kanonisch: Die Bits %1..%2 müssen alle gleich Bit %3 sein; dieser Zugriff löst daher einen allgemeinen Schutzfehler aus.</translation>
    </message>
</context>
<context>
    <name>views::AnnotationLayer</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Callout</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Pfeil</translation>
    </message>
    <message>
        <source>Highlight &amp;box</source>
        <translation>&amp;Markierungsrahmen</translation>
    </message>
    <message>
        <source>&amp;Edit annotation text…</source>
        <translation>Anmerkungstext b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <source>New annotations on e&amp;very step</source>
        <translation>Neue Anmerkungen in &amp;jedem Schritt</translation>
    </message>
    <message>
        <source>Add a text callout: choose, then click the element it explains</source>
        <translation>Textbeschriftung hinzufügen: auswählen, dann auf das Element klicken, das sie erklärt</translation>
    </message>
    <message>
        <source>Add an arrow: choose, then click the element it points at</source>
        <translation>Pfeil hinzufügen: auswählen, dann auf das Element klicken, auf das er zeigt</translation>
    </message>
    <message>
        <source>Frame an element: choose, then click it</source>
        <translation>Element einrahmen: auswählen, dann darauf klicken</translation>
    </message>
    <message>
        <source>New annotations stay on every step of the translation, not just the current one</source>
        <translation>Neue Anmerkungen bleiben in jedem Schritt der Übersetzung sichtbar, nicht nur im aktuellen</translation>
    </message>
</context>
<context>
    <name>views::AnnotationOverlay</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Return keeps the text, Shift+Return starts a new line, Escape cancels</source>
        <translation>Eingabetaste übernimmt den Text, Umschalt+Eingabetaste beginnt eine neue Zeile, Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>views::BitSliceView</name>
    <message>
        <source>Address bit fields</source>
        <translation>Bitfelder der Adresse</translation>
    </message>
    <message>
        <source>sign extension</source>
        <translation>Vorzeichenerweiterung</translation>
    </message>
    <message>
        <source>sign extension — NOT canonical</source>
        <translation>Vorzeichenerweiterung — NICHT kanonisch</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>zero (the lower half)</source>
        <translation>null (untere Hälfte)</translation>
    </message>
    <message>
        <source>not zero — NOT in the lower half</source>
        <translation>nicht null — NICHT in der unteren Hälfte</translation>
    </message>
</context>
<context>
    <name>views::ChartsPanel</name>
    <message>
        <source>&amp;Workload…</source>
        <translation>&amp;Arbeitslast…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Export c&amp;hart</source>
        <translation>&amp;Diagramm exportieren</translation>
    </message>
    <message>
        <source>The run whose accesses a click on a chart steps through</source>
        <translation>Der Lauf, dessen Zugriffe ein Klick ins Diagramm schrittweise zeigt</translation>
    </message>
    <message>
        <source>Choose a workload to replay.</source>
        <translation>Wählen Sie eine Arbeitslast zum Abspielen.</translation>
    </message>
    <message>
        <source>Click a chart to step through that access.</source>
        <translation>Klicken Sie in ein Diagramm, um diesen Zugriff schrittweise durchzugehen.</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Spiele %1 ab…</translation>
    </message>
    <message>
        <source>OPT: learning the future, %1 accesses</source>
        <translation>OPT: lernt die Zukunft, %1 Zugriffe</translation>
    </message>
    <message>
        <source>Replaying: %1 accesses</source>
        <translation>Abspielen: %1 Zugriffe</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>Abspielen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 accesses.</source>
        <translation>Nach %1 Zugriffen abgebrochen.</translation>
    </message>
    <message>
        <source>Replayed %1 accesses.</source>
        <translation>%1 Zugriffe abgespielt.</translation>
    </message>
    <message>
        <source>The cursor works once the replay has finished.</source>
        <translation>Der Cursor funktioniert, sobald das Abspielen beendet ist.</translation>
    </message>
    <message>
        <source>Access %1 is out of the cursor&apos;s range: it replays the first %2 accesses only.</source>
        <translation>Zugriff %1 liegt außerhalb des Cursorbereichs: Er spielt nur die ersten %2 Zugriffe ab.</translation>
    </message>
    <message>
        <source>Replaying up to access %1…</source>
        <translation>Spiele bis Zugriff %1 ab…</translation>
    </message>
    <message>
        <source>Cannot step through that access: %1</source>
        <translation>Dieser Zugriff kann nicht schrittweise gezeigt werden: %1</translation>
    </message>
    <message>
        <source>The step-through views show access %1 of %2.</source>
        <translation>Die Schrittansichten zeigen Zugriff %1 von %2.</translation>
    </message>
    <message>
        <source>There is no replay to export.</source>
        <translation>Es gibt keinen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Charts cannot be exported here.</source>
        <translation>Diagramme können hier nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Which charts have a logarithmic y axis</source>
        <translation>Welche Diagramme eine logarithmische y-Achse haben</translation>
    </message>
</context>
<context>
    <name>views::ComparisonTable</name>
    <message>
        <source>TLB hit rate</source>
        <translation>TLB-Trefferquote</translation>
    </message>
    <message>
        <source>page walks</source>
        <translation>Seitentabellen-Durchläufe</translation>
    </message>
    <message>
        <source>walk cycles</source>
        <translation>Durchlauf-Takte</translation>
    </message>
    <message>
        <source>minor faults</source>
        <translation>Minor Faults</translation>
    </message>
    <message>
        <source>major faults</source>
        <translation>Major Faults</translation>
    </message>
    <message>
        <source>RSS peak</source>
        <translation>RSS-Spitze</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>simulierte Zeit</translation>
    </message>
</context>
<context>
    <name>views::CycleView</name>
    <message>
        <source>Cycle breakdown</source>
        <translation>Aufschlüsselung der Takte</translation>
    </message>
    <message>
        <source>%1 entry read</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>%1 A/D write</source>
        <translation>%1 A/D schreiben</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>walk cache</source>
        <translation>Walk-Cache</translation>
    </message>
    <message>
        <source>A/D</source>
        <translation>A/D</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln cycle(s) so far</source>
        <translation>
            <numerusform>%L1 von %Ln Takt bisher</numerusform>
            <numerusform>%L1 von %Ln Takten bisher</numerusform>
        </translation>
    </message>
    <message>
        <source>served by (cycles)</source>
        <translation>geliefert von (Takte)</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>Miss</translation>
    </message>
</context>
<context>
    <name>views::FaultView</name>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>General-protection fault (#GP)</source>
        <translation>Allgemeiner Schutzfehler (#GP)</translation>
    </message>
    <message>
        <source>Page fault (#PF): not present at %1</source>
        <translation>Seitenfehler (#PF): nicht vorhanden in %1</translation>
    </message>
    <message>
        <source>Page fault (#PF): protection at %1</source>
        <translation>Seitenfehler (#PF): Schutzverletzung in %1</translation>
    </message>
    <message>
        <source>Page fault: the upper address bits are not a sign extension</source>
        <translation>Seitenfehler: Die oberen Adressbits sind keine Vorzeichenerweiterung</translation>
    </message>
    <message>
        <source>Page fault: the leaf&apos;s permissions forbid it (%1)</source>
        <translation>Seitenfehler: Die Rechte des Blatts verbieten es (%1)</translation>
    </message>
    <message>
        <source>Page fault: no valid leaf (%1)</source>
        <translation>Seitenfehler: kein gültiges Blatt (%1)</translation>
    </message>
    <message>
        <source>Translation fault: the address is not in TTBR0&apos;s half</source>
        <translation>Translation Fault: Die Adresse liegt nicht in der Hälfte von TTBR0</translation>
    </message>
    <message>
        <source>Permission fault at %1</source>
        <translation>Permission Fault bei %1</translation>
    </message>
    <message>
        <source>Translation fault at %1</source>
        <translation>Translation Fault bei %1</translation>
    </message>
    <message>
        <source>Fault: the %1 entry is not valid</source>
        <translation>Fehler: Der %1-Eintrag ist nicht gültig</translation>
    </message>
</context>
<context>
    <name>views::HandlerNarrator</name>
    <message>
        <source>no fault</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>minor fault</source>
        <translation>Minor Fault</translation>
    </message>
    <message>
        <source>major fault</source>
        <translation>Major Fault</translation>
    </message>
    <message>
        <source>protection fault (SIGSEGV)</source>
        <translation>Schutzverletzung (SIGSEGV)</translation>
    </message>
    <message>
        <source>segmentation fault (SIGSEGV)</source>
        <translation>Speicherzugriffsfehler (SIGSEGV)</translation>
    </message>
    <message>
        <source>general-protection fault</source>
        <translation>allgemeiner Schutzfehler</translation>
    </message>
    <message>
        <source>bus error (SIGBUS)</source>
        <translation>Busfehler (SIGBUS)</translation>
    </message>
    <message>
        <source>The kernel looks the address up in the process&apos;s mappings: it is mapped, so the fault can be served.</source>
        <translation>Der Kernel sucht die Adresse in den Abbildungen des Prozesses: Sie ist abgebildet, der Fehler kann also behandelt werden.</translation>
    </message>
    <message>
        <source>The kernel looks the address up in the process&apos;s mappings: no mapping allows this access.</source>
        <translation>Der Kernel sucht die Adresse in den Abbildungen des Prozesses: Keine Abbildung erlaubt diesen Zugriff.</translation>
    </message>
    <message>
        <source>Minor fault: first touch of anonymous memory; the kernel hands out a zero-filled frame.</source>
        <translation>Minor Fault: erster Zugriff auf anonymen Speicher; der Kernel vergibt einen mit Nullen gefüllten Seitenrahmen.</translation>
    </message>
    <message>
        <source>Minor fault: the file page is already in the page cache; no I/O is needed.</source>
        <translation>Minor Fault: Die Dateiseite liegt bereits im Seitencache; es ist keine E/A nötig.</translation>
    </message>
    <message>
        <source>Major fault: the page was swapped out; the kernel reads it back from the swap device.</source>
        <translation>Major Fault: Die Seite wurde ausgelagert; der Kernel liest sie vom Swap-Gerät zurück.</translation>
    </message>
    <message>
        <source>Major fault: the kernel reads the page from its file on the storage device.</source>
        <translation>Major Fault: Der Kernel liest die Seite aus ihrer Datei auf dem Speichergerät.</translation>
    </message>
    <message>
        <source>The kernel takes a free %1 frame at %2.</source>
        <translation>Der Kernel nimmt einen freien %1-Seitenrahmen bei %2.</translation>
    </message>
    <message>
        <source>Memory is full: the replacement policy chooses the page at %1 (frame %2) as the victim.</source>
        <translation>Der Speicher ist voll: Die Ersetzungsstrategie wählt die Seite bei %1 (Seitenrahmen %2) als Opfer.</translation>
    </message>
    <message>
        <source>The victim is dirty or has no copy on storage: it is written out before its frame is reused.</source>
        <translation>Das Opfer ist verändert (dirty) oder hat keine Kopie auf dem Speichergerät: Es wird zurückgeschrieben, bevor sein Seitenrahmen wiederverwendet wird.</translation>
    </message>
    <message>
        <source>The victim is clean and has a copy on storage: it is dropped without I/O.</source>
        <translation>Das Opfer ist unverändert und hat eine Kopie auf dem Speichergerät: Es wird ohne E/A verworfen.</translation>
    </message>
    <message>
        <source>The kernel writes the page-table entry at %1: %2.</source>
        <translation>Der Kernel schreibt den Seitentabelleneintrag bei %1: %2.</translation>
    </message>
    <message>
        <source>INVLPG %1: the TLBs and walk caches forget the old translation.</source>
        <translation>INVLPG %1: TLBs und Walk-Caches verwerfen die alte Übersetzung.</translation>
    </message>
    <message>
        <source>No memory can be found for the page: the process receives SIGBUS.</source>
        <translation>Für die Seite ist kein Speicher zu finden: Der Prozess erhält SIGBUS.</translation>
    </message>
    <message>
        <source>The access is not allowed: the process receives SIGSEGV.</source>
        <translation>Der Zugriff ist nicht erlaubt: Der Prozess erhält SIGSEGV.</translation>
    </message>
    <message>
        <source>The kernel returns from the fault and the instruction is executed again.</source>
        <translation>Der Kernel kehrt aus der Fehlerbehandlung zurück und der Befehl wird erneut ausgeführt.</translation>
    </message>
    <message>
        <source>The kernel&apos;s handler for a non-canonical address sends SIGSEGV to the process.</source>
        <translation>Der Handler des Kernels für eine nicht-kanonische Adresse sendet SIGSEGV an den Prozess.</translation>
    </message>
</context>
<context>
    <name>views::LessonNotesView</name>
    <message>
        <source>Notes on this access</source>
        <translation>Notizen zu diesem Zugriff</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Notizen zur Lektion</translation>
    </message>
    <message>
        <source>Access %L1 of %L2</source>
        <translation>Zugriff %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>views::MemoryMapView</name>
    <message>
        <source>Physical memory map</source>
        <translation>Karte des physischen Speichers</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>Seitentabelle</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>touched</source>
        <translation>berührt</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>⋮ %1: %2</source>
        <translation>⋮ %1: %2</translation>
    </message>
</context>
<context>
    <name>views::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>views::NarrationView</name>
    <message>
        <source>Narration</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Type a virtual address and press Return; then step with → and ←.</source>
        <translation>Virtuelle Adresse eingeben und Eingabetaste drücken; dann mit → und ← schrittweise vorgehen.</translation>
    </message>
    <message>
        <source>Translation %L1/%L2 (%3) · step %L4/%L5</source>
        <translation>Übersetzung %L1/%L2 (%3) · Schritt %L4/%L5</translation>
    </message>
</context>
<context>
    <name>views::PlaybackBar</name>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n Schritt/s</numerusform>
            <numerusform>%n Schritte/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepping controls</source>
        <translation>Schrittsteuerung</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>Schritt zurück (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>Schritt vor (→)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Abspieltempo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>views::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large, high-contrast type for a projector (F11)</source>
        <translation>Vollbild mit großer, kontrastreicher Schrift für den Beamer (F11)</translation>
    </message>
</context>
<context>
    <name>views::ReplayChart</name>
    <message>
        <source>TLB hit rate</source>
        <translation>TLB-Trefferquote</translation>
    </message>
    <message>
        <source>Page-walk cycles per access</source>
        <translation>Durchlauf-Takte pro Zugriff</translation>
    </message>
    <message>
        <source>Walk cycles per access: histogram</source>
        <translation>Durchlauf-Takte pro Zugriff: Histogramm</translation>
    </message>
    <message>
        <source>Resident memory and page tables</source>
        <translation>Residenter Speicher und Seitentabellen</translation>
    </message>
    <message>
        <source>Page faults by kind</source>
        <translation>Seitenfehler nach Art</translation>
    </message>
    <message>
        <source>walk cycles per access</source>
        <translation>Durchlauf-Takte pro Zugriff</translation>
    </message>
    <message>
        <source>share of accesses (%)</source>
        <translation>Anteil der Zugriffe (%)</translation>
    </message>
    <message>
        <source>accesses</source>
        <translation>Zugriffe</translation>
    </message>
    <message>
        <source>hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <source>faults since the start</source>
        <translation>Fehler seit dem Start</translation>
    </message>
    <message>
        <source>cycles per access</source>
        <translation>Takte pro Zugriff</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>kumuliert</translation>
    </message>
    <message>
        <source>windowed</source>
        <translation>gleitend</translation>
    </message>
    <message>
        <source>L%1 TLB, windowed</source>
        <translation>L%1-TLB, gleitend</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values of 0 are drawn at its lower end</source>
        <translation>Logarithmische y-Achse; Werte von 0 werden an ihrem unteren Ende gezeichnet</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1 (log; 0 at %2)</source>
        <translation>%1 (log.; 0 bei %2)</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (log. Skala)</translation>
    </message>
</context>
<context>
    <name>views::StepListView</name>
    <message>
        <source>Cycles</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Translation steps</source>
        <translation>Übersetzungsschritte</translation>
    </message>
</context>
<context>
    <name>views::StepNarrator</name>
    <message>
        <source>read</source>
        <translation>Lesezugriff</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreibzugriff</translation>
    </message>
    <message>
        <source>instruction fetch</source>
        <translation>Befehlsholung</translation>
    </message>
    <message>
        <source>The address is not canonical: bits %1..%2 do not all equal bit %3.</source>
        <translation>Die Adresse ist nicht kanonisch: Die Bits %1..%2 sind nicht alle gleich Bit %3.</translation>
    </message>
    <message>
        <source>It maps a %1 page at %2; the walk ends here.</source>
        <translation>Er bildet eine %1-Seite bei %2 ab; der Durchlauf endet hier.</translation>
    </message>
    <message>
        <source>General-protection fault (#GP): a non-canonical address is never translated.</source>
        <translation>Allgemeiner Schutzfehler (#GP): Eine nicht kanonische Adresse wird nie übersetzt.</translation>
    </message>
    <message>
        <source>Page fault (#PF, protection): %1.</source>
        <translation>Seitenfehler (#PF, Schutzverletzung): %1.</translation>
    </message>
    <message>
        <source>%1: general-protection fault</source>
        <translation>%1: allgemeiner Schutzfehler</translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation>%L1 GiB</translation>
    </message>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 MiB</translation>
    </message>
    <message>
        <source>%L1 KiB</source>
        <translation>%L1 KiB</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>TLB #%1</source>
        <translation>TLB Nr. %1</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>a compulsory miss: this TLB has never seen the page</source>
        <translation>ein Pflicht-Miss (compulsory): Dieser TLB hat die Seite noch nie gesehen</translation>
    </message>
    <message>
        <source>a capacity miss: the TLB is too small for the pages in use</source>
        <translation>ein Kapazitäts-Miss: Der TLB ist zu klein für die benutzten Seiten</translation>
    </message>
    <message>
        <source>a conflict miss: too many pages map to this set</source>
        <translation>ein Konflikt-Miss: Zu viele Seiten fallen in diesen Satz</translation>
    </message>
    <message>
        <source>%1 miss in set %2: no entry for VPN %3</source>
        <translation>%1-Miss in Satz %2: kein Eintrag für VPN %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 hit in set %2, way %3, but the cached entry is clean and this is a write: the walker must set the Dirty bit in memory.</source>
        <translation>%1-Treffer in Satz %2, Weg %3, aber der gespeicherte Eintrag ist unverändert und dies ist ein Schreibzugriff: Der Walker muss das Dirty-Bit im Speicher setzen.</translation>
    </message>
    <message>
        <source>%1 hit in set %2, way %3: VPN %4 is a %5 page at %6, so no page walk is needed.</source>
        <translation>%1-Treffer in Satz %2, Weg %3: VPN %4 ist eine %5-Seite bei %6, daher ist kein Seitentabellen-Durchlauf nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycle(s)).</source>
        <translation>
            <numerusform>Lesen von %1[%2] bei %3 + %2 × %4 = %5 (aus %6, %Ln Takt).</numerusform>
            <numerusform>Lesen von %1[%2] bei %3 + %2 × %4 = %5 (aus %6, %Ln Takte).</numerusform>
        </translation>
    </message>
    <message>
        <source>It points to the %1 table at %2.</source>
        <translation>Er zeigt auf die %1-Tabelle bei %2.</translation>
    </message>
    <message>
        <source>%1; the page-walk caches are asked next.</source>
        <translation>%1; als Nächstes werden die Walk-Caches gefragt.</translation>
    </message>
    <message>
        <source>The address is canonical: bits %1..%2 repeat bit %3, so it can be translated.</source>
        <translation>Die Adresse ist kanonisch: Die Bits %1..%2 wiederholen Bit %3, sie kann also übersetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>Der Walker setzt die Bits Accessed und Dirty im %1-Eintrag (ein Schreibzugriff auf %2, %Ln Takt).</numerusform>
            <numerusform>Der Walker setzt die Bits Accessed und Dirty im %1-Eintrag (ein Schreibzugriff auf %2, %Ln Takte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>Der Walker setzt das Accessed-Bit im %1-Eintrag (ein Schreibzugriff auf %2, %Ln Takt).</numerusform>
            <numerusform>Der Walker setzt das Accessed-Bit im %1-Eintrag (ein Schreibzugriff auf %2, %Ln Takte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page fault (#PF): the %1 entry is not present, so the address has no mapping yet.</source>
        <translation>Seitenfehler (#PF): Der %1-Eintrag ist nicht vorhanden, die Adresse ist also noch nicht abgebildet.</translation>
    </message>
    <message>
        <source>The translation is written into %1, set %2, way %3, evicting VPN %4 (the victim the replacement policy chose).</source>
        <translation>Die Übersetzung wird in %1, Satz %2, Weg %3 geschrieben und verdrängt VPN %4 (das Opfer, das die Ersetzungsstrategie gewählt hat).</translation>
    </message>
    <message>
        <source>The translation is written into %1, set %2, way %3 (a free way).</source>
        <translation>Die Übersetzung wird in %1, Satz %2, Weg %3 geschrieben (ein freier Weg).</translation>
    </message>
    <message>
        <source>The %1 walk cache holds this entry: the walk skips to the %2 table at %3.</source>
        <translation>Der %1-Walk-Cache enthält diesen Eintrag: Der Durchlauf springt direkt zur %2-Tabelle bei %3.</translation>
    </message>
    <message>
        <source>The %1 walk cache has no entry for this address.</source>
        <translation>Der %1-Walk-Cache hat keinen Eintrag für diese Adresse.</translation>
    </message>
    <message>
        <source>Physical address = page frame %1 + offset %2 = %3 (%4 page).</source>
        <translation>Physische Adresse = Seitenrahmen %1 + Offset %2 = %3 (%4-Seite).</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3 page), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1 → %2 (%3-Seite), %Ln Takt</numerusform>
            <numerusform>%1 → %2 (%3-Seite), %Ln Takte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: page fault, %2 entry not present, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1: Seitenfehler, %2-Eintrag nicht vorhanden, %Ln Takt</numerusform>
            <numerusform>%1: Seitenfehler, %2-Eintrag nicht vorhanden, %Ln Takte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: protection fault (%2), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1: Schutzverletzung (%2), %Ln Takt</numerusform>
            <numerusform>%1: Schutzverletzung (%2), %Ln Takte</numerusform>
        </translation>
    </message>
    <message>
        <source>user mode may not touch a supervisor page (%1)</source>
        <translation>der Benutzermodus darf keine Supervisor-Seite berühren (%1)</translation>
    </message>
    <message>
        <source>the page is read-only (%1)</source>
        <translation>die Seite ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>the page is not executable (%1)</source>
        <translation>die Seite ist nicht ausführbar (%1)</translation>
    </message>
    <message>
        <source>R, W or X is set, so this PTE is a leaf</source>
        <translation>R, W oder X ist gesetzt, also ist dieser PTE ein Blatt</translation>
    </message>
    <message>
        <source>A block descriptor (bits 1..0 = 01)</source>
        <translation>Ein Block-Deskriptor (Bits 1..0 = 01)</translation>
    </message>
    <message>
        <source>PS = 1</source>
        <translation>PS = 1</translation>
    </message>
    <message>
        <source>A leaf whose physical page number is not a multiple of the %1 it maps: a misaligned superpage faults like an invalid entry, and the walk stops.</source>
        <translation>Ein Blatt, dessen physische Seitennummer kein Vielfaches der abgebildeten %1 ist: Eine falsch ausgerichtete Superpage löst einen Fehler aus wie ein ungültiger Eintrag, und der Durchlauf endet.</translation>
    </message>
    <message>
        <source>The entry uses a reserved encoding: it faults like an invalid entry, and the walk stops.</source>
        <translation>Der Eintrag verwendet eine reservierte Kodierung: Er löst einen Fehler aus wie ein ungültiger Eintrag, und der Durchlauf endet.</translation>
    </message>
    <message>
        <source>The entry is not valid (%1): the walk stops.</source>
        <translation>Der Eintrag ist nicht gültig (%1): Der Durchlauf endet.</translation>
    </message>
    <message>
        <source>%1: it maps a %2 page at %3, so the walk ends early.</source>
        <translation>%1: Er bildet eine %2-Seite bei %3 ab, der Durchlauf endet also vorzeitig.</translation>
    </message>
    <message>
        <source>%1; the walk starts at %2 = %3.</source>
        <translation>%1; der Durchlauf beginnt bei %2 = %3.</translation>
    </message>
    <message>
        <source>Every %1-bit address is translated: there are no upper bits to check.</source>
        <translation>Jede %1-Bit-Adresse wird übersetzt: Es gibt keine oberen Bits zu prüfen.</translation>
    </message>
    <message>
        <source>Bits %1..%2 are 0: the address is in the lower half, translated from %3.</source>
        <translation>Die Bits %1..%2 sind 0: Die Adresse liegt in der unteren Hälfte und wird ab %3 übersetzt.</translation>
    </message>
    <message>
        <source>Bits %1..%2 are not all 0: the address is not in the half %3 translates.</source>
        <translation>Die Bits %1..%2 sind nicht alle 0: Die Adresse liegt nicht in der Hälfte, die %3 übersetzt.</translation>
    </message>
    <message>
        <source>Page fault: the upper address bits are not a sign extension, so the address is never translated.</source>
        <translation>Seitenfehler: Die oberen Adressbits sind keine Vorzeichenerweiterung, daher wird die Adresse nie übersetzt.</translation>
    </message>
    <message>
        <source>Translation fault at level 0: the address is outside the half TTBR0 translates, so it is never translated.</source>
        <translation>Übersetzungsfehler auf Stufe 0: Die Adresse liegt außerhalb der Hälfte, die TTBR0 übersetzt, daher wird sie nie übersetzt.</translation>
    </message>
    <message>
        <source>%1: page fault, not a sign-extended address</source>
        <translation>%1: Seitenfehler, keine vorzeichenerweiterte Adresse</translation>
    </message>
    <message>
        <source>%1: translation fault at level 0, address outside TTBR0&apos;s half</source>
        <translation>%1: Übersetzungsfehler auf Stufe 0, Adresse außerhalb der TTBR0-Hälfte</translation>
    </message>
</context>
<context>
    <name>views::TlbView</name>
    <message>
        <source>TLB contents</source>
        <translation>TLB-Inhalt</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>This machine has no TLB.</source>
        <translation>Diese Maschine hat keinen TLB.</translation>
    </message>
    <message>
        <source>Each way: VPN → PFN (hex), page size, LRU rank (0 = newest), PCID when not 0</source>
        <translation>Jeder Weg: VPN → PFN (hex), Seitengröße, LRU-Rang (0 = neuester), PCID wenn nicht 0</translation>
    </message>
    <message>
        <source>%L1 sets × %L2 ways, %3</source>
        <translation>%L1 Sätze × %L2 Wege, %3</translation>
    </message>
    <message>
        <source>set %1: MISS</source>
        <translation>Satz %1: MISS</translation>
    </message>
    <message>
        <source>set %1, way %2: HIT</source>
        <translation>Satz %1, Weg %2: TREFFER</translation>
    </message>
    <message>
        <source>filled set %1, way %2; evicted VPN %3</source>
        <translation>gefüllt: Satz %1, Weg %2; verdrängt: VPN %3</translation>
    </message>
    <message>
        <source>filled set %1, way %2 (free)</source>
        <translation>gefüllt: Satz %1, Weg %2 (frei)</translation>
    </message>
    <message>
        <source>way %1</source>
        <translation>Weg %1</translation>
    </message>
    <message>
        <source>⋮  set %1 not shown</source>
        <translation>⋮  Satz %1 nicht gezeigt</translation>
    </message>
    <message>
        <source>⋮  sets %1–%2 not shown</source>
        <translation>⋮  Sätze %1–%2 nicht gezeigt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>LRU %1 PCID %2</source>
        <translation>LRU %1 PCID %2</translation>
    </message>
    <message>
        <source>LRU %1</source>
        <translation>LRU %1</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>ERSETZT</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>%1 of %2 ways shown</source>
        <translation>%1 von %2 Wegen gezeigt</translation>
    </message>
</context>
<context>
    <name>views::WalkView</name>
    <message>
        <source>Page walk</source>
        <translation>Seitentabellen-Durchlauf</translation>
    </message>
    <message>
        <source>No walk: a non-canonical address is never translated.</source>
        <translation>Kein Durchlauf: Eine nicht kanonische Adresse wird nie übersetzt.</translation>
    </message>
    <message>
        <source>No walk: %1 already holds the translation.</source>
        <translation>Kein Durchlauf: %1 enthält die Übersetzung bereits.</translation>
    </message>
    <message>
        <source>skipped: the %1 walk cache gave the next table, %2</source>
        <translation>übersprungen: Der %1-Walk-Cache lieferte die nächste Tabelle, %2</translation>
    </message>
    <message>
        <source>not needed: the %1 page ends the walk at %2</source>
        <translation>nicht nötig: Die %1-Seite beendet den Durchlauf bei %2</translation>
    </message>
    <message>
        <source>not reached: the %1 entry is not present</source>
        <translation>nicht erreicht: Der %1-Eintrag ist nicht vorhanden</translation>
    </message>
    <message>
        <source>Physical address %1 (%2 page)</source>
        <translation>Physische Adresse %1 (%2-Seite)</translation>
    </message>
    <message>
        <source>index %1 = VA bits %2..%3</source>
        <translation>Index %1 = VA-Bits %2..%3</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>%1-Tabelle</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>%1 table at %2</source>
        <translation>%1-Tabelle bei %2</translation>
    </message>
    <message>
        <source>not present: the walk stops</source>
        <translation>nicht vorhanden: Der Durchlauf endet</translation>
    </message>
    <message>
        <source>→ %1 page at %2</source>
        <translation>→ %1-Seite bei %2</translation>
    </message>
    <message>
        <source>→ %1 table at %2</source>
        <translation>→ %1-Tabelle bei %2</translation>
    </message>
    <message>
        <source>entry %1 + %2 × %3 = %4</source>
        <translation>Eintrag %1 + %2 × %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1, %Ln Takt</numerusform>
            <numerusform>%1, %Ln Takte</numerusform>
        </translation>
    </message>
    <message>
        <source>Translate an address to see its page walk.</source>
        <translation>Eine Adresse übersetzen, um ihren Seitentabellen-Durchlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1.PPN = %2  (the root table at %3)</source>
        <translation>%1.PPN = %2  (die Wurzeltabelle bei %3)</translation>
    </message>
    <message>
        <source>%1 = %2  (the page directory at %3)</source>
        <translation>%1 = %2  (das Seitenverzeichnis bei %3)</translation>
    </message>
    <message>
        <source>%1 = %2  (the root table of this process)</source>
        <translation>%1 = %2  (die Wurzeltabelle dieses Prozesses)</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>nicht gültig</translation>
    </message>
    <message>
        <source>misaligned superpage: its PPN is not a multiple of the page size</source>
        <translation>falsch ausgerichtete Superpage: Ihre PPN ist kein Vielfaches der Seitengröße</translation>
    </message>
    <message>
        <source>reserved encoding</source>
        <translation>reservierte Kodierung</translation>
    </message>
    <message>
        <source>pointer (R = W = X = 0)</source>
        <translation>Zeiger (R = W = X = 0)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>points to the next table</source>
        <translation>zeigt auf die nächste Tabelle</translation>
    </message>
    <message>
        <source>superpage leaf (R, W or X set)</source>
        <translation>Superpage-Blatt (R, W oder X gesetzt)</translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>PS = 1: a large page</source>
        <translation>PS = 1: eine große Seite</translation>
    </message>
    <message>
        <source>leaf (R, W or X set)</source>
        <translation>Blatt (R, W oder X gesetzt)</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>maps a page</source>
        <translation>bildet eine Seite ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 0x%2 (bits %3..%4)</source>
        <translation>%1 0x%2 (Bits %3..%4)</translation>
    </message>
</context>
<context>
    <name>views::WorkloadPicker</name>
    <message>
        <source>&amp;Generated workload</source>
        <translation>&amp;Erzeugte Arbeitslast</translation>
    </message>
    <message>
        <source>&amp;Trace file</source>
        <translation>&amp;Trace-Datei</translation>
    </message>
    <message>
        <source>Choose a workload</source>
        <translation>Arbeitslast wählen</translation>
    </message>
    <message>
        <source>sequential scan</source>
        <translation>sequenzieller Durchlauf</translation>
    </message>
    <message>
        <source>strided</source>
        <translation>mit Schrittweite</translation>
    </message>
    <message>
        <source>uniform random</source>
        <translation>gleichverteilt zufällig</translation>
    </message>
    <message>
        <source>hot/cold working set</source>
        <translation>heiße/kalte Arbeitsmenge</translation>
    </message>
    <message>
        <source>matrix traversal</source>
        <translation>Matrixdurchlauf</translation>
    </message>
    <message>
        <source>pointer chase</source>
        <translation>Zeigerverfolgung</translation>
    </message>
    <message>
        <source>scan over a hot set</source>
        <translation>Durchlauf über eine heiße Menge</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Region size:</source>
        <translation>Bereichsgröße:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Order (row/col):</source>
        <translation>Reihenfolge (Zeile/Spalte):</translation>
    </message>
    <message>
        <source>Hot set size:</source>
        <translation>Größe der heißen Menge:</translation>
    </message>
    <message>
        <source>Hot fraction:</source>
        <translation>Heißer Anteil:</translation>
    </message>
    <message>
        <source>Scanned size:</source>
        <translation>Durchlaufene Größe:</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <source>Node size:</source>
        <translation>Knotengröße:</translation>
    </message>
    <message>
        <source>Accesses:</source>
        <translation>Zugriffe:</translation>
    </message>
    <message>
        <source>Bytes per access:</source>
        <translation>Bytes pro Zugriff:</translation>
    </message>
    <message>
        <source>Write fraction:</source>
        <translation>Schreibanteil:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Base address:</source>
        <translation>Basisadresse:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Bytes: 4K, 64M, 1G (powers of 1024)</source>
        <translation>Bytes: 4K, 64M, 1G (Potenzen von 1024)</translation>
    </message>
    <message>
        <source>Accesses: 1000, 10K, 10M (powers of 1000)</source>
        <translation>Zugriffe: 1000, 10K, 10M (Potenzen von 1000)</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Zugriffe</translation>
    </message>
    <message>
        <source>Open trace file…</source>
        <translation>Trace-Datei öffnen…</translation>
    </message>
    <message>
        <source>Valgrind lackey, Dinero din, Pin or plain address list</source>
        <translation>Valgrind lackey, Dinero din, Pin oder einfache Adressliste</translation>
    </message>
    <message>
        <source>Machine and page size</source>
        <translation>Maschine und Seitengröße</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(kein Vergleich)</translation>
    </message>
    <message>
        <source>Machine file…</source>
        <translation>Maschinendatei…</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Maschine:</translation>
    </message>
    <message>
        <source>Page sizes (two or more compare):</source>
        <translation>Seitengrößen (zwei oder mehr werden verglichen):</translation>
    </message>
    <message>
        <source>Compare with machine:</source>
        <translation>Vergleichen mit Maschine:</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Choose a trace file.</source>
        <translation>Wählen Sie eine Trace-Datei.</translation>
    </message>
    <message>
        <source>Choose at least one page size.</source>
        <translation>Wählen Sie mindestens eine Seitengröße.</translation>
    </message>
    <message>
        <source>Compare page sizes or machines, not both: check one page size to compare machines.</source>
        <translation>Vergleichen Sie Seitengrößen oder Maschinen, nicht beides: Für einen Maschinenvergleich genau eine Seitengröße ankreuzen.</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>Maschine %1</translation>
    </message>
    <message>
        <source>The same on the command line: %1</source>
        <translation>Dasselbe auf der Kommandozeile: %1</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Trace-Datei öffnen</translation>
    </message>
    <message>
        <source>Traces (*.lackey *.din *.out *.trace *.txt);;All files (*)</source>
        <translation>Traces (*.lackey *.din *.out *.trace *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open machine file</source>
        <translation>Maschinendatei öffnen</translation>
    </message>
    <message>
        <source>Machine files (*.json);;All files (*)</source>
        <translation>Maschinendateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
