<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="+62"/>
        <source>About Fieldtag</source>
        <translation>Über Fieldtag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Fieldtag {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fieldtag {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset tracking for IT field technicians: scan, label, check, count and dispose of assets, offline first, with a full history of every change.</source>
        <translation>Geräteverwaltung für IT-Techniker vor Ort: Geräte scannen, etikettieren, prüfen, inventarisieren und entsorgen – offline nutzbar und mit vollständiger Historie jeder Änderung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these versions and folders for a support request</source>
        <translation>Diese Versionen und Ordner für eine Supportanfrage kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../app/ui/lifecycle_text.py" line="+22"/>
        <source>Mark ordered</source>
        <translation>Als bestellt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive into stock</source>
        <translation>Ins Lager aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to maintenance</source>
        <translation>In Wartung geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to stock</source>
        <translation>Zurück ins Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to stock</source>
        <translation>Zurück ins Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to user</source>
        <translation>Zurück zum Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse (back to stock)</source>
        <translation>Wiederverwenden (zurück ins Lager)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose</source>
        <translation>Entsorgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found: back to stock</source>
        <translation>Gefunden: zurück ins Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found: with user</source>
        <translation>Gefunden: beim Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off (retire)</source>
        <translation>Abschreiben (ausmustern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark missing</source>
        <translation>Als vermisst melden</translation>
    </message>
</context>
<context>
    <name>AssetEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/asset_edit.py" line="+81"/>
        <source>Edit asset {0}</source>
        <translation>Gerät {0} bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New asset</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asset &amp;tag</source>
        <translation>&amp;Inventarnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. IT-004211</source>
        <translation>z. B. IT-004211</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rial number</source>
        <translation>Se&amp;riennummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>Stan&amp;dort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned t&amp;o</source>
        <translation>&amp;Zugewiesen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD (empty: not set)</source>
        <translation>JJJJ-MM-TT (leer: nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purchase date</source>
        <translation>&amp;Kaufdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase &amp;cost</source>
        <translation>Kauf&amp;preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1299.00</source>
        <translation>z. B. 1299.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplie&amp;r</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order number</source>
        <translation>&amp;Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warranty ends</source>
        <translation>&amp;Garantie bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End of life</source>
        <translation>Nutzungs&amp;ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next a&amp;udit</source>
        <translation>Nächste In&amp;ventur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom field</source>
        <translation>Eigenes Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove custom field</source>
        <translation>Eigenes Feld entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no location)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Nothing was saved. Please correct:</source>
        <translation>Es wurde nichts gespeichert. Bitte korrigieren:</translation>
    </message>
</context>
<context>
    <name>AssetOpener</name>
    <message>
        <location filename="../../app/ui/scan/handlers.py" line="+99"/>
        <source>finish or close the open dialog, then scan again</source>
        <translation>offenen Dialog abschließen oder schließen, dann erneut scannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan of {0} ignored: {1}.</source>
        <translation>Scan von {0} ignoriert: {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This code is no asset tag.</source>
        <translation>Dieser Code ist keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (by serial number)</source>
        <translation> (über die Seriennummer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened {0}{1}</source>
        <translation>{0}{1} geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned {0}: {1}</source>
        <translation>{0} gescannt: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in the store</source>
        <translation>nicht im Bestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown tag</source>
        <translation>Unbekannte Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No asset has the tag {0}.</source>
        <translation>Kein Gerät hat die Inventarnummer {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an asset with this tag? (For labels printed in advance.)</source>
        <translation>Ein Gerät mit dieser Inventarnummer anlegen? (Für vorab gedruckte Etiketten.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create asset {0}</source>
        <translation>Gerät {0} anlegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Which asset?</source>
        <translation>Welches Gerät?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} assets have the serial number {1}. Pick the one in your hands:</source>
        <translation>{0} Geräte haben die Seriennummer {1}. Wählen Sie das Gerät aus, das Sie in der Hand haben:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assets with this serial number</source>
        <translation>Geräte mit dieser Seriennummer</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <location filename="../../app/ui/asset_model.py" line="+71"/>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ends</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Click to sort by {0}</source>
        <translation>Klicken, um nach {0} zu sortieren</translation>
    </message>
</context>
<context>
    <name>AssetView</name>
    <message>
        <location filename="../../app/ui/asset_view.py" line="+202"/>
        <source>Asset details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this asset&apos;s fields (F2)</source>
        <translation>Die Felder dieses Geräts bearbeiten (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit asset</source>
        <translation>Gerät bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label…</source>
        <translation>Etikett…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a label for this asset</source>
        <translation>Ein Etikett für dieses Gerät drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist…</source>
        <translation>Checkliste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+298"/>
        <source>Start (or resume) a checklist for this asset (Ctrl+K)</source>
        <translation>Eine Checkliste für dieses Gerät starten oder fortsetzen (Strg+K)</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Start checklist</source>
        <translation>Checkliste starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the asset panel</source>
        <translation>Gerätebereich schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close asset panel</source>
        <translation>Gerätebereich schließen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Custom fields:</source>
        <translation>Eigene Felder:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or resume the selected checklist (Enter)</source>
        <translation>Die ausgewählte Checkliste öffnen oder fortsetzen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected checklist&apos;s report as PDF</source>
        <translation>Den Bericht der ausgewählten Checkliste als PDF speichern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase cost</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ends</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of life</source>
        <translation>Nutzungsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next audit</source>
        <translation>Nächste Inventur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last audit</source>
        <translation>Letzte Inventur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>History ({0})</source>
        <translation>Historie ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}, started by {1}</source>
        <translation>{0}, begonnen von {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checklists ({0})</source>
        <translation>Checklisten ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklists ({0}, {1} open)</source>
        <translation>Checklisten ({0}, {1} offen)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This asset no longer exists.</source>
        <translation>Dieses Gerät existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A disposed asset&apos;s record stays as history: no checklist can be run</source>
        <translation>Ein entsorgtes Gerät bleibt nur als Historie erhalten: Es kann keine Checkliste mehr ausgeführt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drives ({0})</source>
        <translation>Datenträger ({0})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the status to {0}</source>
        <translation>Status auf {0} ändern</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0}: {1} is now {2}.</source>
        <translation>{0}: {1} ist jetzt {2}.</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <location filename="../../app/ui/pages/assets.py" line="+80"/>
        <source>Search tag, serial, model, person, location, notes…</source>
        <translation>Inventarnr., Seriennr., Modell, Person, Standort, Notizen suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search assets</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search as you type: words match the start of tag, serial, model, manufacturer, person, location or notes ({0})</source>
        <translation>Suche während der Eingabe: Wörter passen auf den Anfang von Inventarnummer, Seriennummer, Modell, Hersteller, Person, Standort oder Notizen ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only assets in this state</source>
        <translation>Nur Geräte in diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location filter</source>
        <translation>Standortfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only assets at this location or below it</source>
        <translation>Nur Geräte an diesem Standort oder darunter anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only assets of this category</source>
        <translation>Nur Geräte dieser Kategorie anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warranty ends within</source>
        <translation>Garantie endet in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by warranty end</source>
        <translation>Nach Garantieende filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty ends within this many days</source>
        <translation>Garantie endet innerhalb so vieler Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New asset…</source>
        <translation>Neues Gerät…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New asset</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an asset ({0})</source>
        <translation>Ein Gerät anlegen ({0})</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Filtered from Home</source>
        <translation>Gefiltert von der Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown from the home page: {0}</source>
        <translation>Von der Startseite aus angezeigt: {0}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No assets yet. Create one with File › New asset (Ctrl+N), import a CSV file (Ctrl+I) or load the demo data.</source>
        <translation>Noch keine Geräte. Legen Sie eines mit Datei › Neues Gerät (Strg+N) an, importieren Sie eine CSV-Datei (Strg+I) oder laden Sie die Demodaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No asset matches these filters.</source>
        <translation>Kein Gerät passt zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../app/ui/pages/certificates.py" line="+63"/>
        <source>Certificate for a disposal batch</source>
        <translation>Zertifikat für eine Entsorgungscharge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asset tags, separated by spaces (scan them)</source>
        <translation>Inventarnummern, durch Leerzeichen getrennt (einscannen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or paste a list, one tag per line</source>
        <translation>…oder eine Liste einfügen, eine Inventarnummer pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drives</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanitized</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue certificate…</source>
        <translation>Zertifikat &amp;ausstellen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type or scan the tags of the assets in the batch.</source>
        <translation>Inventarnummern der Geräte in der Charge eingeben oder scannen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not every drive of {0} is sanitized (or no drives are recorded): record them first.</source>
        <translation>Nicht alle Datenträger von {0} sind gelöscht (oder es sind keine erfasst): Erfassen Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>CaptureThread</name>
    <message>
        <location filename="../../app/ui/scan/camera.py" line="+137"/>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>The camera failed: {0}</source>
        <translation>Die Kamera ist ausgefallen: {0}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0} stopped delivering pictures.</source>
        <translation>{0} liefert keine Bilder mehr.</translation>
    </message>
</context>
<context>
    <name>CatalogEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/catalog_edit.py" line="+62"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Nothing was saved. Please correct:</source>
        <translation>Es wurde nichts gespeichert. Bitte korrigieren:</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../app/ui/pages/catalog.py" line="+172"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected entry (Enter, double-click)</source>
        <translation>Den ausgewählten Eintrag bearbeiten (Enter, Doppelklick)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Could not load the list</source>
        <translation>Die Liste konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+8"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is removed from the catalogue; the history keeps a record of it.</source>
        <translation>Der Eintrag wird aus dem Katalog entfernt; die Historie behält einen Nachweis.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not deleted.</source>
        <translation>%1 wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../app/ui/pages/certificates.py" line="-79"/>
        <source>Reissue certificate</source>
        <translation>Zertifikat neu ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is {0} reissued? (kept in the history)</source>
        <translation>Warum wird {0} neu ausgestellt? (wird in der Historie festgehalten)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Search: certificate number, asset tag or drive serial (or scan the QR code)</source>
        <translation>Suche: Zertifikatsnummer, Inventarnummer oder Datenträger-Seriennummer (oder QR-Code scannen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Batch certificate…</source>
        <translation>Sa&amp;mmelzertifikat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One certificate for several assets being disposed of</source>
        <translation>Ein Zertifikat für mehrere Geräte, die entsorgt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify signature</source>
        <translation>Signatur &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reissue…</source>
        <translation>&amp;Neu ausstellen…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>replaced by {0}</source>
        <translation>ersetzt durch {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} certificate(s)</source>
        <translation>{0} Zertifikat(e)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No certificate selected.</source>
        <translation>Kein Zertifikat ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued {0:%Y-%m-%d %H:%M} UTC by {1} on {2}</source>
        <translation>Ausgestellt am {0:%Y-%m-%d %H:%M} UTC von {1} auf {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets: {0}</source>
        <translation>Geräte: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives: {0}</source>
        <translation>Datenträger: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by key SHA-256 {0}</source>
        <translation>Signiert mit Schlüssel SHA-256 {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaces {0}: {1}</source>
        <translation>Ersetzt {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by {0}</source>
        <translation>Ersetzt durch {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved {0} to {1}</source>
        <translation>{0} unter {1} gespeichert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature INVALID</source>
        <translation>Signatur UNGÜLTIG</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not reissued</source>
        <translation>Nicht neu ausgestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} issued, replacing {1}</source>
        <translation>{0} ausgestellt, ersetzt {1}</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../app/ui/dialogs/certificate_settings.py" line="+32"/>
        <source>Import the organisation&apos;s key</source>
        <translation>Schlüssel der Organisation importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of {0} (used once to open it, not stored):</source>
        <translation>Passphrase von {0} (nur einmal zum Öffnen verwendet, nicht gespeichert):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. IT technician</source>
        <translation>z. B. IT-Techniker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;title</source>
        <translation>Ihre &amp;Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your or&amp;ganisation</source>
        <translation>Ihre &amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;location</source>
        <translation>Ihr &amp;Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;phone</source>
        <translation>Ihr &amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in as the person performing sanitization (with the technician name) on every new record.</source>
        <translation>Wird bei jedem neuen Nachweis als durchführende Person der Löschung eingetragen (mit dem Namen des Technikers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create new key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import PKCS#12…</source>
        <translation>PKCS#12 &amp;importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No key yet: one is created (with a self-signed certificate) when the first certificate is issued, in {0}. Or import the organisation&apos;s PKCS#12.</source>
        <translation>Noch kein Schlüssel: Beim Ausstellen des ersten Zertifikats wird einer (mit selbstsigniertem Zertifikat) in {0} erzeugt. Oder importieren Sie die PKCS#12-Datei der Organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued by {0}</source>
        <translation>ausgestellt von {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1}), valid {2:%Y-%m-%d} to {3:%Y-%m-%d}
SHA-256 {4}
{5}</source>
        <translation>{0} ({1}), gültig von {2:%Y-%m-%d} bis {3:%Y-%m-%d}
SHA-256 {4}
{5}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create new key</source>
        <translation>Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the organisation&apos;s signing key? Certificates signed with the old key then verify only against its exported certificate.</source>
        <translation>Den Signaturschlüssel der Organisation ersetzen? Mit dem alten Schlüssel signierte Zertifikate lassen sich dann nur noch mit dessen exportiertem Zertifikat prüfen.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../app/ui/pages/home_charts.py" line="+137"/>
        <source>Assets by state</source>
        <translation>Geräte nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets by category (not disposed)</source>
        <translation>Geräte nach Kategorie (nicht entsorgt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranties ending per month</source>
        <translation>Auslaufende Garantien pro Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets by age (since purchase, not disposed)</source>
        <translation>Geräte nach Alter (seit Kauf, nicht entsorgt)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: {0}</source>
        <translation>Kategorie: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No purchase date</source>
        <translation>Kein Kaufdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bought {0} ago</source>
        <translation>Vor {0} gekauft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warranty ends in {0}</source>
        <translation>Garantie endet im {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../../app/ui/pages/checklists.py" line="+156"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter: tag, asset, checklist, person</source>
        <translation>Filter: Inventarnr., Gerät, Checkliste, Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter checklists</source>
        <translation>Checklisten filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start checklist…</source>
        <translation>Checkliste starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an asset and a checklist (Ctrl+K, Insert)</source>
        <translation>Ein Gerät und eine Checkliste wählen (Strg+K, Einfg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Open or resume the selected run (Enter)</source>
        <translation>Den ausgewählten Durchlauf öffnen oder fortsetzen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected run&apos;s report as PDF</source>
        <translation>Den Bericht des ausgewählten Durchlaufs als PDF speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checklist runs</source>
        <translation>Checklisten-Durchläufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan an asset&apos;s label here, or press “Start checklist…” (Ctrl+K), to run a receive, deploy, maintenance or disposal checklist.</source>
        <translation>Scannen Sie hier das Etikett eines Geräts oder wählen Sie „Checkliste starten…“ (Strg+K), um eine Checkliste für Wareneingang, Ausgabe, Wartung oder Entsorgung durchzuführen.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Runs shown: {0}; in progress: {1}.</source>
        <translation>Angezeigte Durchläufe: {0}; in Bearbeitung: {1}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the checklists</source>
        <translation>Die Checklisten konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Resumed the run in progress of {0} on {1}</source>
        <translation>Laufender Durchlauf von {0} für {1} fortgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checklist was not started</source>
        <translation>Die Checkliste wurde nicht gestartet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>checklist for {0}</source>
        <translation>Checkliste für {0}</translation>
    </message>
</context>
<context>
    <name>CloseCountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/counts.py" line="+218"/>
        <source>Close count</source>
        <translation>Inventur abschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the count of {0}?</source>
        <translation>Die Inventur von {0} abschließen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• {0} found and {1} unexpected assets: last audit set to today, the next one moved on.</source>
        <translation>• {0} gefundene und {1} unerwartete Geräte: letzte Inventur auf heute gesetzt, die nächste weitergeschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• {0} found: last audit set to today, the next one moved on.</source>
        <translation>• {0} gefunden: letzte Inventur auf heute gesetzt, die nächste weitergeschoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the {0} unexpected assets here (they are recorded elsewhere)</source>
        <translation>Die {0} unerwarteten Geräte hierher verschieben (sie sind anderswo erfasst)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the {0} assets not found as missing</source>
        <translation>Die {0} nicht gefundenen Geräte als vermisst markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their status becomes “missing” (each with a note in its history). Only do this when the whole location was counted: an asset that is here but was not scanned would be reported missing.</source>
        <translation>Ihr Status wird „vermisst“ (jeweils mit einer Notiz in der Historie). Tun Sie das nur, wenn der ganze Standort gezählt wurde: Ein Gerät, das hier ist, aber nicht gescannt wurde, würde als vermisst gemeldet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>• {0} not found: they stay as they are (only listed in the report).</source>
        <translation>• {0} nicht gefunden: Sie bleiben unverändert (nur im Bericht aufgeführt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} unknown tags are listed in the report; no asset is created.</source>
        <translation>{0} unbekannte Inventarnummern werden im Bericht aufgeführt; es wird kein Gerät angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After closing, no more scans are taken for this count.</source>
        <translation>Nach dem Abschließen werden für diese Inventur keine Scans mehr angenommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close count</source>
        <translation>Inventur a&amp;bschließen</translation>
    </message>
</context>
<context>
    <name>CountReportDialog</name>
    <message>
        <location line="+34"/>
        <source>Count closed</source>
        <translation>Inventur abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report for your records or the auditor:</source>
        <translation>Speichern Sie den Bericht für Ihre Unterlagen oder die Prüfer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the count report</source>
        <translation>Inventurbericht speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing {0}…</source>
        <translation>{0} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not saved: {0}</source>
        <translation>Der Bericht wurde nicht gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>CountView</name>
    <message>
        <location filename="../../app/ui/pages/counts.py" line="+255"/>
        <source>◀ All counts</source>
        <translation>◀ Alle Inventuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of counts (Alt+Left)</source>
        <translation>Zurück zur Liste der Inventuren (Alt+Links)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole count again (F5)</source>
        <translation>Die ganze Inventur neu einlesen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close count…</source>
        <translation>Inventur abschließen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the count: set audit dates, then save the report</source>
        <translation>Inventur beenden: Inventurdaten setzen, dann Bericht speichern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scan or type a tag</source>
        <translation>Inventarnummer scannen oder eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a label, or type a tag and press Enter</source>
        <translation>Etikett scannen oder Inventarnummer eingeben und Enter drücken</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+171"/>
        <source>Ready: scan the first label.</source>
        <translation>Bereit: Scannen Sie das erste Etikett.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Found of expected</source>
        <translation>Gefunden von erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <location line="+11"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+60"/>
        <source>Still missing</source>
        <translation>Noch fehlend</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+61"/>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Unknown tags</source>
        <translation>Unbekannte Nummern</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Duplicates ignored</source>
        <translation>Doppelte ignoriert</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+8"/>
        <location line="+19"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Recorded at</source>
        <translation>Erfasst bei</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>⚑ flagged</source>
        <translation>⚑ markiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress by category</source>
        <translation>Fortschritt nach Kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move here</source>
        <translation>Hierher verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the selected assets at the counted location (they are here)</source>
        <translation>Die ausgewählten Geräte am gezählten Standort erfassen (sie sind hier)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scanned here, but recorded elsewhere.</source>
        <translation>Hier gescannt, aber anderswo erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create asset…</source>
        <translation>Gerät anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an asset with the selected tag (a label printed in advance)</source>
        <translation>Ein Gerät mit der ausgewählten Inventarnummer anlegen (vorab gedrucktes Etikett)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the selected tag to look into later</source>
        <translation>Die ausgewählte Inventarnummer zur späteren Klärung markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No asset has these tags.</source>
        <translation>Kein Gerät hat diese Inventarnummern.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loading the count…</source>
        <translation>Inventur wird geladen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read the count: {0}</source>
        <translation>Die Inventur konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} (moved here)</source>
        <translation>{0} (hierher verschoben)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count of {0}</source>
        <translation>Inventur von {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count of {0} (without sub-locations)</source>
        <translation>Inventur von {0} (ohne untergeordnete Standorte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started {0} by {1}</source>
        <translation>Begonnen {0} von {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed {0} by {1} — no more scans are taken</source>
        <translation>Abgeschlossen {0} von {1} — es werden keine Scans mehr angenommen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} % found</source>
        <translation>{0} % gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing expected here</source>
        <translation>hier wird nichts erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still missing ({0})</source>
        <translation>Noch fehlend ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found ({0})</source>
        <translation>Gefunden ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected ({0})</source>
        <translation>Unerwartet ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown tags ({0})</source>
        <translation>Unbekannte Nummern ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>finish or close the open dialog, then scan again</source>
        <translation>offenen Dialog abschließen oder schließen, dann erneut scannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this count is closed</source>
        <translation>diese Inventur ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count is still loading</source>
        <translation>die Inventur wird noch geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this code is no asset tag</source>
        <translation>dieser Code ist keine Inventarnummer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}: not counted — {1}</source>
        <translation>{0}: nicht gezählt — {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving {0}…</source>
        <translation>{0} wird gespeichert…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>found {0}</source>
        <translation>{0} gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Found {0}</source>
        <translation>✔ {0} gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no location</source>
        <translation>kein Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected {0} (recorded at {1})</source>
        <translation>unerwartet {0} (erfasst bei {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Unexpected: {0} is recorded at {1}</source>
        <translation>⚠ Unerwartet: {0} ist bei {1} erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown tag {0}</source>
        <translation>unbekannte Inventarnummer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? No asset has the tag {0}</source>
        <translation>? Kein Gerät hat die Inventarnummer {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate {0} (already counted)</source>
        <translation>doppelt {0} (bereits gezählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= {0} was already counted</source>
        <translation>= {0} wurde bereits gezählt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the counted location</source>
        <translation>Zum gezählten Standort verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved {0} assets here.</source>
        <translation>{0} Geräte hierher verschoben.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The count was not closed</source>
        <translation>Die Inventur wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close count</source>
        <translation>Inventur abschließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} assets counted: last audit set to today, next audit {1}.</source>
        <translation>{0} Geräte gezählt: letzte Inventur auf heute gesetzt, nächste Inventur {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} marked missing.</source>
        <translation>{0} als vermisst markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} could not be marked missing ({1}).</source>
        <translation>{0} konnte nicht als vermisst markiert werden ({1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} moved here.</source>
        <translation>{0} hierher verschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count closed. {0}</source>
        <translation>Inventur abgeschlossen. {0}</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <location line="+47"/>
        <source>Start count…</source>
        <translation>Inventur starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count a location (Insert, Ctrl+Shift+N)</source>
        <translation>Einen Standort zählen (Einfg, Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the selected count (Enter)</source>
        <translation>Die ausgewählte Inventur fortsetzen (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-locations</source>
        <translation>Unterstandorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Open counts</source>
        <translation>Offene Inventuren</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit due</source>
        <translation>Inventur fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never counted</source>
        <translation>Nie gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last count closed</source>
        <translation>Letzte Inventur abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Due for a count</source>
        <translation>Inventur fällig</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Inventory counts</source>
        <translation>Inventuren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No count is open. Press “Start count…” (Insert) to count a shelf or room.</source>
        <translation>Keine Inventur offen. Wählen Sie „Inventur starten…“ (Einfg), um ein Regal oder einen Raum zu zählen.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Could not load the counts</source>
        <translation>Die Inventuren konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The count was not started</source>
        <translation>Die Inventur wurde nicht gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start count</source>
        <translation>Inventur starten</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash.py" line="+69"/>
        <source>Fieldtag: unexpected error</source>
        <translation>Fieldtag: unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {0}: {1}</source>
        <translation>Etwas ist schiefgelaufen: {0}: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are in the log file:
{0}</source>
        <translation>Die Details stehen in der Protokolldatei:
{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log folder could not be written; the details went to the console.</source>
        <translation>Der Protokollordner war nicht beschreibbar; die Details wurden auf der Konsole ausgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fieldtag keeps running. What it told you was saved is safe; the action that failed may not have finished, so check it and try again.

</source>
        <translation>Fieldtag läuft weiter. Was als gespeichert gemeldet wurde, ist sicher; die fehlgeschlagene Aktion ist möglicherweise nicht abgeschlossen – prüfen Sie sie und versuchen Sie es erneut.

</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} more error(s) happened since; they are in the log.</source>
        <translation>Seitdem sind {0} weitere Fehler aufgetreten; sie stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>DbLane</name>
    <message>
        <location filename="../../app/ui/operations.py" line="+208"/>
        <source>Fieldtag</source>
        <translation>Fieldtag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved. Please correct:</source>
        <translation>Es wurde nichts gespeichert. Bitte korrigieren:</translation>
    </message>
</context>
<context>
    <name>DriveDialog</name>
    <message>
        <location filename="../../app/ui/drives_panel.py" line="+152"/>
        <source>Add a drive to {0}</source>
        <translation>Datenträger zu {0} hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type or scan the serial on the drive&apos;s label</source>
        <translation>Seriennummer vom Etikett des Datenträgers eingeben oder scannen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 512 GB, 1 TB</source>
        <translation>z. B. 512 GB, 1 TB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Serial</source>
        <translation>&amp;Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make</source>
        <translation>&amp;Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>• Capacity: &apos;{0}&apos; is not a size such as 512 GB</source>
        <translation>• Kapazität: „{0}“ ist keine Größe wie 512 GB</translation>
    </message>
</context>
<context>
    <name>DrivesPanel</name>
    <message>
        <location line="-84"/>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import nwipe logs</source>
        <translation>nwipe-Protokolle importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nwipe logs (*.log *.txt);;All (*)</source>
        <translation>nwipe-Protokolle (*.log *.txt);;Alle (*)</translation>
    </message>
    <message>
        <location line="+454"/>
        <source>Issuing certificate</source>
        <translation>Zertifikat wird ausgestellt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No certificate issued</source>
        <translation>Kein Zertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drives</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sanitization</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add drive…</source>
        <translation>Datenträger &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a drive inside this asset ({0})</source>
        <translation>Einen Datenträger in diesem Gerät erfassen ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;sanitization…</source>
        <translation>&amp;Löschung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NIST SP 800-88 record of the selected drive</source>
        <translation>Der NIST-SP-800-88-Nachweis des ausgewählten Datenträgers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;nwipe log…</source>
        <translation>&amp;nwipe-Protokoll importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;certificate…</source>
        <translation>&amp;Zertifikat ausstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed certificate of sanitization for all drives of this asset</source>
        <translation>Ein signiertes Löschzertifikat für alle Datenträger dieses Geräts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No drives recorded. This model holds storage media: record its drives before the asset can be disposed of.</source>
        <translation>Keine Datenträger erfasst. Dieses Modell enthält Speichermedien: Erfassen Sie seine Datenträger, bevor das Gerät entsorgt werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No drives recorded.</source>
        <translation>Keine Datenträger erfasst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every drive needs a passed sanitization or a destruction record first</source>
        <translation>Jeder Datenträger braucht zuerst eine bestandene Löschung oder einen Vernichtungsnachweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sanitized</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record sanitization…</source>
        <translation>Löschung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue certificate for this drive…</source>
        <translation>Zertifikat für diesen Datenträger ausstellen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add the asset&apos;s drives first.</source>
        <translation>Erfassen Sie zuerst die Datenträger des Geräts.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> and saved to {0}</source>
        <translation> und unter {0} gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate {0} issued{1}. It is in the register (Certificates page).</source>
        <translation>Zertifikat {0} ausgestellt{1}. Es steht im Register (Seite Zertifikate).</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/enrol.py" line="+69"/>
        <source>Enrol with a sync server</source>
        <translation>Bei einem Sync-Server registrieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your Fieldtag administrator for the server&apos;s address and a one-time enrolment code (made with &lt;i&gt;fieldtag server enroll-code&lt;/i&gt;). This device then sends its changes to the server and receives everyone else&apos;s.</source>
        <translation>Fragen Sie Ihre Fieldtag-Administration nach der Serveradresse und einem einmaligen Registrierungscode (erzeugt mit &lt;i&gt;fieldtag server enroll-code&lt;/i&gt;). Dieser Rechner sendet dann seine Änderungen an den Server und empfängt die aller anderen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment &amp;code</source>
        <translation>Registrierungs&amp;code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server address: give it as https://host:port (it starts with https://)</source>
        <translation>Serveradresse: als https://host:port angeben (sie beginnt mit https://)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment code: type the code your administrator gave you</source>
        <translation>Registrierungscode: Geben Sie den Code ein, den Sie von Ihrer Administration erhalten haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrolling with {0}…</source>
        <translation>Registrierung bei {0}…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enrolled as {0}; new tags of this device start with its code {1}.</source>
        <translation>Registriert als {0}; neue Inventarnummern dieses Rechners beginnen mit seinem Code {1}.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="+21"/>
        <source>Welcome to Fieldtag</source>
        <translation>Willkommen bei Fieldtag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;This store is empty&lt;/h3&gt;&lt;p&gt;Load demo data to look around: about {0} assets in every state of their lifecycle, with models, locations, people and a plausible history. You can delete the database later and start afresh.&lt;/p&gt;&lt;p&gt;Or start with an empty store and create or import your own assets (File › New asset, File › Import CSV), or connect to your organisation&apos;s sync server to receive its assets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dieser Bestand ist leer&lt;/h3&gt;&lt;p&gt;Laden Sie Demodaten, um sich umzusehen: etwa {0} Geräte in jedem Zustand ihres Lebenszyklus, mit Modellen, Standorten, Personen und einer plausiblen Historie. Sie können die Datenbank später löschen und neu beginnen.&lt;/p&gt;&lt;p&gt;Oder beginnen Sie mit einem leeren Bestand und legen Sie Ihre eigenen Geräte an oder importieren Sie sie (Datei › Neues Gerät, Datei › CSV importieren), oder verbinden Sie sich mit dem Sync-Server Ihrer Organisation, um deren Geräte zu erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an empty store</source>
        <translation>Mit leerem Bestand beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a sync server…</source>
        <translation>Mit einem Sync-Server verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol this device with a server address and a one-time code</source>
        <translation>Diesen Rechner mit Serveradresse und Einmalcode registrieren</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/asset_view.py" line="-536"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who (device)</source>
        <translation>Wer (Rechner)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages/home.py" line="+207"/>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports…</source>
        <translation>Berichte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a report as PDF or CSV ({0})</source>
        <translation>Einen Bericht als PDF oder CSV speichern ({0})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charts are being drawn…</source>
        <translation>Die Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click a line to open its asset.</source>
        <translation>Doppelklick auf eine Zeile öffnet das zugehörige Gerät.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this report as PDF or CSV</source>
        <translation>Diesen Bericht als PDF oder CSV speichern</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assets by lifecycle state</source>
        <translation>Geräte nach Lebenszyklus-Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty ends within {0} days</source>
        <translation>Garantie endet in {0} Tagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>within {0} days</source>
        <translation>in {0} Tagen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Warranties ending</source>
        <translation>Auslaufende Garantien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past end of life</source>
        <translation>Nutzungsende überschritten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End of life within {0} days</source>
        <translation>Nutzungsende in {0} Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of life</source>
        <translation>Nutzungsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past end of life</source>
        <translation>Nutzungsende überschritten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due for a count (overdue or never counted)</source>
        <translation>Inventur fällig (überfällig oder nie gezählt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due for a count within {0} days</source>
        <translation>Inventur fällig in {0} Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts</source>
        <translation>Inventuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assets overdue for a count or never counted</source>
        <translation>Geräte mit überfälliger Inventur oder nie gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locations holding them</source>
        <translation>Standorte mit diesen Geräten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due within {0} days</source>
        <translation>fällig in {0} Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assets due for a count; the Counts page lists the locations</source>
        <translation>Die Geräte mit fälliger Inventur; die Seite Inventuren listet die Standorte auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Counts page</source>
        <translation>Seite Inventuren öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work in progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklists in progress</source>
        <translation>Checklisten in Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist in progress</source>
        <translation>Checkliste in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drives waiting for sanitization</source>
        <translation>Datenträger warten auf Löschung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drives waiting for sanitization</source>
        <translation>Datenträger, die auf Löschung warten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes waiting to sync</source>
        <translation>Änderungen warten auf Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to sync</source>
        <translation>Änderungen, die auf Sync warten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} · {1} assets recorded</source>
        <translation>{0} · {1} Geräte erfasst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assets (not disposed) whose warranty ends in the next {0} days</source>
        <translation>Geräte (nicht entsorgt), deren Garantie in den nächsten {0} Tagen endet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assets (not disposed) whose end-of-life date has passed</source>
        <translation>Geräte (nicht entsorgt), deren Nutzungsende überschritten ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assets a count would expect whose next audit is today or past, or that were never counted</source>
        <translation>Geräte, die eine Inventur erwarten würde, deren nächste Inventur heute oder früher fällig ist oder die nie gezählt wurden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} checklists in progress on {1} assets</source>
        <translation>{0} Checklisten in Bearbeitung an {1} Geräten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drives in assets not disposed with no passed sanitization record</source>
        <translation>Datenträger in nicht entsorgten Geräten ohne bestandenen Löschnachweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made on this device that the sync server has not received</source>
        <translation>Änderungen auf diesem Rechner, die der Sync-Server noch nicht erhalten hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: never</source>
        <translation>Letzter Sync: nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: {0} UTC</source>
        <translation>Letzter Sync: {0} UTC</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Charts are not available (pyqtgraph is missing).</source>
        <translation>Diagramme sind nicht verfügbar (pyqtgraph fehlt).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/transfer.py" line="+212"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Import assets from CSV</source>
        <translation>Geräte aus CSV importieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export assets</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel and other spreadsheets (*.csv)</source>
        <translation>CSV für Excel und andere Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported {0} assets to {1}.</source>
        <translation>{0} Geräte nach {1} exportiert.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/labels.py" line="+99"/>
        <location line="+360"/>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+55"/>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>&amp;Tags</source>
        <translation>&amp;Inventarnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT-004211 IT-004212 … (type or scan them)</source>
        <translation>IT-004211 IT-004212 … (eingeben oder scannen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to label</source>
        <translation>Zu etikettierende Inventarnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets &amp;matching</source>
        <translation>&amp;Passende Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a search, e.g. ThinkPad Berlin</source>
        <translation>eine Suche, z. B. ThinkPad Berlin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for assets to label</source>
        <translation>Nach zu etikettierenden Geräten suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New tags</source>
        <translation>&amp;Neue Inventarnummern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of new tags</source>
        <translation>Anzahl neuer Inventarnummern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label stock</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start at label position</source>
        <translation>Bei Etikettenposition beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a partly used sheet: the first free position, counted left to right, top to bottom</source>
        <translation>Auf einem teilweise benutzten Bogen: die erste freie Position, von links nach rechts und oben nach unten gezählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DataMatrix</source>
        <translation>DataMatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code128 barcode (for laser scanners)</source>
        <translation>Code128-Barcode (für Laserscanner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw label outlines (test print on plain paper)</source>
        <translation>Etikettenumrisse zeichnen (Testdruck auf Normalpapier)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stock</source>
        <translation>&amp;Bogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;at position</source>
        <translation>Beginnen bei P&amp;osition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2D &amp;code</source>
        <translation>2D-&amp;Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save P&amp;DF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;Zebra…</source>
        <translation>An &amp;Zebra senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Z&amp;PL…</source>
        <translation>ZP&amp;L speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Some stock files were not loaded:
{0}</source>
        <translation>Einige Bogendateien wurden nicht geladen:
{0}</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{0} labels on {1} page(s) of {2}.</source>
        <translation>{0} Etiketten auf {1} Seite(n) {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New tags {0} … {1}: taken from this device&apos;s sequence when you print or save.</source>
        <translation>Neue Inventarnummern {0} … {1}: werden beim Drucken oder Speichern aus der Nummernfolge dieses Rechners vergeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>of {0}</source>
        <translation>von {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the preview shows the first {0})</source>
        <translation> (die Vorschau zeigt die ersten {0})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZPL for Zebra printers (*.zpl)</source>
        <translation>ZPL für Zebra-Drucker (*.zpl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Save labels</source>
        <translation>Etiketten speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saved {0} labels to {1}.</source>
        <translation>{0} Etiketten unter {1} gespeichert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} labels printed ({1}).</source>
        <translation>{0} Etiketten gedruckt ({1}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The print system refused the job.</source>
        <translation>Das Drucksystem hat den Auftrag abgelehnt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+25"/>
        <source>Send to Zebra printer</source>
        <translation>An Zebra-Drucker senden</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Printer address (host name or IP, optionally :port; raw port 9100):</source>
        <translation>Druckeradresse (Hostname oder IP, optional :Port; Raw-Port 9100):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending to {0}…</source>
        <translation>Wird an {0} gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zebra printer {0}</source>
        <translation>Zebra-Drucker {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was printed or recorded.</source>
        <translation>Es wurde nichts gedruckt oder erfasst.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/catalog_edit.py" line="+143"/>
        <source>Edit location – %1</source>
        <translation>Standort bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New location</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Room 2.14</source>
        <translation>z. B. Raum 2.14</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. B-214</source>
        <translation>optional, z. B. B-214</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inside:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location this one is in; change it to move it</source>
        <translation>Der Standort, in dem dieser liegt; ändern, um ihn zu verschieben</translation>
    </message>
</context>
<context>
    <name>LocationKind</name>
    <message>
        <location line="-62"/>
        <source>Site</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf</source>
        <translation>Regal</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../../app/ui/pages/catalog.py" line="+222"/>
        <source>Filter locations…</source>
        <translation>Standorte filtern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New location…</source>
        <translation>&amp;Neuer Standort…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;sub-location…</source>
        <translation>Neuer &amp;Unterstandort…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 here, %2 in sub-locations</source>
        <translation>%1 hier, %2 in Unterstandorten</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No locations yet. Press Insert or “New location” to add a site.</source>
        <translation>Noch keine Standorte. Drücken Sie Einfg oder „Neuer Standort“, um eine Liegenschaft anzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locations: %1</source>
        <translation>Standorte: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/drives_panel.py" line="+14"/>
        <source>Open an asset first (Enter on the asset list).</source>
        <translation>Öffnen Sie zuerst ein Gerät (Enter in der Geräteliste).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add &amp;drive to asset…</source>
        <translation>&amp;Datenträger zum Gerät hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a drive inside the open asset</source>
        <translation>Einen Datenträger im geöffneten Gerät erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;sanitization…</source>
        <translation>&amp;Löschung erfassen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record how the selected drive was sanitized (NIST SP 800-88)</source>
        <translation>Erfassen, wie der ausgewählte Datenträger gelöscht wurde (NIST SP 800-88)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import n&amp;wipe log…</source>
        <translation>n&amp;wipe-Protokoll importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record wipe results from nwipe / ShredOS log files</source>
        <translation>Löschergebnisse aus nwipe-/ShredOS-Protokolldateien erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate of sanitization for the &amp;asset…</source>
        <translation>Löschzertifikat für das &amp;Gerät…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a signed certificate for the open asset</source>
        <translation>Ein signiertes Zertifikat für das geöffnete Gerät ausstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+64"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts</source>
        <translation>Inventuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Fieldtag — {0}</source>
        <translation>Fieldtag — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asset count</source>
        <translation>Anzahl Geräte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working on the database…</source>
        <translation>Datenbank wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New asset…</source>
        <translation>&amp;Neues Gerät…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an asset</source>
        <translation>Ein Gerät anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import assets from a CSV file (Snipe-IT columns understood)</source>
        <translation>Geräte aus einer CSV-Datei importieren (Snipe-IT-Spalten werden erkannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the assets shown to CSV or JSON</source>
        <translation>Die angezeigten Geräte als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print labels…</source>
        <translation>Etike&amp;tten drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print labels for the open asset, typed or scanned tags, a search</source>
        <translation>Etiketten für das geöffnete Gerät, eingegebene oder gescannte Inventarnummern oder eine Suche drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print labels for new &amp;tags…</source>
        <translation>Etiketten für ne&amp;ue Inventarnummern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print labels with fresh tags, for devices not recorded yet</source>
        <translation>Etiketten mit neuen Inventarnummern für noch nicht erfasste Geräte drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reports…</source>
        <translation>Beric&amp;hte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory, warranty and end-of-life forecast, disposals, count history as PDF or CSV</source>
        <translation>Bestand, Prognose zu Garantie und Nutzungsende, Entsorgungen, Inventurhistorie als PDF oder CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start &amp;checklist…</source>
        <translation>&amp;Checkliste starten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a receive, deploy, maintenance or disposal checklist on an asset</source>
        <translation>Eine Checkliste für Wareneingang, Ausgabe, Wartung oder Entsorgung an einem Gerät durchführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enr&amp;ol with a sync server…</source>
        <translation>Bei Sync-Server &amp;registrieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this device to your organisation&apos;s sync server with a one-time code</source>
        <translation>Diesen Rechner mit einem Einmalcode mit dem Sync-Server Ihrer Organisation verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician, camera, USB scanner and label settings</source>
        <translation>Einstellungen für Techniker, Kamera, USB-Scanner und Etiketten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Focus &amp;search</source>
        <translation>&amp;Suche fokussieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the search box of the assets page</source>
        <translation>Zum Suchfeld der Geräteseite springen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;canner</source>
        <translation>S&amp;canner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the camera scanner and the last scans</source>
        <translation>Kamerascanner und letzte Scans anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldtag</source>
        <translation>Ü&amp;ber Fieldtag</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This page is not available in this version.</source>
        <translation>Diese Seite ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fieldtag</source>
        <translation>Fieldtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not available in this version.</source>
        <translation>{0} ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} assets</source>
        <translation>{0} Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} assets match</source>
        <translation>{0} von {1} Geräten passen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enrolled with {0}: syncing now.</source>
        <translation>Bei {0} registriert: Synchronisierung läuft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading demo data…</source>
        <translation>Demodaten werden geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="+312"/>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this device&apos;s changes to the sync server and fetch everyone else&apos;s</source>
        <translation>Die Änderungen dieses Rechners an den Sync-Server senden und die aller anderen abrufen</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/catalog_edit.py" line="-66"/>
        <source>Edit model – %1</source>
        <translation>Modell bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Dell</source>
        <translation>z. B. Dell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Latitude 5440</source>
        <translation>z. B. Latitude 5440</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Laptop, Monitor, Phone</source>
        <translation>z. B. Laptop, Monitor, Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds storage media (drives, flash memory)</source>
        <translation>Enthält Speichermedien (Laufwerke, Flash-Speicher)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick this for laptops, desktops, servers, phones: anything that keeps data.
It drives the disposal guard: an asset of this model cannot be marked
disposed until every drive in it has a passed wipe or a destruction record.</source>
        <translation>Für Laptops, Desktops, Server, Telefone ankreuzen: alles, was Daten speichert.
Das steuert die Entsorgungssperre: Ein Gerät dieses Modells kann erst als entsorgt
markiert werden, wenn jeder Datenträger eine bestandene Löschung oder einen Vernichtungsnachweis hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model &amp;number:</source>
        <translation>Modell&amp;nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds storage media</source>
        <translation>Enthält Speichermedien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/ui/pages/catalog.py" line="-291"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter models…</source>
        <translation>Modelle filtern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model number</source>
        <translation>Modellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage media</source>
        <translation>Speichermedien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New model…</source>
        <translation>&amp;Neues Modell…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model %1</source>
        <translation>das Modell %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No models yet. Press Insert or “New model” to add one.</source>
        <translation>Noch keine Modelle. Drücken Sie Einfg oder „Neues Modell“, um eines anzulegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 models</source>
        <translation>%1 von %2 Modellen angezeigt</translation>
    </message>
</context>
<context>
    <name>NwipeImportDialog</name>
    <message>
        <location filename="../../app/ui/drives_panel.py" line="-359"/>
        <source>Import nwipe logs</source>
        <translation>nwipe-Protokolle importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} file(s)…</source>
        <translation>{0} Datei(en) werden gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the &amp;matched drives only</source>
        <translation>Nur &amp;zugeordnete Datenträger erfassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded {0} sanitization(s). {1}</source>
        <translation>{0} Löschung(en) erfasst. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} drive(s) can be recorded, {1} cannot. {2}</source>
        <translation>{0} Datenträger können erfasst werden, {1} nicht. {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/pages/catalog.py" line="+30"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people…</source>
        <translation>Personen filtern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee no.</source>
        <translation>Personalnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list people marked as no longer active</source>
        <translation>Auch Personen auflisten, die als nicht mehr aktiv markiert sind</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No people yet. Press Insert or “New person” to add one.</source>
        <translation>Noch keine Personen. Drücken Sie Einfg oder „Neue Person“, um eine anzulegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 people</source>
        <translation>%1 von %2 Personen angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 inactive hidden)</source>
        <translation>(%1 inaktive ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/catalog_edit.py" line="+140"/>
        <source>Edit person – %1</source>
        <translation>Person bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Anna Schmidt</source>
        <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active (can be given assets)</source>
        <translation>Aktiv (kann Geräte erhalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick for people who left: they stay in the history but are hidden</source>
        <translation>Für ausgeschiedene Personen abwählen: Sie bleiben in der Historie, werden aber ausgeblendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee n&amp;umber:</source>
        <translation>Personalnu&amp;mmer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../app/ui/scan/preview.py" line="+30"/>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../app/ui/app.py" line="+76"/>
        <source>Fieldtag cannot open the database</source>
        <translation>Fieldtag kann die Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/reports.py" line="+62"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PDF (to print or send)</source>
        <translation>PDF (zum Drucken oder Versenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {0}…</source>
        <translation>{0} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved: {0}</source>
        <translation>Der Bericht wurde nicht gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <location filename="../../app/ui/checklist_runner.py" line="+656"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‹ Checklists</source>
        <translation>‹ Checklisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of checklists (the run stays as it is; every answer is saved)</source>
        <translation>Zurück zur Liste der Checklisten (der Durchlauf bleibt, wie er ist; jede Antwort ist gespeichert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+Links)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>Save and next ›</source>
        <translation>Speichern und weiter ›</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Save the answer and go to the next step (Enter)</source>
        <translation>Antwort speichern und zum nächsten Schritt gehen (Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By, when</source>
        <translation>Von, wann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All steps and answers</source>
        <translation>Alle Schritte und Antworten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Complete the checklist (Ctrl+Shift+Enter)</source>
        <translation>Die Checkliste abschließen (Strg+Umschalt+Enter)</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Abandon…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this checklist, saying why</source>
        <translation>Diese Checkliste mit Begründung abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List view</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every step and its answer (Ctrl+L)</source>
        <translation>Jeden Schritt und seine Antwort anzeigen (Strg+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start next device</source>
        <translation>Nächstes Gerät starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same checklist on the next device: scan or type its tag</source>
        <translation>Dieselbe Checkliste am nächsten Gerät: Inventarnummer scannen oder eingeben</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not open the checklist</source>
        <translation>Die Checkliste konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serial {0}</source>
        <translation>Seriennummer {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>template {0} v{1}</source>
        <translation>Vorlage {0} v{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started {0} by {1}</source>
        <translation>begonnen {0} von {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Completed by {0} on {1}.</source>
        <translation>Abgeschlossen von {0} am {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} became {1}.</source>
        <translation>{0} ist jetzt {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandoned by {0} on {1}: {2}</source>
        <translation>Abgebrochen von {0} am {1}: {2}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required, not answered</source>
        <translation>Pflicht, nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, not answered</source>
        <translation>optional, nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden: its condition is not met</source>
        <translation>ausgeblendet: Bedingung nicht erfüllt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} of {1} answered; {2} required left</source>
        <translation>{0} von {1} beantwortet; noch {2} Pflichtschritte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still required: {0}</source>
        <translation>Noch erforderlich: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} required steps are not answered yet</source>
        <translation>{0} Pflichtschritte sind noch nicht beantwortet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This checklist has no step to show.</source>
        <translation>Diese Checkliste hat keinen anzuzeigenden Schritt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {0} of {1} · {2} · {3}</source>
        <translation>Schritt {0} von {1} · {2} · {3}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered: {0} — {1}, {2}</source>
        <translation>Beantwortet: {0} — {1}, {2}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Take a photo or choose an image file first.</source>
        <translation>Nehmen Sie zuerst ein Foto auf oder wählen Sie eine Bilddatei.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✓ Saved {0}</source>
        <translation>✓ Gespeichert {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The camera has no picture yet: start the scanner camera (F8) and try again.</source>
        <translation>Die Kamera liefert noch kein Bild: Starten Sie die Scannerkamera (F8) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>finish or close the open dialog, then scan again</source>
        <translation>offenen Dialog abschließen oder schließen, dann erneut scannen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no checklist step takes this scan</source>
        <translation>kein Checklistenschritt nimmt diesen Scan an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step &apos;{0}&apos; takes no scan</source>
        <translation>Schritt „{0}“ nimmt keinen Scan an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checklist: {0}</source>
        <translation>Checkliste: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wait until every answer is saved.</source>
        <translation>Warten Sie, bis jede Antwort gespeichert ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} required steps are not answered yet, starting with this one.</source>
        <translation>{0} Pflichtschritte sind noch nicht beantwortet, beginnend mit diesem.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>✓ Completed</source>
        <translation>✓ Abgeschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Abandon checklist</source>
        <translation>Checkliste abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this checklist abandoned? (kept in the history)</source>
        <translation>Warum wird diese Checkliste abgebrochen? (wird in der Historie festgehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon</source>
        <translation>Endgültig abbrechen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save checklist report</source>
        <translation>Checklistenbericht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report saved: {0}</source>
        <translation>Bericht gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../app/ui/pages/checklists.py" line="-364"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {0} required left</source>
        <translation> · noch {0} Pflichtschritte</translation>
    </message>
</context>
<context>
    <name>SanitizationDialog</name>
    <message>
        <location filename="../../app/ui/drives_panel.py" line="-298"/>
        <source>Record sanitization of {0}</source>
        <translation>Löschung von {0} erfassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} {1} {2}, serial {3}, {4}, in {5}</source>
        <translation>{0} {1} {2}, Seriennummer {3}, {4}, in {5}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capacity not recorded</source>
        <translation>Kapazität nicht erfasst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Person performing sanitization</source>
        <translation>Durchführende Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Media information</source>
        <translation>Angaben zum Datenträger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property number</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data backed up</source>
        <translation>Daten gesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup location</source>
        <translation>Speicherort der Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sanitization</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Method type</source>
        <translation>&amp;Verfahrensart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technique</source>
        <translation>&amp;Technik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method details</source>
        <translation>Verfahrensdetails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification and result</source>
        <translation>Prüfung und Ergebnis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Verification</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification details</source>
        <translation>Prüfdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-sanitization classification</source>
        <translation>Einstufung nach der Löschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination details</source>
        <translation>Details zum Verbleib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation (a second person)</source>
        <translation>Bestätigung (durch eine zweite Person)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validated by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>visual inspection</source>
        <translation>Sichtprüfung</translation>
    </message>
</context>
<context>
    <name>ScanDispatcher</name>
    <message>
        <location filename="../../app/ui/scan/dispatch.py" line="+88"/>
        <source>nothing in this window takes scans</source>
        <translation>nichts in diesem Fenster nimmt Scans an</translation>
    </message>
</context>
<context>
    <name>ScannerPanel</name>
    <message>
        <location filename="../../app/ui/scan/panel.py" line="+55"/>
        <source>Camera state</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Turn the camera on or off</source>
        <translation>Die Kamera ein- oder ausschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the camera, its resolution and how scans work</source>
        <translation>Kamera, Auflösung und Scanverhalten wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a tag or serial number, then Enter</source>
        <translation>Inventar- oder Seriennummer eingeben, dann Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag or serial number</source>
        <translation>Inventar- oder Seriennummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Last scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Double-click a scan to handle it again</source>
        <translation>Doppelklick auf einen Scan verarbeitet ihn erneut</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No camera chosen</source>
        <translation>Keine Kamera gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No camera is chosen. Pick one in Settings, or type tags below; a USB scanner works anywhere in the app.</source>
        <translation>Es ist keine Kamera gewählt. Wählen Sie eine in den Einstellungen oder geben Sie Inventarnummern unten ein; ein USB-Scanner funktioniert überall in der App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The camera is off.</source>
        <translation>Die Kamera ist aus.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scanning: {0}</source>
        <translation>Scannen: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera unavailable; type tags below</source>
        <translation>Kamera nicht verfügbar; Inventarnummern unten eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0:.0f} fps</source>
        <translation>{0:.0f} fps</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings.py" line="+69"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>USB scanner</source>
        <translation>USB-Scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Technician</source>
        <translation>&amp;Techniker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device name</source>
        <translation>&amp;Rechnername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is recorded with the technician&apos;s name and this device&apos;s name.</source>
        <translation>Jede Änderung wird mit dem Namen des Technikers und dem Namen dieses Rechners erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Fieldtag is restarted.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Fieldtag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISO 4217 code of purchase costs in reports, e.g. EUR, USD, GBP</source>
        <translation>Der ISO-4217-Code der Kaufpreise in Berichten, z. B. EUR, USD, GBP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A camera of this computer, or a video file or folder of images to replay</source>
        <translation>Eine Kamera dieses Computers oder eine Videodatei bzw. ein Bildordner zum Abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for cameras…</source>
        <translation>Kameras werden gesucht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beep on every scan</source>
        <translation>Bei jedem Scan piepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same code again &amp;after</source>
        <translation>Gleicher Code erneut &amp;nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code held in view counts once; it counts again after it has been out of sight this long.</source>
        <translation>Ein Code im Bild zählt einmal; er zählt erneut, wenn er so lange nicht zu sehen war.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recognise USB barcode scanners</source>
        <translation>USB-Barcodescanner erkennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tab also ends a scan</source>
        <translation>Tab beendet ebenfalls einen Scan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys at most this far &amp;apart</source>
        <translation>Tasten höchstens so weit &amp;auseinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least this many characters</source>
        <translation>&amp;Mindestens so viele Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prefix the scanner adds</source>
        <translation>&amp;Präfix des Scanners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suffix the scanner adds</source>
        <translation>&amp;Suffix des Scanners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A USB barcode scanner types like a keyboard, much faster than a person. Keys that come closer together than this, ending in Enter, are a scan wherever you are in the app. Raise it if scans end up typed into fields; lower it if fast typing is taken for a scan.</source>
        <translation>Ein USB-Barcodescanner tippt wie eine Tastatur, nur viel schneller als ein Mensch. Tasten, die dichter aufeinander folgen als dieser Wert und mit Enter enden, gelten überall in der App als Scan. Erhöhen Sie den Wert, wenn Scans in Felder getippt werden; senken Sie ihn, wenn schnelles Tippen als Scan erkannt wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printed at the top of every label</source>
        <translation>wird oben auf jedes Etikett gedruckt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a PNG or JPEG file (optional)</source>
        <translation>eine PNG- oder JPEG-Datei (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. IT help desk +49 30 1234-567</source>
        <translation>z. B. IT-Helpdesk +49 30 1234-567</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation &amp;name</source>
        <translation>N&amp;ame der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;line</source>
        <translation>Support-&amp;Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix of &amp;new tags</source>
        <translation>Präfix &amp;neuer Inventarnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New tags are this prefix, this device&apos;s code and a number (e.g. IT-7K3M00042): never the same tag twice, also on several devices working offline.</source>
        <translation>Neue Inventarnummern bestehen aus diesem Präfix, dem Code dieses Rechners und einer Zahl (z. B. IT-7K3M00042): nie zweimal dieselbe Nummer, auch nicht auf mehreren Rechnern, die offline arbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation code</source>
        <translation>&amp;Organisationskürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in every label&apos;s QR code (FT:CODE:TAG) so labels of another organisation are never taken for yours. Capital letters, digits and &apos;-&apos;.</source>
        <translation>Wird in den QR-Code jedes Etiketts gedruckt (FT:CODE:TAG), damit Etiketten einer anderen Organisation nie für Ihre gehalten werden. Großbuchstaben, Ziffern und „-“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code128 &amp;prefix</source>
        <translation>Code128-P&amp;räfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label &amp;URL base</source>
        <translation>&amp;URL-Basis der Etiketten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a URL base, QR codes hold a web address (BASE/t/CODE/TAG) a phone can open; empty keeps them short, which webcams read more easily.</source>
        <translation>Mit einer URL-Basis enthalten QR-Codes eine Webadresse (BASE/t/CODE/TAG), die ein Telefon öffnen kann; leer bleiben sie kurz, was Webcams leichter lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo for labels</source>
        <translation>Logo für Etiketten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No camera found. Plug one in and open Settings again, or type a video file to replay.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine an und öffnen Sie die Einstellungen erneut, oder geben Sie eine Videodatei zum Abspielen ein.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Logo: {0} is not a file; pick a PNG or JPEG, or leave it empty</source>
        <translation>Logo: {0} ist keine Datei; wählen Sie eine PNG- oder JPEG-Datei oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency: &apos;{0}&apos; is not a three-letter ISO 4217 code; type one such as EUR, USD or GBP</source>
        <translation>Währung: „{0}“ ist kein dreistelliger ISO-4217-Code; geben Sie einen wie EUR, USD oder GBP ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label URL base: &apos;{0}&apos; must start with https:// (or http://)</source>
        <translation>URL-Basis der Etiketten: „{0}“ muss mit https:// (oder http://) beginnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings could not be saved: {0}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../app/ui/checklist_runner.py" line="-1372"/>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here with the mouse or a pen</source>
        <translation>Hier mit der Maus oder einem Stift unterschreiben</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/checklist_start.py" line="+52"/>
        <source>Start a checklist</source>
        <translation>Checkliste starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan or type the asset tag (or serial), Enter</source>
        <translation>Inventarnummer (oder Seriennummer) scannen oder eingeben, Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>No asset chosen yet.</source>
        <translation>Noch kein Gerät gewählt.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Show all templates</source>
        <translation>Alle Vorlagen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also templates made for other categories</source>
        <translation>Auch Vorlagen für andere Kategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asset:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} template file(s) not loaded:
{1}</source>
        <translation>{0} Vorlagendatei(en) nicht geladen:
{1}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no location</source>
        <translation>kein Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1} ({2}), {3}, {4}</source>
        <translation>{0} — {1} ({2}), {3}, {4}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}  ({1}, v{2}, {3} steps)</source>
        <translation>{0}  ({1}, v{2}, {3} Schritte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — in progress: resumes</source>
        <translation> — in Bearbeitung: wird fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — made for {0}</source>
        <translation> — gedacht für {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the asset first: scan or type its tag.</source>
        <translation>Wählen Sie zuerst das Gerät: Inventarnummer scannen oder eingeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a checklist.</source>
        <translation>Wählen Sie eine Checkliste.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>checklist for {0}</source>
        <translation>Checkliste für {0}</translation>
    </message>
</context>
<context>
    <name>StartCountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/counts.py" line="-310"/>
        <source>Start a count</source>
        <translation>Inventur starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the shelf, room or site to count. The assets recorded there now are the expected list; scan everything you find.</source>
        <translation>Wählen Sie das Regal, den Raum oder die Liegenschaft für die Inventur. Die dort jetzt erfassten Geräte sind die Sollliste; scannen Sie alles, was Sie finden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to filter locations…</source>
        <translation>Tippen, um Standorte zu filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter locations</source>
        <translation>Standorte filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include &amp;sub-locations (shelves, rooms below it)</source>
        <translation>&amp;Unterstandorte einbeziehen (Regale, Räume darunter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start count</source>
        <translation>Inventur &amp;starten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>   ({0} assets)</source>
        <translation>   ({0} Geräte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} — {1} assets recorded here</source>
        <translation>{0} — {1} Geräte hier erfasst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no locations yet: add them on the Locations page first.</source>
        <translation>Es gibt noch keine Standorte: Legen Sie sie zuerst auf der Seite Standorte an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load the locations: {0}</source>
        <translation>Die Standorte konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} and everything below it</source>
        <translation>{0} und alles darunter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} only (not the locations below it)</source>
        <translation>nur {0} (ohne die Standorte darunter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count: {0}</source>
        <translation>Inventur: {0}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/lifecycle_text.py" line="-24"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed</source>
        <translation>Entsorgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Vermisst</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../app/ui/checklist_runner.py" line="+63"/>
        <source>Note (required when the check fails)</source>
        <translation>Notiz (Pflicht, wenn die Prüfung fehlschlägt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passed (P), then Enter</source>
        <translation>Bestanden (P), dann Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (F): say why in the note, then Enter</source>
        <translation>Nicht bestanden (F): Grund in der Notiz angeben, dann Enter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+Enter saves and goes on</source>
        <translation>Strg+Enter speichert und geht weiter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from {0}</source>
        <translation>ab {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Space ticks an option; Enter saves</source>
        <translation>Leertaste kreuzt eine Option an; Enter speichert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type a name or choose from People</source>
        <translation>Namen eingeben oder aus Personen wählen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan the label of {0} (or type the tag)</source>
        <translation>Etikett von {0} scannen (oder Inventarnummer eingeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the serial number (or type it)</source>
        <translation>Seriennummer scannen (oder eingeben)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the scanner camera&apos;s current picture (Ctrl+Shift+T)</source>
        <translation>Das aktuelle Bild der Scannerkamera übernehmen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the scanner camera (F8) to take a photo</source>
        <translation>Scannerkamera starten (F8), um ein Foto aufzunehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach an image file (Ctrl+O)</source>
        <translation>Eine Bilddatei anhängen (Strg+O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No photo yet.</source>
        <translation>Noch kein Foto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name of the person signing</source>
        <translation>Name der unterschreibenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the signature and sign again</source>
        <translation>Unterschrift löschen und erneut unterschreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drive serial</source>
        <translation>Seriennummer des Datenträgers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drive</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no serial)</source>
        <translation>(keine Seriennummer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No drive is recorded for this asset, but its model holds storage media: record the drives on the asset&apos;s Drives tab.</source>
        <translation>Für dieses Gerät ist kein Datenträger erfasst, sein Modell enthält aber Speichermedien: Erfassen Sie die Datenträger im Reiter Datenträger des Geräts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No drive is recorded for this asset.</source>
        <translation>Für dieses Gerät ist kein Datenträger erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} drives are not sanitized yet: record their wipe or destruction on the Drives tab, then press Enter here.</source>
        <translation>{0} von {1} Datenträgern sind noch nicht gelöscht: Erfassen Sie deren Löschung oder Vernichtung im Reiter Datenträger und drücken Sie dann hier Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every drive is sanitized. Enter links their records.</source>
        <translation>Alle Datenträger sind gelöscht. Enter verknüpft ihre Nachweise.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../app/ui/sync_status.py" line="-79"/>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync: not set up</source>
        <translation>Sync: nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store is not enrolled with a sync server. Enrol it with &apos;fieldtag enroll --db PATH URL CODE&apos; (the code comes from your administrator).</source>
        <translation>Dieser Bestand ist bei keinem Sync-Server registriert. Registrieren Sie ihn mit „fieldtag enroll --db PFAD URL CODE“ (den Code erhalten Sie von Ihrer Administration).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Sync error</source>
        <translation>⚠ Sync-Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} waiting</source>
        <translation>{0} wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synced {0}</source>
        <translation>synchronisiert {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: {0}</source>
        <translation>Noch zu sendende Änderungen: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: {0}</source>
        <translation>Letzter Sync: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error: {0}</source>
        <translation>Letzter Fehler: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync sent {0}, received {1}, applied {2}</source>
        <translation>Letzter Sync: {0} gesendet, {1} empfangen, {2} übernommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict: {0}</source>
        <translation>Konflikt: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &gt; Sync now ({0}) syncs at once.</source>
        <translation>Datei &gt; Jetzt synchronisieren ({0}) synchronisiert sofort.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/transition.py" line="+49"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who receives {0}, or where is it installed? Choose a person, a location or both.</source>
        <translation>Wer erhält {0}, oder wo wird es installiert? Wählen Sie eine Person, einen Standort oder beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispose of {0}? A disposed asset has left the organisation; its record stays as history.</source>
        <translation>{0} entsorgen? Ein entsorgtes Gerät hat die Organisation verlassen; sein Datensatz bleibt als Historie erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} becomes {1}.</source>
        <translation>{0} wird {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required: where was it last seen?</source>
        <translation>Pflichtfeld: Wo wurde es zuletzt gesehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>(keep: {0})</source>
        <translation>(beibehalten: {0})</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say where it was last seen.</source>
        <translation>Geben Sie an, wo es zuletzt gesehen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading people and locations…</source>
        <translation>Personen und Standorte werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who receives it or where it is installed.</source>
        <translation>Wählen Sie, wer es erhält oder wo es installiert wird.</translation>
    </message>
</context>
<context>
    <name>WedgeFilter</name>
    <message>
        <location filename="../../app/ui/scan/wedge.py" line="+393"/>
        <source>The scanner sent no code between its prefix and suffix; scan the tag again.</source>
        <translation>Der Scanner hat zwischen Präfix und Suffix keinen Code gesendet; scannen Sie die Inventarnummer erneut.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>A scan was interrupted when the focus moved; scan the tag again.</source>
        <translation>Ein Scan wurde durch einen Fokuswechsel unterbrochen; scannen Sie die Inventarnummer erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scan was not read completely (the app was busy); scan the tag again.</source>
        <translation>Ein Scan wurde nicht vollständig gelesen (die App war beschäftigt); scannen Sie die Inventarnummer erneut.</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../app/ui/dialogs/transfer.py" line="-186"/>
        <source>Check every row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;again</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} rows are ready to import. Nothing has been imported yet: choose Import to import them.</source>
        <translation>{0} Zeilen sind bereit zum Import. Noch wurde nichts importiert: Wählen Sie Importieren, um sie zu importieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was imported: {0} problem(s) in {1} row(s). Correct the file (or the column mapping) and check again.</source>
        <translation>Es wurde nichts importiert: {0} Problem(e) in {1} Zeile(n). Korrigieren Sie die Datei (oder die Spaltenzuordnung) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: the file cannot be read.</source>
        <translation>Es wurde nichts importiert: Die Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location line="-278"/>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns exported by Snipe-IT and by Fieldtag are recognised; other columns can be mapped in the next step.</source>
        <translation>Spalten aus Snipe-IT- und Fieldtag-Exporten werden erkannt; andere Spalten lassen sich im nächsten Schritt zuordnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the CSV file</source>
        <translation>Pfad der CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import assets from CSV</source>
        <translation>Geräte aus CSV importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This file cannot be imported:</source>
        <translation>Diese Datei kann nicht importiert werden:</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location line="+11"/>
        <source>Match the columns to fields</source>
        <translation>Spalten den Feldern zuordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the field each column fills, or ignore it. One column must hold the asset tag.</source>
        <translation>Wählen Sie für jede Spalte das Feld, das sie füllt, oder ignorieren Sie sie. Eine Spalte muss die Inventarnummer enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1}, separated by {2}.</source>
        <translation>{0}: {1}, getrennt durch {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(column {0} without a header)</source>
        <translation>(Spalte {0} ohne Überschrift)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field for column {0}</source>
        <translation>Feld für Spalte {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— ignore this column —</source>
        <translation>— Spalte ignorieren —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom field “{0}”</source>
        <translation>Eigenes Feld „{0}“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/ui/problems.py" line="+19"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../app/ui/scan/handlers.py" line="-123"/>
        <source>filled {0}</source>
        <translation>{0} ausgefüllt</translation>
    </message>
</context>
</TS>
