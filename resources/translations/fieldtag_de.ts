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
    <message>
        <location line="+2"/>
        <source>Settle conflict</source>
        <translation>Konflikt klären</translation>
    </message>
</context>
<context>
    <name>AssetEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/asset_edit.py" line="+82"/>
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
        <location filename="../../app/ui/scan/handlers.py" line="+100"/>
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
        <location filename="../../app/ui/asset_view.py" line="+210"/>
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
        <location line="+103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-98"/>
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
        <location line="+323"/>
        <source>Start (or resume) a checklist for this asset (Ctrl+K)</source>
        <translation>Eine Checkliste für dieses Gerät starten oder fortsetzen (Strg+K)</translation>
    </message>
    <message>
        <location line="-321"/>
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
        <location line="+23"/>
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
        <location line="+58"/>
        <source>History ({0})</source>
        <translation>Historie ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An open sync conflict about this asset: {0} Settle it on the Conflicts page (Ctrl+9).</source>
        <translation>Ein offener Sync-Konflikt zu diesem Gerät: {0} Klären Sie ihn auf der Seite Konflikte (Strg+9).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} open sync conflicts about this asset, the first: {1} Settle them on the Conflicts page (Ctrl+9).</source>
        <translation>{0} offene Sync-Konflikte zu diesem Gerät, der erste: {1} Klären Sie sie auf der Seite Konflikte (Strg+9).</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+21"/>
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
        <location filename="../../app/ui/pages/certificates.py" line="+64"/>
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
        <location filename="../../app/ui/scan/camera.py" line="+138"/>
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
        <location filename="../../app/ui/dialogs/catalog_edit.py" line="+58"/>
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
        <location filename="../../app/ui/dialogs/certificate_settings.py" line="+33"/>
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
        <location line="+22"/>
        <source>no asset tag</source>
        <translation>keine Inventarnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checklist for {0}</source>
        <translation>Checkliste für {0}</translation>
    </message>
</context>
<context>
    <name>CloseCountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/counts.py" line="+214"/>
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
    <name>ConflictChoice</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict_settle.py" line="+37"/>
        <source>Keep as merged</source>
        <translation>Wie zusammengeführt lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset that lost the tag keeps its suffixed tag (print it a new label)</source>
        <translation>das Gerät, das die Inventarnummer verloren hat, behält seine Nummer mit Zusatz (drucken Sie ihm ein neues Etikett)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the tag to the other asset</source>
        <translation>Die Inventarnummer dem anderen Gerät geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset that lost the tag gets it back; the other one takes its suffixed tag</source>
        <translation>das Gerät, das die Inventarnummer verloren hat, bekommt sie zurück; das andere erhält die Nummer mit Zusatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a new tag for the asset that lost it</source>
        <translation>Eine neue Inventarnummer für das Gerät eingeben, das sie verloren hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset with the suffixed tag gets the tag you type (unique, like any tag edit)</source>
        <translation>das Gerät mit der Nummer mit Zusatz erhält die eingegebene Inventarnummer (eindeutig, wie bei jeder Änderung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the current state</source>
        <translation>Aktuellen Zustand behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing changes</source>
        <translation>nichts ändert sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the other state</source>
        <translation>Den anderen Zustand setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset goes to the state the other device chose (recorded as a correction)</source>
        <translation>das Gerät wechselt in den Zustand, den der andere Rechner gewählt hat (als Korrektur erfasst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep both names</source>
        <translation>Beide Namen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model created later keeps its suffixed name</source>
        <translation>das später angelegte Modell behält seinen Namen mit Zusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the model created later</source>
        <translation>Das später angelegte Modell umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give it a name of its own (unique for its manufacturer)</source>
        <translation>geben Sie ihm einen eigenen Namen (eindeutig für seinen Hersteller)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it top-level</source>
        <translation>Auf oberster Ebene lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the location stays without a parent</source>
        <translation>der Standort bleibt ohne übergeordneten Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose its parent</source>
        <translation>Übergeordneten Standort wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put the location inside another one (not inside itself)</source>
        <translation>den Standort in einen anderen legen (nicht in sich selbst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it stays, as the assets still use it</source>
        <translation>er bleibt, da Geräte ihn noch verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign what uses it, then delete it</source>
        <translation>Verwendungen umhängen, dann löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assets using it go to another one you choose</source>
        <translation>die Geräte, die ihn verwenden, gehen an einen anderen, den Sie wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing changes; your note is kept with it</source>
        <translation>nichts ändert sich; Ihre Notiz wird dazu gespeichert</translation>
    </message>
</context>
<context>
    <name>ConflictsLink</name>
    <message>
        <location filename="../../app/ui/conflict_status.py" line="+25"/>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts sync found between devices: open the Conflicts page to settle them</source>
        <translation>Konflikte, die der Sync zwischen Rechnern gefunden hat: Öffnen Sie die Seite Konflikte, um sie zu klären</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} conflicts</source>
        <translation>{0} Konflikte</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="+40"/>
        <source>Same tag</source>
        <translation>Gleiche Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two transitions</source>
        <translation>Zwei Übergänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same model</source>
        <translation>Gleiches Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location cycle</source>
        <translation>Standort-Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, still used</source>
        <translation>Gelöscht, noch verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist run</source>
        <translation>Checklisten-Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settled conflicts</source>
        <translation>Geklärte Konflikte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All conflicts</source>
        <translation>Alle Konflikte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the conflicts again (F5)</source>
        <translation>Die Konflikte neu lesen (F5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict details</source>
        <translation>Details zum Konflikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;ettle…</source>
        <translation>&amp;Klären…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how to settle the conflict (Enter)</source>
        <translation>Wählen, wie der Konflikt geklärt wird (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open asset</source>
        <translation>Gerät ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print label…</source>
        <translation>Etikett &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a label with the asset&apos;s tag as it is now</source>
        <translation>Ein Etikett mit der aktuellen Inventarnummer des Geräts drucken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number of conflicts</source>
        <translation>Anzahl der Konflikte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>settled</source>
        <translation>geklärt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No conflicts to show. Conflicts arise when two devices change the same thing while offline.</source>
        <translation>Keine Konflikte anzuzeigen. Konflikte entstehen, wenn zwei Rechner offline dasselbe ändern.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No conflict selected.</source>
        <translation>Kein Konflikt ausgewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found {0} on this device</source>
        <translation>Gefunden am {0} auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assets now</source>
        <translation>Die Geräte jetzt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settled by {0} on {1}, {2}: {3}</source>
        <translation>Geklärt von {0} auf {1}, {2}: {3}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{0} on {1}, {2}: {3} → {4}</source>
        <translation>{0} auf {1}, {2}: {3} → {4}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>1 conflict, {0} open</source>
        <translation>1 Konflikt, {0} offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} conflicts, {1} open</source>
        <translation>{0} Konflikte, {1} offen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two changes</source>
        <translation>Die beiden Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync already chose a result; settle it to confirm it or change it. Settling syncs to every device.</source>
        <translation>Der Sync hat bereits ein Ergebnis gewählt; klären Sie den Konflikt, um es zu bestätigen oder zu ändern. Die Klärung wird an alle Rechner synchronisiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict settled: {0}</source>
        <translation>Konflikt geklärt: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a new label?</source>
        <translation>Ein neues Etikett drucken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has a new tag: print its label now?</source>
        <translation>{0} hat eine neue Inventarnummer: Jetzt sein Etikett drucken?</translation>
    </message>
</context>
<context>
    <name>CountReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/counts.py" line="+34"/>
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
        <location filename="../../app/ui/pages/counts.py" line="+257"/>
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
        <location line="+177"/>
        <source>Ready: scan the first label.</source>
        <translation>Bereit: Scannen Sie das erste Etikett.</translation>
    </message>
    <message>
        <location line="-163"/>
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
        <location line="+60"/>
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
        <location line="+23"/>
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
        <location filename="../../app/ui/operations.py" line="+210"/>
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
        <location filename="../../app/ui/drives_panel.py" line="+153"/>
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
        <location filename="../../app/ui/asset_view.py" line="-568"/>
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
        <location line="+31"/>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages/home.py" line="+208"/>
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
        <location line="+18"/>
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
        <location filename="../../app/ui/dialogs/transfer.py" line="+214"/>
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
        <location filename="../../app/ui/dialogs/labels.py" line="+100"/>
        <location line="+360"/>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+58"/>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <location line="-435"/>
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
        <location line="+43"/>
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
        <location filename="../../app/ui/main_window.py" line="+65"/>
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
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
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
        <location line="+85"/>
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
        <location filename="../../app/ui/sync_status.py" line="+317"/>
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
        <location filename="../../app/ui/checklist_runner.py" line="+660"/>
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
        <location line="+4"/>
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
        <location line="+356"/>
        <source>Save and next ›</source>
        <translation>Speichern und weiter ›</translation>
    </message>
    <message>
        <location line="-355"/>
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
        <location line="+232"/>
        <source>Complete the checklist (Ctrl+Shift+Enter)</source>
        <translation>Die Checkliste abschließen (Strg+Umschalt+Enter)</translation>
    </message>
    <message>
        <location line="-230"/>
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
        <location line="+15"/>
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
        <location line="+26"/>
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
        <location filename="../../app/ui/pages/checklists.py" line="-366"/>
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
        <location filename="../../app/ui/scan/dispatch.py" line="+89"/>
        <source>nothing in this window takes scans</source>
        <translation>nichts in diesem Fenster nimmt Scans an</translation>
    </message>
</context>
<context>
    <name>ScannerPanel</name>
    <message>
        <location filename="../../app/ui/scan/panel.py" line="+56"/>
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
        <location filename="../../app/ui/dialogs/settings.py" line="+100"/>
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
        <location line="+81"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="-80"/>
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
        <location line="+1"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
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
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
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
        <source>Default label stock</source>
        <translation>Standard-Etikettenbogen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printer for labels</source>
        <translation>Drucker für Etiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s default printer</source>
        <translation>Standarddrucker des Systems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (not found now)</source>
        <translation>{0} (derzeit nicht gefunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zebra printer address</source>
        <translation>Adresse des Zebra-Druckers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. zebra-3.local or 10.0.4.17:9100</source>
        <translation>z. B. zebra-3.local oder 10.0.4.17:9100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default label &amp;stock</source>
        <translation>Standard-Etiketten&amp;bogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer</source>
        <translation>&amp;Drucker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels printed on paper go to this printer; the print dialog still lets you pick another one for a single job.</source>
        <translation>Auf Papier gedruckte Etiketten gehen an diesen Drucker; im Druckdialog können Sie für einen einzelnen Auftrag trotzdem einen anderen wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zebra printer (ZPL)</source>
        <translation>&amp;Zebra-Drucker (ZPL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name or IP address of a Zebra label printer, with :port if it is not the raw port 9100. Labels are sent to it as ZPL over the network.</source>
        <translation>Hostname oder IP-Adresse eines Zebra-Etikettendruckers, mit :Port, wenn es nicht der Raw-Port 9100 ist. Etiketten werden als ZPL über das Netzwerk an ihn gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not enrolled: this device keeps its data to itself.</source>
        <translation>Nicht registriert: Dieser Rechner behält seine Daten für sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync</source>
        <translation>Letzter Sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enrol with another server…</source>
        <translation>Bei einem anderen Server &amp;registrieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enrol with a sync server…</source>
        <translation>Bei einem Sync-Server &amp;registrieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An administrator makes a one-time code with &apos;fieldtag server enroll-code&apos;; enter it with the server&apos;s address. The device&apos;s credential is kept in the system&apos;s keyring. Sync runs in the background; F9 syncs now.</source>
        <translation>Die Administration erzeugt mit &apos;fieldtag server enroll-code&apos; einen Einmalcode; geben Sie ihn mit der Adresse des Servers ein. Die Zugangsdaten des Rechners liegen im Schlüsselbund des Systems. Der Sync läuft im Hintergrund; F9 synchronisiert sofort.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+65"/>
        <source>Logo: {0} is not a file; pick a PNG or JPEG, or leave it empty</source>
        <translation>Logo: {0} ist keine Datei; wählen Sie eine PNG- oder JPEG-Datei oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zebra printer: &apos;{0}&apos; is not a host name or IP address with an optional :port (1-65535)</source>
        <translation>Zebra-Drucker: &apos;{0}&apos; ist kein Hostname und keine IP-Adresse mit optionalem :Port (1-65535)</translation>
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
    <name>SettleDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict_settle.py" line="+21"/>
        <source>Settle conflict</source>
        <translation>Konflikt klären</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {0}</source>
        <translation>Jetzt: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to settle it</source>
        <translation>Wie klären</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: why (kept with the settlement)</source>
        <translation>Optional: warum (wird mit der Klärung gespeichert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settle</source>
        <translation>&amp;Klären</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New &amp;tag:</source>
        <translation>Neue &amp;Inventarnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent:</source>
        <translation>Über&amp;geordnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign &amp;to:</source>
        <translation>Umhängen &amp;an:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tag</source>
        <translation>Neue Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (on {1})</source>
        <translation>{0} (auf {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign to</source>
        <translation>Umhängen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose how to settle it.</source>
        <translation>Wählen Sie, wie der Konflikt geklärt wird.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../app/ui/checklist_runner.py" line="-1370"/>
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
        <location filename="../../app/ui/dialogs/checklist_start.py" line="+53"/>
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
        <location line="+105"/>
        <source>No asset chosen yet.</source>
        <translation>Noch kein Gerät gewählt.</translation>
    </message>
    <message>
        <location line="-103"/>
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
        <location line="+15"/>
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
        <location line="+27"/>
        <source>no asset tag</source>
        <translation>keine Inventarnummer</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../app/domain/lifecycle.py" line="+33"/>
        <location filename="../../app/ui/lifecycle_text.py" line="-26"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
        <source>Deployed</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
        <source>In maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
        <source>Disposed</source>
        <translation>Entsorgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/lifecycle_text.py" line="+1"/>
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
        <location line="+4"/>
        <source>(no serial)</source>
        <translation>(keine Seriennummer)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../app/ui/sync_status.py" line="-82"/>
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
    <name>domain.assets</name>
    <message>
        <location filename="../../app/domain/assets.py" line="+58"/>
        <source>is required: every asset needs a tag</source>
        <translation>ist erforderlich: Jedes Gerät braucht eine Inventarnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; contains spaces: a tag is one word (e.g. IT-004211)</source>
        <translation>&apos;{text}&apos; enthält Leerzeichen: Eine Inventarnummer ist ein Wort (z. B. IT-004211)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a set of name = value pairs</source>
        <translation>muss aus Paaren Name = Wert bestehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has {n_value} entries; at most {MAX_CUSTOM_FIELDS} are allowed</source>
        <translation>hat {n_value} Einträge; höchstens {MAX_CUSTOM_FIELDS} sind erlaubt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a custom field has no name</source>
        <translation>ein eigenes Feld hat keinen Namen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;{value}&apos; is not a status; use one of {names}</source>
        <translation>&apos;{value}&apos; ist kein Status; verwenden Sie einen von {names}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is not an asset field</source>
        <translation>ist kein Gerätefeld</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{bought} is more than a year ahead</source>
        <translation>{bought} liegt mehr als ein Jahr in der Zukunft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{other} is before the purchase date {bought}</source>
        <translation>{other} liegt vor dem Kaufdatum {bought}</translation>
    </message>
</context>
<context>
    <name>domain.checklists</name>
    <message>
        <location filename="../../app/domain/checklists.py" line="+177"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this checklist has no step &apos;{step_id}&apos;</source>
        <translation>diese Checkliste hat keinen Schritt &apos;{step_id}&apos;</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>YAML syntax: {reason}</source>
        <translation>YAML-Syntax: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YAML: {exc}</source>
        <translation>YAML: {exc}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{key}&apos; appears twice here</source>
        <translation>&apos;{key}&apos; kommt hier zweimal vor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;{name}&apos; is required</source>
        <translation>&apos;{name}&apos; ist erforderlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{name}&apos; must be text</source>
        <translation>&apos;{name}&apos; muss Text sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{name}&apos; {exc}</source>
        <translation>&apos;{name}&apos; {exc}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{name}&apos; must not be empty</source>
        <translation>&apos;{name}&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{name}&apos; must be a number, not {value!r}</source>
        <translation>&apos;{name}&apos; muss eine Zahl sein, nicht {value!r}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{name}&apos; must be true or false, not {value!r}</source>
        <translation>&apos;{name}&apos; muss true oder false sein, nicht {value!r}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a template is a mapping with key, version, kind, title and steps</source>
        <translation>eine Vorlage ist eine Zuordnung mit key, version, kind, title und steps</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown field &apos;{name}&apos; (known: {sorted})</source>
        <translation>unbekanntes Feld &apos;{name}&apos; (bekannt: {sorted})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &apos;{key}&apos; must be lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Schlüssel &apos;{key}&apos; darf nur Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;version&apos; is required (a whole number, raised on every change)</source>
        <translation>&apos;version&apos; ist erforderlich (eine ganze Zahl, die bei jeder Änderung erhöht wird)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;version&apos; must be a whole number from 1, not {version!r}</source>
        <translation>&apos;version&apos; muss eine ganze Zahl ab 1 sein, nicht {version!r}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kind &apos;{kind}&apos; is not one of {KINDS}</source>
        <translation>Art &apos;{kind}&apos; ist keine von {KINDS}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;categories&apos; must be a list of model categories</source>
        <translation>&apos;categories&apos; muss eine Liste von Modellkategorien sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a category must be non-empty text</source>
        <translation>eine Kategorie muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;steps&apos; is required: the list of steps</source>
        <translation>&apos;steps&apos; ist erforderlich: die Liste der Schritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;steps&apos; must be a non-empty list of steps</source>
        <translation>&apos;steps&apos; muss eine nicht leere Liste von Schritten sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n_raw} steps are too many (at most {MAX_STEPS})</source>
        <translation>{n_raw} Schritte sind zu viele (höchstens {MAX_STEPS})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a step is a mapping with id, type and title</source>
        <translation>ein Schritt ist eine Zuordnung mit id, type und title</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown step field &apos;{name}&apos;</source>
        <translation>unbekanntes Schrittfeld &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step id &apos;{step_id}&apos; must be lower-case letters, digits or &apos;_&apos;, starting with a letter</source>
        <translation>Schritt-ID &apos;{step_id}&apos; darf nur Kleinbuchstaben, Ziffern oder &apos;_&apos; enthalten und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate step id &apos;{step_id}&apos; (first used at line {line})</source>
        <translation>doppelte Schritt-ID &apos;{step_id}&apos; (zuerst verwendet in Zeile {line})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown step type &apos;{kind}&apos; (one of {STEP_TYPES})</source>
        <translation>unbekannter Schritttyp &apos;{kind}&apos; (einer von {STEP_TYPES})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>min {lo} is above max {hi}</source>
        <translation>min {lo} liegt über max {hi}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a choice step needs &apos;options&apos;: a list of at least one</source>
        <translation>ein Auswahlschritt braucht &apos;options&apos;: eine Liste mit mindestens einer Option</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an option must be text</source>
        <translation>eine Option muss Text sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option &apos;{text}&apos; is empty or repeated</source>
        <translation>Option &apos;{text}&apos; ist leer oder doppelt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>scan mode &apos;{mode}&apos; is not one of {SCAN_MODES}</source>
        <translation>Scanmodus &apos;{mode}&apos; ist keiner von {SCAN_MODES}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{name}&apos; does not apply to a {value} step</source>
        <translation>&apos;{name}&apos; gilt nicht für einen Schritt vom Typ {value}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;when&apos; is {step: &lt;earlier step id&gt;, equals: &lt;value&gt;} or {step: ..., in: [values]}</source>
        <translation>&apos;when&apos; ist {step: &lt;earlier step id&gt;, equals: &lt;value&gt;} oder {step: ..., in: [values]}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown field &apos;{name}&apos; in &apos;when&apos;</source>
        <translation>unbekanntes Feld &apos;{name}&apos; in &apos;when&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the condition refers to step &apos;{ref}&apos;, which is not an earlier step: a step can only depend on steps before it</source>
        <translation>die Bedingung verweist auf Schritt &apos;{ref}&apos;, der kein früherer Schritt ist: Ein Schritt kann nur von Schritten vor ihm abhängen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the condition refers to step &apos;{ref}&apos;, which does not exist: a step can only depend on steps before it</source>
        <translation>die Bedingung verweist auf Schritt &apos;{ref}&apos;, den es nicht gibt: Ein Schritt kann nur von Schritten vor ihm abhängen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;in&apos; must be a non-empty list of values</source>
        <translation>&apos;in&apos; muss eine nicht leere Liste von Werten sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a check step&apos;s answer is &apos;pass&apos; or &apos;fail&apos;, not {v!r}</source>
        <translation>die Antwort eines Prüfschritts ist &apos;pass&apos; oder &apos;fail&apos;, nicht {v!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{v}&apos; is not an option of step &apos;{ref}&apos;</source>
        <translation>&apos;{v}&apos; ist keine Option von Schritt &apos;{ref}&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;transition&apos; is a state (e.g. deployed) or {from: [states], to: state}</source>
        <translation>&apos;transition&apos; ist ein Zustand (z. B. deployed) oder {from: [states], to: state}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown field &apos;{name}&apos; in &apos;transition&apos;</source>
        <translation>unbekanntes Feld &apos;{name}&apos; in &apos;transition&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{to}&apos; is not a lifecycle state</source>
        <translation>&apos;{to}&apos; ist kein Lebenszyklus-Zustand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;from&apos; must be a list of lifecycle states</source>
        <translation>&apos;from&apos; muss eine Liste von Lebenszyklus-Zuständen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{item}&apos; is not a lifecycle state</source>
        <translation>&apos;{item}&apos; ist kein Lebenszyklus-Zustand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the lifecycle does not allow {state} → {target}</source>
        <translation>der Lebenszyklus erlaubt {state} → {target} nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lifecycle has no transition to {target}</source>
        <translation>der Lebenszyklus hat keinen Übergang zu „{target}“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;assignee&apos; must name a person step; &apos;{assignee}&apos; is not a step</source>
        <translation>&apos;assignee&apos; muss einen Personenschritt nennen; &apos;{assignee}&apos; ist kein Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;assignee&apos; must name a person step; &apos;{assignee}&apos; is a {type} step</source>
        <translation>&apos;assignee&apos; muss einen Personenschritt nennen; &apos;{assignee}&apos; ist ein Schritt vom Typ {type}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+111"/>
        <source>the signature is empty: sign in the box first</source>
        <translation>die Unterschrift ist leer: Unterschreiben Sie zuerst im Feld</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+25"/>
        <source>give an answer first</source>
        <translation>geben Sie zuerst eine Antwort</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>is answered with pass or fail, not {value!r}</source>
        <translation>wird mit pass oder fail beantwortet, nicht {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: add a note saying what is wrong</source>
        <translation>nicht bestanden: Fügen Sie eine Notiz hinzu, was nicht stimmt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{unknown}&apos; is not one of: {options}</source>
        <translation>&apos;{unknown}&apos; ist keine von: {options}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose exactly one option</source>
        <translation>wählen Sie genau eine Option</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give a date (YYYY-MM-DD)</source>
        <translation>geben Sie ein Datum an (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>choose a person or type a name</source>
        <translation>wählen Sie eine Person oder tippen Sie einen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scan the code (or type it) first</source>
        <translation>scannen (oder tippen) Sie zuerst den Code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{code}&apos; is no asset tag</source>
        <translation>&apos;{code}&apos; ist keine Inventarnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scanned tag {tag} is not this asset&apos;s tag {asset_tag}: scan the label on this device</source>
        <translation>die gescannte Inventarnummer {tag} ist nicht die dieses Geräts ({asset_tag}): Scannen Sie das Etikett an diesem Gerät</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a {t} answer refers to its stored image by SHA-256</source>
        <translation>eine Antwort vom Typ {t} verweist per SHA-256 auf ihr gespeichertes Bild</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>link the drives&apos; sanitization records</source>
        <translation>verknüpfen Sie die Löschnachweise der Datenträger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown step type &apos;{t}&apos;</source>
        <translation>unbekannter Schritttyp &apos;{t}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a whole number, not {fmt_num}</source>
        <translation>muss eine ganze Zahl sein, nicht {fmt_num}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{fmt_num}{unit} is below the minimum {fmt_num2}{unit}</source>
        <translation>{fmt_num}{unit} liegt unter dem Minimum {fmt_num2}{unit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{fmt_num}{unit} is above the maximum {fmt_num2}{unit}</source>
        <translation>{fmt_num}{unit} liegt über dem Maximum {fmt_num2}{unit}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{tag} scanned</source>
        <translation>{tag} gescannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo ({width}×{height}, sha256 {sha}…)</source>
        <translation>Foto ({width}×{height}, sha256 {sha}…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo (sha256 {sha}…)</source>
        <translation>Foto (sha256 {sha}…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by {signer}</source>
        <translation>Unterschrieben von {signer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No drives recorded in this asset</source>
        <translation>Keine Datenträger in diesem Gerät erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 drive sanitized ({drives})</source>
        <translation>1 Datenträger gelöscht ({drives})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} drives sanitized ({drives})</source>
        <translation>{n} Datenträger gelöscht ({drives})</translation>
    </message>
</context>
<context>
    <name>domain.importing</name>
    <message>
        <location filename="../../app/domain/importing.py" line="+226"/>
        <source>there is no such column in the file; its columns are {shown}</source>
        <translation>diese Spalte gibt es in der Datei nicht; ihre Spalten sind {shown}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{name}&apos; is not a field Fieldtag imports; use one of {value} or custom:&lt;Name&gt;</source>
        <translation>&apos;{name}&apos; ist kein Feld, das Fieldtag importiert; verwenden Sie eines von {value} oder custom:&lt;Name&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>both &apos;{seen}&apos; and &apos;{column}&apos; are mapped to {field_label}: map one of them to another field or ignore it</source>
        <translation>sowohl &apos;{seen}&apos; als auch &apos;{column}&apos; sind {field_label} zugeordnet: Ordnen Sie eine davon einem anderen Feld zu oder ignorieren Sie sie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column holds the asset tag: name a column &apos;Asset Tag&apos;, or map one with --map &apos;Column=tag&apos;</source>
        <translation>keine Spalte enthält die Inventarnummer: Nennen Sie eine Spalte &apos;Asset Tag&apos; oder ordnen Sie eine mit --map &apos;Spalte=tag&apos; zu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n_customs} columns are custom fields; at most {MAX_CUSTOM_FIELDS}</source>
        <translation>{n_customs} Spalten sind eigene Felder; höchstens {MAX_CUSTOM_FIELDS}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&apos;{text}&apos; is not a whole number of months (e.g. 36)</source>
        <translation>&apos;{text}&apos; ist keine ganze Zahl von Monaten (z. B. 36)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{months} months is more than {MAX_WARRANTY_MONTHS} (50 years)</source>
        <translation>{months} Monate sind mehr als {MAX_WARRANTY_MONTHS} (50 Jahre)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;{location}&apos; has an empty level: write &apos;Site &gt; Building &gt; Room&apos;</source>
        <translation>&apos;{location}&apos; hat eine leere Ebene: Schreiben Sie &apos;Standort &gt; Gebäude &gt; Raum&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a level longer than 200 characters</source>
        <translation>hat eine Ebene, die länger als 200 Zeichen ist</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>is {n_text:,} characters long; at most {MAX_CELL:,} are read</source>
        <translation>ist {n_text:,} Zeichen lang; höchstens {MAX_CELL:,} werden gelesen</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>needs a purchase date to count the months from: fill in the purchase date</source>
        <translation>braucht ein Kaufdatum, ab dem die Monate zählen: Tragen Sie das Kaufdatum ein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{months} months from {bought} is {end}, but the warranty end says {given}: correct one of them</source>
        <translation>{months} Monate ab {bought} ergibt {end}, das Garantieende sagt aber {given}: Korrigieren Sie eines davon</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>custom fields: {exc}</source>
        <translation>eigene Felder: {exc}</translation>
    </message>
</context>
<context>
    <name>domain.labels</name>
    <message>
        <location filename="../../app/domain/labels.py" line="+133"/>
        <source>stock &apos;{id}&apos;: {f}</source>
        <translation>Etikettenbogen &apos;{id}&apos;: {f}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{where}: {name}</source>
        <translation>{where}: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a stock must be a JSON object {...}</source>
        <translation>ein Etikettenbogen muss ein JSON-Objekt {...} sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown field (known: {STOCK_FIELDS})</source>
        <translation>unbekanntes Feld (bekannt: {STOCK_FIELDS})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a non-empty text, got {value!r}</source>
        <translation>muss ein nicht leerer Text sein, erhalten: {value!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a whole number, got {value!r}</source>
        <translation>muss eine ganze Zahl sein, erhalten: {value!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true or false, got {value!r}</source>
        <translation>muss true oder false sein, erhalten: {value!r}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number of millimetres, got {value!r}</source>
        <translation>muss eine Zahl in Millimetern sein, erhalten: {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a finite number, got {value!r}</source>
        <translation>muss eine endliche Zahl sein, erhalten: {value!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;sheet&quot; or &quot;roll&quot;, got {kind_value!r}</source>
        <translation>muss &quot;sheet&quot; oder &quot;roll&quot; sein, erhalten: {kind_value!r}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source}: {field}</source>
        <translation>{source}: {field}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>symbology</source>
        <translation>Symbologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{symbology}&apos; is not one of {SYMBOLOGIES}</source>
        <translation>&apos;{symbology}&apos; ist keine von {SYMBOLOGIES}</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+7"/>
        <source>tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>is empty: a Code128 needs at least one character</source>
        <translation>ist leer: Ein Code128 braucht mindestens ein Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{tag}&apos; has characters a Code128 cannot carry: {shown}{more}. Use letters A-Z, digits and ASCII punctuation, or print without the Code128 (the 2D code carries any text)</source>
        <translation>&apos;{tag}&apos; enthält Zeichen, die ein Code128 nicht tragen kann: {shown}{more}. Verwenden Sie Buchstaben A-Z, Ziffern und ASCII-Satzzeichen oder drucken Sie ohne Code128 (der 2D-Code trägt jeden Text)</translation>
    </message>
    <message>
        <location line="+347"/>
        <source>the organisation line was left out: no room on this stock</source>
        <translation>die Zeile mit der Organisation wurde weggelassen: kein Platz auf diesem Etikettenbogen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>left out for lack of room: {left}</source>
        <translation>aus Platzmangel weggelassen: {left}</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>start position</source>
        <translation>Startposition</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>must be a whole number, got {start_at!r}</source>
        <translation>muss eine ganze Zahl sein, erhalten: {start_at!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{id} is a roll (one label per page): the start position must be 1, got {start_at}</source>
        <translation>{id} ist eine Rolle (ein Etikett pro Seite): Die Startposition muss 1 sein, erhalten: {start_at}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{start_at} is not on the sheet: {id} has {per_page} labels ({columns} columns × {rows} rows, numbered across then down); choose 1-{per_page}</source>
        <translation>{start_at} liegt nicht auf dem Bogen: {id} hat {per_page} Etiketten ({columns} Spalten × {rows} Zeilen, zuerst quer, dann nach unten nummeriert); wählen Sie 1-{per_page}</translation>
    </message>
</context>
<context>
    <name>domain.lifecycle</name>
    <message>
        <location filename="../../app/domain/lifecycle.py" line="+5"/>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered</source>
        <translation>bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in stock</source>
        <translation>auf Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployed</source>
        <translation>im Einsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in maintenance</source>
        <translation>in Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disposed</source>
        <translation>entsorgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>vermisst</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{tag} cannot be deployed without a person or a location: choose who receives it or where it is installed.</source>
        <translation>{tag} kann nicht ohne Person oder Standort ausgegeben werden: Wählen Sie, wer es erhält oder wo es aufgestellt wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{tag} holds storage media but no drive is recorded for it: record its drives and their sanitization (or destruction) before disposal.</source>
        <translation>{tag} enthält Speichermedien, aber es ist kein Datenträger dafür erfasst: Erfassen Sie vor der Entsorgung seine Datenträger und deren Löschung (oder Vernichtung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no serial)</source>
        <translation>(keine Seriennummer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 of {n} drives in {tag} has no passed sanitization or destruction record ({drives}): wipe or destroy it and record the result first.</source>
        <translation>1 von {n} Datenträgern in {tag} hat keinen bestandenen Lösch- oder Vernichtungsnachweis ({drives}): Löschen oder vernichten Sie ihn und erfassen Sie zuerst das Ergebnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 of 1 drive in {tag} has no passed sanitization or destruction record ({drives}): wipe or destroy it and record the result first.</source>
        <translation>1 von 1 Datenträger in {tag} hat keinen bestandenen Lösch- oder Vernichtungsnachweis ({drives}): Löschen oder vernichten Sie ihn und erfassen Sie zuerst das Ergebnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{pending} of {n} drives in {tag} have no passed sanitization or destruction record ({drives}): wipe or destroy them and record the result first.</source>
        <translation>{pending} von {n} Datenträgern in {tag} haben keinen bestandenen Lösch- oder Vernichtungsnachweis ({drives}): Löschen oder vernichten Sie sie und erfassen Sie zuerst das Ergebnis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why {tag} is being marked missing (where it was last seen).</source>
        <translation>Geben Sie an, warum {tag} als vermisst markiert wird (wo es zuletzt gesehen wurde).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{tag} is already {state}.</source>
        <translation>{tag} ist bereits {state}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tag} cannot go from {state} to {target}.</source>
        <translation>{tag} kann nicht von „{state}“ zu „{target}“ wechseln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag} cannot go from {state} to {target}. A disposed asset has left the organisation; its record stays as history.</source>
        <translation>{tag} kann nicht von „{state}“ zu „{target}“ wechseln. Ein entsorgtes Gerät hat die Organisation verlassen; sein Datensatz bleibt als Historie erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{tag} cannot go from {state} to {target}. From {state} it can go to: {options}.</source>
        <translation>{tag} kann nicht von „{state}“ zu „{target}“ wechseln. Von „{state}“ aus möglich: {options}.</translation>
    </message>
</context>
<context>
    <name>domain.nwipe</name>
    <message>
        <location filename="../../app/domain/nwipe.py" line="+160"/>
        <source>is larger than 64 MB: this is not an nwipe log</source>
        <translation>ist größer als 64 MB: Das ist kein nwipe-Protokoll</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a binary file, not an nwipe log (text)</source>
        <translation>ist eine Binärdatei, kein nwipe-Protokoll (Text)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>is not an nwipe log: it has none of the lines nwipe writes (&quot;Found /dev/...&quot;, &quot;Invoking method ...&quot;, the Drive Status table)</source>
        <translation>ist kein nwipe-Protokoll: Es enthält keine der Zeilen, die nwipe schreibt (&quot;Found /dev/...&quot;, &quot;Invoking method ...&quot;, die Drive-Status-Tabelle)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>names no drive that was wiped: the log ends before any wipe started (only the drives found are listed)</source>
        <translation>nennt keinen gelöschten Datenträger: Das Protokoll endet, bevor eine Löschung begann (nur die gefundenen Datenträger sind aufgeführt)</translation>
    </message>
</context>
<context>
    <name>domain.sanitization</name>
    <message>
        <location filename="../../app/domain/sanitization.py" line="+237"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{raw}&apos; is not one of: {choices}</source>
        <translation>&apos;{raw}&apos; ist keiner von: {choices}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Passes</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number from 0 to 100</source>
        <translation>muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a date and time</source>
        <translation>muss ein Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Performed at</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the future</source>
        <translation>liegt in der Zukunft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started at</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is after the end of the sanitization</source>
        <translation>liegt nach dem Ende der Löschung</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+201"/>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required: who sanitized the media</source>
        <translation>ist erforderlich: Wer hat die Medien gelöscht?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+205"/>
        <source>Method details</source>
        <translation>Verfahrensdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say which technique was used (&apos;other&apos;)</source>
        <translation>geben Sie an, welche Technik verwendet wurde (&apos;other&apos;)</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+201"/>
        <source>Destination details</source>
        <translation>Details zum Verbleib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say where the media goes (&apos;other&apos;)</source>
        <translation>geben Sie an, wohin die Medien gehen (&apos;other&apos;)</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+215"/>
        <source>Verification details</source>
        <translation>Prüfdetails</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destruct</source>
        <translation>Destruct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block erase</source>
        <translation>Block Erase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cryptographic erase</source>
        <translation>Kryptografisches Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degauss</source>
        <translation>Entmagnetisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shred</source>
        <translation>Schreddern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disintegrate</source>
        <translation>Zerkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick sampling</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Nicht durchgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal reuse</source>
        <translation>Interne Wiederverwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External reuse</source>
        <translation>Externe Wiederverwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycling facility</source>
        <translation>Recyclingbetrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Performer title</source>
        <translation>Funktion der durchführenden Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performer organisation</source>
        <translation>Organisation der durchführenden Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Performer location</source>
        <translation>Ort der durchführenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performer phone</source>
        <translation>Telefon der durchführenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media property number</source>
        <translation>Inventarnummer des Mediums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media source</source>
        <translation>Herkunft des Mediums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool version</source>
        <translation>Werkzeugversion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post-sanitization classification</source>
        <translation>Einstufung nach der Löschung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validator title</source>
        <translation>Funktion der bestätigenden Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validator organisation</source>
        <translation>Organisation der bestätigenden Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validator location</source>
        <translation>Ort der bestätigenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validator phone</source>
        <translation>Telefon der bestätigenden Person</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>say how it was verified (&apos;other&apos;)</source>
        <translation>geben Sie an, wie geprüft wurde (&apos;other&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>there was no verification</source>
        <translation>es gab keine Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>say whether the verification passed</source>
        <translation>geben Sie an, ob die Prüfung bestanden wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot be passed when the verification failed: record it as failed, then sanitize again or destroy the media</source>
        <translation>kann nicht bestanden sein, wenn die Prüfung fehlschlug: Erfassen Sie die Löschung als fehlgeschlagen, löschen Sie dann erneut oder vernichten Sie die Medien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a passed Clear or Purge needs a verification that passed (NIST SP 800-88 Rev. 1, 4.7): verify the media or record it as failed</source>
        <translation>ein bestandenes Clear oder Purge braucht eine bestandene Prüfung (NIST SP 800-88 Rev. 1, 4.7): Prüfen Sie die Medien oder erfassen Sie die Löschung als fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+264"/>
        <source>Backup location</source>
        <translation>Speicherort der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say where the backup is</source>
        <translation>geben Sie an, wo die Sicherung liegt</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+258"/>
        <location line="+11"/>
        <source>Validated by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>must be another person than the one who performed it</source>
        <translation>muss eine andere Person sein als die, die sie durchgeführt hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name the person who validated it</source>
        <translation>nennen Sie die Person, die sie bestätigt hat</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&apos;{text}&apos; is not a size such as 512 GB or 1 TB</source>
        <translation>&apos;{text}&apos; ist keine Größe wie 512 GB oder 1 TB</translation>
    </message>
</context>
<context>
    <name>domain.tags</name>
    <message>
        <location filename="../../app/domain/tags.py" line="+50"/>
        <location line="+48"/>
        <source>organisation code</source>
        <translation>Organisationskürzel</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&apos;{organisation}&apos; is not valid: use 1-16 capital letters, digits or &apos;-&apos;, starting with a letter or digit (e.g. ACME)</source>
        <translation>&apos;{organisation}&apos; ist ungültig: Verwenden Sie 1-16 Großbuchstaben, Ziffern oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer (z. B. ACME)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{tag}&apos; is not a tag (one word, 1-64 characters)</source>
        <translation>&apos;{tag}&apos; ist keine Inventarnummer (ein Wort, 1-64 Zeichen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{organisation}&apos; is not valid</source>
        <translation>&apos;{organisation}&apos; ist ungültig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This code holds binary data, not an asset tag.</source>
        <translation>Dieser Code enthält Binärdaten, keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code is empty, not an asset tag.</source>
        <translation>Dieser Code ist leer, keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is a product number ({format}), not an asset tag.</source>
        <translation>{text} ist eine Produktnummer ({format}), keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This label belongs to organisation {org}; this store is {ours}.</source>
        <translation>Dieses Etikett gehört zur Organisation {org}; dieser Datenbestand gehört zu {ours}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{shown}&apos; is not an asset tag (one word of at most {max} characters).</source>
        <translation>&apos;{shown}&apos; ist keine Inventarnummer (ein Wort mit höchstens {max} Zeichen).</translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <location filename="../../app/domain/text.py" line="+84"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>domain.values</name>
    <message>
        <location filename="../../app/domain/values.py" line="+37"/>
        <source>is {n_text:,} characters long; at most {max_len:,} are allowed</source>
        <translation>ist {n_text:,} Zeichen lang; höchstens {max_len:,} sind erlaubt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&apos;{text}&apos; is ambiguous (day/month or month/day?): write it as YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; ist mehrdeutig (Tag/Monat oder Monat/Tag?): Schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a date: write it as YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; ist kein Datum: Schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is negative: a cost cannot be below zero</source>
        <translation>ist negativ: Ein Preis kann nicht unter null liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is implausibly large: check the amount</source>
        <translation>ist unplausibel groß: Prüfen Sie den Betrag</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+8"/>
        <source>&apos;{raw}&apos; is not an amount of money</source>
        <translation>&apos;{raw}&apos; ist kein Geldbetrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{raw} is negative: a cost cannot be below zero</source>
        <translation>{raw} ist negativ: Ein Preis kann nicht unter null liegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{raw}&apos; has more than two decimals</source>
        <translation>&apos;{raw}&apos; hat mehr als zwei Nachkommastellen</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/domain/assets.py" line="-131"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
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
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
</context>
<context>
    <name>printing.labels</name>
    <message>
        <location filename="../../app/printing/pdf.py" line="+160"/>
        <source>tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{tag}&apos; has characters the label font cannot print</source>
        <translation>&apos;{tag}&apos; enthält Zeichen, die die Etikettenschrift nicht drucken kann</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to print: choose at least one tag</source>
        <translation>nichts zu drucken: Wählen Sie mindestens eine Inventarnummer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>and {count} more labels</source>
        <translation>und {count} weitere Etiketten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>label {number} ({tag}): {field}</source>
        <translation>Etikett {number} ({tag}): {field}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>label {number} ({tag})</source>
        <translation>Etikett {number} ({tag})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path} ({error}); choose a PNG or JPEG file in Settings, or no logo</source>
        <translation>{path} kann nicht gelesen werden ({error}); wählen Sie in den Einstellungen eine PNG- oder JPEG-Datei oder kein Logo</translation>
    </message>
</context>
<context>
    <name>printing.raster</name>
    <message>
        <location filename="../../app/printing/raster.py" line="+45"/>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>page {page} would be over {limit} megapixels; use a lower dpi</source>
        <translation>Seite {page} hätte über {limit} Megapixel; verwenden Sie eine niedrigere Auflösung (dpi)</translation>
    </message>
</context>
<context>
    <name>printing.signing</name>
    <message>
        <location filename="../../app/printing/signing.py" line="+119"/>
        <source>Cannot read the signing certificate {path}: {error}</source>
        <translation>Das Signaturzertifikat {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing certificate {path} is damaged ({error}): import the organisation&apos;s PKCS#12 again or create a new key.</source>
        <translation>Das Signaturzertifikat {path} ist beschädigt ({error}): Importieren Sie die PKCS#12-Datei der Organisation erneut oder erzeugen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot be opened: the passphrase is wrong</source>
        <translation>kann nicht geöffnet werden: Die Passphrase ist falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be opened: it is not a PKCS#12 file ({error})</source>
        <translation>kann nicht geöffnet werden: Es ist keine PKCS#12-Datei ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>holds no private key with its certificate: export it with the key</source>
        <translation>enthält keinen privaten Schlüssel zum Zertifikat: Exportieren Sie es mit dem Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>holds a key type PDF signatures do not use</source>
        <translation>enthält einen Schlüsseltyp, den PDF-Signaturen nicht verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its certificate expired on {date}</source>
        <translation>sein Zertifikat ist am {date} abgelaufen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is no signing key in {folder}: create one or import the organisation&apos;s PKCS#12 (Settings &gt; Certificates).</source>
        <translation>In {folder} gibt es keinen Signaturschlüssel: Erzeugen Sie einen oder importieren Sie die PKCS#12-Datei der Organisation (Einstellungen &gt; Zertifikate).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The signing key {path} cannot be read: {error}</source>
        <translation>Der Signaturschlüssel {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the PDF is damaged or was changed: {error}</source>
        <translation>das PDF ist beschädigt oder wurde verändert: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a PDF file</source>
        <translation>keine PDF-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the PDF carries no signature</source>
        <translation>das PDF trägt keine Signatur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF carries {count} signatures; a certificate has one</source>
        <translation>das PDF trägt {count} Signaturen; ein Zertifikat hat eine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the signature is damaged: {error}</source>
        <translation>die Signatur ist beschädigt: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature value was changed</source>
        <translation>der Signaturwert wurde verändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the signature cannot be checked: {error}</source>
        <translation>die Signatur kann nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the content was changed after signing (digest mismatch)</source>
        <translation>der Inhalt wurde nach dem Signieren verändert (Hashwert stimmt nicht überein)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature value does not match the signed content</source>
        <translation>der Signaturwert passt nicht zum signierten Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file was changed after signing (content was added after the signature)</source>
        <translation>die Datei wurde nach dem Signieren verändert (nach der Signatur wurde Inhalt angefügt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a certificate embedded in the signature was changed or added</source>
        <translation>ein in die Signatur eingebettetes Zertifikat wurde verändert oder hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no organisation certificate to check against on this machine (signed by {subject}, SHA-256 {fingerprint})</source>
        <translation>auf diesem Rechner gibt es kein Zertifikat der Organisation zum Prüfen (signiert von {subject}, SHA-256 {fingerprint})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by another key: {subject}, SHA-256 fingerprint {fingerprint}</source>
        <translation>mit einem anderen Schlüssel signiert: {subject}, SHA-256-Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed by {subject} on {when} UTC; the file is unchanged since</source>
        <translation>signiert von {subject} am {when} UTC; die Datei ist seitdem unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed by {subject}; the file is unchanged since</source>
        <translation>signiert von {subject}; die Datei ist seitdem unverändert</translation>
    </message>
</context>
<context>
    <name>printing.stock</name>
    <message>
        <location filename="../../app/printing/stock.py" line="+39"/>
        <source>unknown label stock &apos;{stock}&apos;; `fieldtag labels --list-stock` lists them</source>
        <translation>unbekannter Etikettenbogen &apos;{stock}&apos;; `fieldtag labels --list-stock` listet sie auf</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{path}: larger than 1 MB, not a stock file</source>
        <translation>{path}: größer als 1 MB, keine Etikettenbogen-Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: is not UTF-8 text</source>
        <translation>{path}: ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: not valid JSON at line {line}, column {column}: {error}</source>
        <translation>{path}: kein gültiges JSON in Zeile {line}, Spalte {column}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: expected {{&quot;stocks&quot;: [...]}} or one stock object</source>
        <translation>{path}: erwartet {{&quot;stocks&quot;: [...]}} oder ein einzelnes Etikettenbogen-Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: &quot;stocks&quot; must be a list of stock objects</source>
        <translation>{path}: &quot;stocks&quot; muss eine Liste von Etikettenbogen-Objekten sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: stock {number} is not a JSON object</source>
        <translation>{path}: Etikettenbogen {number} ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path}: stock &apos;{stock}&apos;: id: already defined in {other}; give this stock another id</source>
        <translation>{path}: Etikettenbogen &apos;{stock}&apos;: id: bereits in {other} definiert; geben Sie diesem Etikettenbogen eine andere id</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>printing.symbols</name>
    <message>
        <location filename="../../app/printing/symbols.py" line="+33"/>
        <source>has no text to encode</source>
        <translation>hat keinen Text zum Kodieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot encode {text} ({error}); use a shorter tag, organisation code or label URL</source>
        <translation>kann {text} nicht kodieren ({error}); verwenden Sie eine kürzere Inventarnummer, ein kürzeres Organisationskürzel oder eine kürzere Etiketten-URL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{count} characters are too many for a DataMatrix; use QR</source>
        <translation>{count} Zeichen sind zu viele für einen DataMatrix-Code; verwenden Sie QR</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{tag}&apos; cannot be a Code128: {error}</source>
        <translation>&apos;{tag}&apos; kann kein Code128 sein: {error}</translation>
    </message>
</context>
<context>
    <name>printing.zpl</name>
    <message>
        <location filename="../../app/printing/zpl.py" line="+81"/>
        <source>2D code</source>
        <translation>2D-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payload uses every character ZPL could escape with; use QR</source>
        <translation>der Inhalt verwendet jedes Zeichen, mit dem ZPL maskieren könnte; verwenden Sie QR</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>stock</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stock} is not a Zebra stock: ZPL output is for stocks marked &quot;zpl&quot;: true (zebra-2x1, zebra-4x2); print this stock as PDF</source>
        <translation>{stock} ist kein Zebra-Etikettenmaterial: ZPL-Ausgabe gibt es für Etikettenbögen mit &quot;zpl&quot;: true (zebra-2x1, zebra-4x2); drucken Sie diesen Etikettenbogen als PDF</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no printer address: enter the printer&apos;s host name or IP address</source>
        <translation>keine Druckeradresse: Geben Sie den Hostnamen oder die IP-Adresse des Druckers ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port {port} is not a TCP port (1-65535); Zebra printers use 9100</source>
        <translation>Port {port} ist kein TCP-Port (1-65535); Zebra-Drucker verwenden 9100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to send to the printer</source>
        <translation>nichts an den Drucker zu senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown printer host &apos;{host}&apos;: check the name, or use the printer&apos;s IP address (printed on its network configuration label)</source>
        <translation>unbekannter Druckerhost &apos;{host}&apos;: Prüfen Sie den Namen oder verwenden Sie die IP-Adresse des Druckers (steht auf seinem Netzwerk-Konfigurationsetikett)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the printer at {where} refused the connection: check that it is on and that raw printing (port 9100) is enabled</source>
        <translation>der Drucker unter {where} hat die Verbindung abgelehnt: Prüfen Sie, ob er eingeschaltet und Raw-Druck (Port 9100) aktiviert ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer from {where} within {timeout:g} s: check that the printer is on and on this network</source>
        <translation>keine Antwort von {where} innerhalb von {timeout:g} s: Prüfen Sie, ob der Drucker eingeschaltet und in diesem Netzwerk ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the printer at {where} dropped the connection at once: it may be busy with another job; check it, then print again</source>
        <translation>der Drucker unter {where} hat die Verbindung sofort getrennt: Er ist vielleicht mit einem anderen Auftrag beschäftigt; prüfen Sie ihn und drucken Sie dann erneut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach the printer at {where}: {reason}; check the address and the network</source>
        <translation>der Drucker unter {where} ist nicht erreichbar: {reason}; prüfen Sie die Adresse und das Netzwerk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the printer at {where} stopped taking data ({sent} of {total} bytes sent in {timeout:g} s): check it for paper, ribbon or an error light, then print again</source>
        <translation>der Drucker unter {where} nimmt keine Daten mehr an ({sent} von {total} Bytes in {timeout:g} s gesendet): Prüfen Sie Papier, Farbband und Fehleranzeige und drucken Sie dann erneut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the printer at {where} closed the connection after {sent} of {total} bytes ({reason}): check it for an error, then print again</source>
        <translation>der Drucker unter {where} hat die Verbindung nach {sent} von {total} Bytes geschlossen ({reason}): Prüfen Sie ihn auf einen Fehler und drucken Sie dann erneut</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/ui/problems.py" line="+16"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="+85"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
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
<context>
    <name>scan.capture</name>
    <message>
        <location filename="../../app/scan/capture.py" line="+112"/>
        <source>Camera {index} is closed.</source>
        <translation>Kamera {index} ist geschlossen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Camera {index} stopped delivering pictures (unplugged or taken by another program). Fieldtag will pick it up again when it is back; you can type tags meanwhile.</source>
        <translation>Kamera {index} liefert keine Bilder mehr (abgesteckt oder von einem anderen Programm belegt). Fieldtag übernimmt sie wieder, sobald sie zurück ist; bis dahin können Sie Inventarnummern eintippen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No camera {index} is connected. Plug in a camera or pick another one in Settings; you can type or wedge-scan tags meanwhile.</source>
        <translation>Es ist keine Kamera {index} angeschlossen. Schließen Sie eine Kamera an oder wählen Sie in den Einstellungen eine andere; bis dahin können Sie Inventarnummern eintippen oder mit einem USB-Scanner scannen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera {index} cannot be opened: another program may be using it, or this account may not be allowed to. Close the other program (video call, camera app) and Fieldtag will pick the camera up; you can type tags meanwhile.</source>
        <translation>Kamera {index} kann nicht geöffnet werden: Vielleicht verwendet sie ein anderes Programm, oder dieses Konto darf es nicht. Schließen Sie das andere Programm (Videoanruf, Kamera-App), dann übernimmt Fieldtag die Kamera; bis dahin können Sie Inventarnummern eintippen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{source}: not a video or image sequence OpenCV can open (is the path right, and is it a video file such as .mp4/.avi/.mkv?)</source>
        <translation>{source}: kein Video und keine Bildfolge, die OpenCV öffnen kann (stimmt der Pfad, und ist es eine Videodatei wie .mp4/.avi/.mkv?)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{folder}: the folder holds no image files</source>
        <translation>{folder}: Der Ordner enthält keine Bilddateien</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{source}: no such file, folder or camera</source>
        <translation>{source}: keine solche Datei, kein solcher Ordner und keine solche Kamera</translation>
    </message>
</context>
<context>
    <name>scan.decoder</name>
    <message>
        <location filename="../../app/scan/decoder.py" line="+390"/>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: is a folder, not an image file</source>
        <translation>{path}: ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file is empty</source>
        <translation>{path}: Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {size} MB is too large for an image to scan (limit 1 GB)</source>
        <translation>{path}: {size} MB sind zu groß für ein zu scannendes Bild (Grenze 1 GB)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path}: not an image OpenCV can read, or the file is damaged (supported: PNG, JPEG, BMP, TIFF, WebP, PGM/PPM)</source>
        <translation>{path}: kein Bild, das OpenCV lesen kann, oder die Datei ist beschädigt (unterstützt: PNG, JPEG, BMP, TIFF, WebP, PGM/PPM)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: {width}×{height} pixels is too large to scan (limit {limit} megapixels); crop or scale the picture down</source>
        <translation>{path}: {width}×{height} Pixel sind zu groß zum Scannen (Grenze {limit} Megapixel); schneiden Sie das Bild zu oder verkleinern Sie es</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>services.assets</name>
    <message>
        <location filename="../../app/services/assets.py" line="+63"/>
        <source>there is no {what} with id {ref}</source>
        <translation>es gibt kein(e) {what} mit der ID {ref}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+34"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{tag} is already used by another asset ({what})</source>
        <translation>{tag} wird bereits von einem anderen Gerät verwendet ({what})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>a deployed asset needs a person or a location: choose who has it or where it is</source>
        <translation>ein Gerät im Einsatz braucht eine Person oder einen Standort: Wählen Sie, wer es hat oder wo es ist</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is required: every asset needs a tag</source>
        <translation>ist erforderlich: Jedes Gerät braucht eine Inventarnummer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>is changed by a lifecycle action (Deploy, Retire, ...), not by editing</source>
        <translation>wird durch eine Lebenszyklus-Aktion (Ausgeben, Ausmustern, ...) geändert, nicht durch Bearbeiten</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+25"/>
        <source>There is no asset with id {asset_id}.</source>
        <translation>Es gibt kein Gerät mit der ID {asset_id}.</translation>
    </message>
</context>
<context>
    <name>services.catalog</name>
    <message>
        <location filename="../../app/services/catalog.py" line="+67"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required (e.g. Dell, Lenovo, Apple)</source>
        <translation>ist erforderlich (z. B. Dell, Lenovo, Apple)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>is required (e.g. Latitude 5440)</source>
        <translation>ist erforderlich (z. B. Latitude 5440)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{manufacturer} {name} already exists; edit that one instead</source>
        <translation>{manufacturer} {name} gibt es bereits; bearbeiten Sie stattdessen dieses</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+7"/>
        <location line="+44"/>
        <location line="+155"/>
        <location line="+273"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-478"/>
        <location line="+206"/>
        <location line="+273"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>cannot contain &apos;&gt;&apos; (it separates levels of the path)</source>
        <translation>darf kein &apos;&gt;&apos; enthalten (es trennt die Ebenen des Pfads)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{kind}&apos; is not one of {LOCATION_KINDS}</source>
        <translation>&apos;{kind}&apos; ist keine von {LOCATION_KINDS}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} already exists at this level</source>
        <translation>{path} gibt es auf dieser Ebene bereits</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a location cannot be inside itself or its own sub-locations</source>
        <translation>ein Standort kann nicht in sich selbst oder in seinen eigenen Unterstandorten liegen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has {children} sub-location(s); move or delete them first</source>
        <translation>{path} hat {children} Unterstandort(e); verschieben oder löschen Sie diese zuerst</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{Email}&apos; is not an email address</source>
        <translation>&apos;{Email}&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} already belongs to {name}</source>
        <translation>{value} gehört bereits zu {name}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no {what} with id {entity_id} (was it deleted?).</source>
        <translation>Es gibt kein(e) {what} mit der ID {entity_id} (wurde es gelöscht?).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is still used by {used} asset(s); change those assets first</source>
        <translation>{name} wird noch von {used} Gerät(en) verwendet; ändern Sie zuerst diese Geräte</translation>
    </message>
</context>
<context>
    <name>services.certificates</name>
    <message>
        <location filename="../../app/services/certificates.py" line="+126"/>
        <source>is no X.509 certificate: {exc}</source>
        <translation>ist kein X.509-Zertifikat: {exc}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give exactly one of: an asset tag, a drive serial, or the tags of a batch</source>
        <translation>geben Sie genau eines an: eine Inventarnummer, eine Datenträger-Seriennummer oder die Inventarnummern einer Charge</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no sanitization record: record it first</source>
        <translation>hat keinen Löschnachweis: Erfassen Sie ihn zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its verification failed</source>
        <translation>seine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its latest sanitization FAILED</source>
        <translation>seine letzte Löschung ist FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not sanitized ({why}): wipe it again or destroy it and record the result; no certificate says &apos;sanitized&apos; for it</source>
        <translation>ist nicht gelöscht ({why}): Löschen Sie ihn erneut oder vernichten Sie ihn und erfassen Sie das Ergebnis; kein Zertifikat bescheinigt ihm &apos;gelöscht&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no drive with this serial is recorded</source>
        <translation>kein Datenträger mit dieser Seriennummer ist erfasst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give one asset tag (use a batch for several)</source>
        <translation>geben Sie eine Inventarnummer an (für mehrere eine Charge verwenden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no asset has this tag</source>
        <translation>kein Gerät hat diese Inventarnummer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no drives recorded: record its drives and their sanitization first</source>
        <translation>hat keine erfassten Datenträger: Erfassen Sie zuerst seine Datenträger und deren Löschung</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>was replaced meanwhile</source>
        <translation>wurde inzwischen ersetzt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The records changed while the certificate was being issued (another window or command recorded a wipe or issued a certificate): issue it again.</source>
        <translation>Die Daten haben sich geändert, während das Zertifikat ausgestellt wurde (ein anderes Fenster oder ein Befehl hat eine Löschung erfasst oder ein Zertifikat ausgestellt): Stellen Sie es erneut aus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the certificate is reissued</source>
        <translation>geben Sie an, warum das Zertifikat neu ausgestellt wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>was already replaced by {value}: reissue that one</source>
        <translation>wurde bereits durch {value} ersetzt: Stellen Sie jenes neu aus</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no certificate {text}.</source>
        <translation>Es gibt kein Zertifikat {text}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The signed PDF of certificate {number} has not reached this device yet: it was issued on another device and arrives with a later sync (once that device has synced). Sync again, or print it on the device that issued it.</source>
        <translation>Das signierte PDF des Zertifikats {number} ist noch nicht auf diesem Rechner angekommen: Es wurde auf einem anderen Rechner ausgestellt und kommt mit einem späteren Sync (sobald jener Rechner synchronisiert hat). Synchronisieren Sie erneut oder drucken Sie es auf dem Rechner, der es ausgestellt hat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No asset has the tag {tags}.</source>
        <translation>Kein Gerät hat die Inventarnummer {tags}.</translation>
    </message>
</context>
<context>
    <name>services.checklist_templates</name>
    <message>
        <location filename="../../app/services/checklist_templates.py" line="+37"/>
        <source>{path}:1: the file is {size:,} bytes; a template is at most 1 MB</source>
        <translation>{path}:1: die Datei hat {size:,} Bytes; eine Vorlage hat höchstens 1 MB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}:1: cannot be read ({value})</source>
        <translation>{path}:1: kann nicht gelesen werden ({value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}:1: is not UTF-8 text (byte {start})</source>
        <translation>{path}:1: ist kein UTF-8-Text (Byte {start})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no checklist template &apos;{key}&apos;.</source>
        <translation>Es gibt keine Checklisten-Vorlage &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>services.checklists</name>
    <message>
        <location filename="../../app/services/checklists.py" line="+178"/>
        <source>There is no checklist run {run_id}.</source>
        <translation>Es gibt keinen Checklisten-Durchlauf {run_id}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this run was completed by {finished_by} on {where} at {when}; nothing more can be recorded in it (start a new run if needed)</source>
        <translation>dieser Durchlauf wurde von {finished_by} auf {where} am {when} abgeschlossen; darin kann nichts mehr erfasst werden (starten Sie bei Bedarf einen neuen Durchlauf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this run was abandoned by {finished_by} on {where} at {when}; nothing more can be recorded in it (start a new run if needed)</source>
        <translation>dieser Durchlauf wurde von {finished_by} auf {where} am {when} abgebrochen; darin kann nichts mehr erfasst werden (starten Sie bei Bedarf einen neuen Durchlauf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+516"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>not sanitized</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destroyed</source>
        <translation>vernichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed ({method})</source>
        <translation>bestanden ({method})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAILED ({method})</source>
        <translation>FEHLGESCHLAGEN ({method})</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+159"/>
        <location line="+270"/>
        <source>The asset of checklist run {id} no longer exists.</source>
        <translation>Das Gerät des Checklisten-Durchlaufs {id} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>There is no asset with id {asset_id}.</source>
        <translation>Es gibt kein Gerät mit der ID {asset_id}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tag} is disposed: its record stays as history, no checklist can be run on it</source>
        <translation>{tag} ist entsorgt: Sein Datensatz bleibt als Historie erhalten, es kann keine Checkliste dafür ausgeführt werden</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>this step is hidden: nothing recorded</source>
        <translation>dieser Schritt ist ausgeblendet: nichts erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this step is hidden (it is shown only when &apos;{step}&apos; is {values}): nothing recorded</source>
        <translation>dieser Schritt ist ausgeblendet (er erscheint nur, wenn &apos;{step}&apos; {values} ist): nichts erfasst</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a {type} step is answered by {how}</source>
        <translation>ein Schritt vom Typ {type} wird mit {how} beantwortet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>that person no longer exists</source>
        <translation>diese Person gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is {n_data} MB; at most 60 MB can be attached</source>
        <translation>die Datei hat {n_data} MB; höchstens 60 MB können angehängt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not an image (JPEG, PNG, BMP, WebP or TIFF) or is damaged</source>
        <translation>die Datei ist kein Bild (JPEG, PNG, BMP, WebP oder TIFF) oder ist beschädigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the image could not be stored as JPEG</source>
        <translation>das Bild konnte nicht als JPEG gespeichert werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a photo step</source>
        <translation>ist kein Fotoschritt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature is empty: sign in the box first</source>
        <translation>die Unterschrift ist leer: Unterschreiben Sie zuerst im Feld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a signature step</source>
        <translation>ist kein Unterschriftsschritt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a sanitization step</source>
        <translation>ist kein Löschschritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{tag} holds storage media but no drive is recorded: record its drives and their sanitization on the Drives tab first</source>
        <translation>{tag} enthält Speichermedien, aber es ist kein Datenträger erfasst: Erfassen Sie zuerst auf der Registerkarte Datenträger seine Datenträger und deren Löschung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n_pending} of {n_drives} drives not sanitized ({listed}): wipe or destroy them and record the result first</source>
        <translation>{n_pending} von {n_drives} Datenträgern nicht gelöscht ({listed}): Löschen oder vernichten Sie sie und erfassen Sie zuerst das Ergebnis</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{shown}; and {more} more</source>
        <translation>{shown}; und {more} weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 required step not answered yet: {shown}</source>
        <translation>1 Pflichtschritt noch nicht beantwortet: {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} required steps not answered yet: {shown}</source>
        <translation>{n} Pflichtschritte noch nicht beantwortet: {shown}</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The photo or signature {sha256}… has not reached this device yet: it was recorded on another device and arrives with a later sync (once that device has synced).</source>
        <translation>Das Foto oder die Unterschrift {sha256}… ist noch nicht auf diesem Rechner angekommen: Es wurde auf einem anderen Rechner erfasst und kommt mit einem späteren Sync (sobald jener Rechner synchronisiert hat).</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Checklist &apos;{title}&apos; completed for {tag}.</source>
        <translation>Checkliste &apos;{title}&apos; für {tag} abgeschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist &apos;{title}&apos; completed for {tag}. {tag} was already {state}.</source>
        <translation>Checkliste &apos;{title}&apos; für {tag} abgeschlossen. {tag} war bereits {state}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist &apos;{title}&apos; completed for {tag}. No status change: the checklist moves assets that are {sources}; {tag} is {state}.</source>
        <translation>Checkliste &apos;{title}&apos; für {tag} abgeschlossen. Keine Statusänderung: Die Checkliste ändert Geräte, die {sources} sind; {tag} ist {state}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The checklist was not completed: its transition to {state} is refused. {message}</source>
        <translation>Die Checkliste wurde nicht abgeschlossen: Ihr Übergang zu „{state}“ wird abgelehnt. {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist &apos;{title}&apos; completed for {tag}. {tag} is now {state}.</source>
        <translation>Checkliste &apos;{title}&apos; für {tag} abgeschlossen. {tag} ist jetzt {state}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the checklist is abandoned</source>
        <translation>geben Sie an, warum die Checkliste abgebrochen wird</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Attachment {sha256}… is damaged: its SHA-256 differs.</source>
        <translation>Anhang {sha256}… ist beschädigt: Sein SHA-256 weicht ab.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the report is a PDF (FILE.pdf)</source>
        <translation>{name}: der Bericht ist ein PDF (DATEI.pdf)</translation>
    </message>
</context>
<context>
    <name>services.conflicts</name>
    <message>
        <location filename="../../app/services/conflicts.py" line="+460"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{status}&apos; is not one of: open, settled, all</source>
        <translation>&apos;{status}&apos; ist keiner dieser Werte: open, settled, all</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>More than one conflict has an id starting with {id}: give more of it (&apos;fieldtag conflicts list --all&apos; shows the ids).</source>
        <translation>Mehr als ein Konflikt hat eine ID, die mit {id} beginnt: Geben Sie mehr davon an (&apos;fieldtag conflicts list --all&apos; zeigt die IDs).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no conflict with id {id} (&apos;fieldtag conflicts list --all&apos; shows the ids).</source>
        <translation>Es gibt keinen Konflikt mit der ID {id} (&apos;fieldtag conflicts list --all&apos; zeigt die IDs).</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+365"/>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>&apos;{choice}&apos; is not a way to settle a {kind} conflict: choose one of {keys}</source>
        <translation>&apos;{choice}&apos; ist keine Möglichkeit, einen Konflikt vom Typ {kind} zu klären: Wählen Sie eine von {keys}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>acknowledged</source>
        <translation>zur Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept as it is</source>
        <translation>so belassen, wie es ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept as merged: {asset} keeps the tag {tag}; print it a new label</source>
        <translation>wie zusammengeführt belassen: {asset} behält die Inventarnummer {tag}; drucken Sie ihm ein neues Etikett</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict settled: {resolution}</source>
        <translation>Konflikt geklärt: {resolution}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another device</source>
        <translation>einem anderen Rechner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflict was already settled by {who} on {device} ({when}): {resolution}. Nothing was changed; look at the asset as it is now and change it there if it still needs it.</source>
        <translation>Dieser Konflikt wurde bereits von {who} auf {device} geklärt ({when}): {resolution}. Es wurde nichts geändert; sehen Sie sich das Gerät im jetzigen Zustand an und ändern Sie es dort, falls nötig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This conflict was already settled by {who} on {device} ({when}). Nothing was changed; look at the asset as it is now and change it there if it still needs it.</source>
        <translation>Dieser Konflikt wurde bereits von {who} auf {device} geklärt ({when}). Es wurde nichts geändert; sehen Sie sich das Gerät im jetzigen Zustand an und ändern Sie es dort, falls nötig.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{what} is no longer in this store (deleted): keep the conflict as it is instead.</source>
        <translation>{what} ist nicht mehr in diesem Datenbestand (gelöscht): Belassen Sie den Konflikt stattdessen, wie er ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The asset that lost the tag</source>
        <translation>Das Gerät, das die Inventarnummer verloren hat,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The asset that kept the tag</source>
        <translation>Das Gerät, das die Inventarnummer behalten hat,</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{keeper} no longer has the tag {tag} (it was changed since): type a new tag for the other asset instead</source>
        <translation>{keeper} hat nicht mehr die Inventarnummer {tag} (sie wurde inzwischen geändert): Geben Sie stattdessen eine neue Inventarnummer für das andere Gerät ein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gave {tag} to {asset}; {other} now has {other_tag} (print it a new label)</source>
        <translation>{tag} an {asset} gegeben; {other} hat jetzt {other_tag} (drucken Sie ihm ein neues Etikett)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{tag} is already used by another asset ({what}): type another tag</source>
        <translation>{tag} wird bereits von einem anderen Gerät verwendet ({what}): Geben Sie eine andere Inventarnummer ein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: tag {old} replaced by {tag} (print it a new label)</source>
        <translation>{name}: Inventarnummer {old} durch {tag} ersetzt (drucken Sie ein neues Etikett)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tag {old} replaced by {tag} (print it a new label)</source>
        <translation>Inventarnummer {old} durch {tag} ersetzt (drucken Sie ein neues Etikett)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{tag} ({name})</source>
        <translation>{tag} ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The asset</source>
        <translation>Das Gerät</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{state}&apos; is not one of the states this conflict is about: choose {states}</source>
        <translation>&apos;{state}&apos; ist keiner der Zustände, um die es in diesem Konflikt geht: Wählen Sie {states}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{tag} is now {state}: say which state it should have ({states})</source>
        <translation>{tag} ist jetzt {state}: Geben Sie an, welchen Zustand es haben soll ({states})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{tag} is already {state}: keep the current state instead</source>
        <translation>{tag} ist bereits {state}: Behalten Sie stattdessen den aktuellen Zustand</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the other device</source>
        <translation>der andere Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag} set to {state} (what {device} did) instead of {old}</source>
        <translation>{tag} auf {state} gesetzt (was {device} getan hat) statt {old}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model is no longer in this store (deleted): keep the conflict as it is instead.</source>
        <translation>Das Modell ist nicht mehr in diesem Datenbestand (gelöscht): Belassen Sie den Konflikt stattdessen, wie er ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is required: type the model&apos;s new name</source>
        <translation>ist erforderlich: Geben Sie den neuen Namen des Modells ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model {manufacturer} {old} renamed to {name}</source>
        <translation>Modell {manufacturer} {old} in {name} umbenannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The location is no longer in this store (deleted): keep the conflict as it is instead.</source>
        <translation>Der Standort ist nicht mehr in diesem Datenbestand (gelöscht): Belassen Sie den Konflikt stattdessen, wie er ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose the location it belongs in</source>
        <translation>wählen Sie den Standort, zu dem er gehört</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is now inside {parent}</source>
        <translation>{name} liegt jetzt in {parent}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a {entity} cannot be reassigned: keep it</source>
        <translation>ein Eintrag vom Typ {entity} kann nicht umgehängt werden: Behalten Sie ihn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {entity} is no longer in this store: keep the conflict as it is.</source>
        <translation>Der Eintrag ({entity}) ist nicht mehr in diesem Datenbestand: Belassen Sie den Konflikt, wie er ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reassign to</source>
        <translation>Umhängen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another {entity} for the assets that use this one</source>
        <translation>wählen Sie für die Geräte, die diesen Eintrag verwenden, einen anderen Eintrag ({entity})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} still has sub-locations or counts: move them in the Locations page first, or keep it</source>
        <translation>{path} hat noch Unterstandorte oder Inventuren: Verschieben Sie diese zuerst auf der Seite Standorte, oder behalten Sie den Standort</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} asset(s) moved to {name}; the deleted {entity} is gone</source>
        <translation>{count} Gerät(e) nach {name} verschoben; der gelöschte Eintrag ({entity}) ist entfernt</translation>
    </message>
</context>
<context>
    <name>services.counts</name>
    <message>
        <location filename="../../app/services/counts.py" line="+206"/>
        <location line="+11"/>
        <source>Tag</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&apos;{shown}&apos; contains control characters ({bad}); nothing was recorded. Scan the label again; if it happens again, check the scanner&apos;s prefix/suffix settings.</source>
        <translation>&apos;{shown}&apos; enthält Steuerzeichen ({bad}); es wurde nichts erfasst. Scannen Sie das Etikett erneut; passiert es wieder, prüfen Sie die Präfix-/Suffix-Einstellungen des Scanners.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} Nothing was recorded.</source>
        <translation>{problem} Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is no asset tag.</source>
        <translation>Das ist keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no count with id {count_id}. `fieldtag count list` lists the counts.</source>
        <translation>Es gibt keine Inventur mit der ID {count_id}. `fieldtag count list` listet die Inventuren auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The count of {location} ({id}) was closed by {by} on this device at {when}; {what}</source>
        <translation>Die Inventur von {location} ({id}) wurde von {by} auf diesem Rechner am {when} abgeschlossen; {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The count of {location} ({id}) was closed by {by} on the device {device} at {when}; {what}</source>
        <translation>Die Inventur von {location} ({id}) wurde von {by} auf dem Rechner {device} am {when} abgeschlossen; {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+23"/>
        <location line="+7"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>is required: give the location&apos;s path (e.g. &apos;Berlin HQ &gt; 2.14&apos;) or id</source>
        <translation>ist erforderlich: Geben Sie den Pfad des Standorts (z. B. &apos;Berlin HQ &gt; 2.14&apos;) oder seine ID an</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;{wanted}&apos; is the name of {n_rows} locations ({listed}): give the full path</source>
        <translation>&apos;{wanted}&apos; ist der Name von {n_rows} Standorten ({listed}): Geben Sie den vollständigen Pfad an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no location &apos;{wanted}&apos;. Give its id or its full path as the Locations page shows it.{suggest}</source>
        <translation>es gibt keinen Standort &apos;{wanted}&apos;. Geben Sie seine ID oder seinen vollständigen Pfad an, wie ihn die Seite Standorte zeigt.{suggest}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> {path} has no sub-locations.</source>
        <translation> {path} hat keine Unterstandorte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Locations in {path}: {children}.</source>
        <translation> Standorte in {path}: {children}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Top-level locations: {tops}.</source>
        <translation> Standorte der obersten Ebene: {tops}.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no count with id {count_id}; the scan of {tag} was not recorded. `fieldtag count list --open` lists the open counts.</source>
        <translation>Es gibt keine Inventur mit der ID {count_id}; der Scan von {tag} wurde nicht erfasst. `fieldtag count list --open` listet die offenen Inventuren auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the scan of {tag} was not recorded. Start a new count to go on counting.</source>
        <translation>der Scan von {tag} wurde nicht erfasst. Starten Sie eine neue Inventur, um weiterzuzählen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is no count with id {count_id}.</source>
        <translation>Es gibt keine Inventur mit der ID {count_id}.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The count of {location_path} is closed; flags can no longer change.</source>
        <translation>Die Inventur von {location_path} ist abgeschlossen; Markierungen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no asset with id {asset_id}; nothing was moved.</source>
        <translation>Es gibt kein Gerät mit der ID {asset_id}; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it cannot be closed again.</source>
        <translation>sie kann nicht erneut abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: name the report file .pdf or .csv</source>
        <translation>{name}: benennen Sie die Berichtsdatei mit .pdf oder .csv</translation>
    </message>
</context>
<context>
    <name>services.drives</name>
    <message>
        <location filename="../../app/services/drives.py" line="+100"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{kind}&apos; is not one of {DRIVE_KINDS}</source>
        <translation>&apos;{kind}&apos; ist keiner von {DRIVE_KINDS}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of bytes, not negative</source>
        <translation>muss eine ganze, nicht negative Zahl von Bytes sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+22"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>is required: certificates identify a drive by its serial</source>
        <translation>ist erforderlich: Zertifikate erkennen einen Datenträger an seiner Seriennummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>XXXX... is an anonymised serial (nwipe -q): type or scan the serial printed on the drive</source>
        <translation>XXXX... ist eine anonymisierte Seriennummer (nwipe -q): Tippen oder scannen Sie die auf dem Datenträger aufgedruckte Seriennummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no asset with id {asset_id}.</source>
        <translation>Es gibt kein Gerät mit der ID {asset_id}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{serial} is already recorded for a drive in {value}</source>
        <translation>{serial} ist bereits für einen Datenträger in {value} erfasst</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No drive with serial {strip} is recorded.</source>
        <translation>Es ist kein Datenträger mit der Seriennummer {strip} erfasst.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+114"/>
        <location line="+21"/>
        <source>There is no drive with id {drive_id}.</source>
        <translation>Es gibt keinen Datenträger mit der ID {drive_id}.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the log ends before the wipe of {device} finished (truncated log?): import the complete log written when nwipe ended</source>
        <translation>das Protokoll endet, bevor die Löschung von {device} fertig war (abgeschnittenes Protokoll?): Importieren Sie das vollständige Protokoll, das nwipe am Ende schreibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the wipe of {device} was aborted by the user: nothing to record</source>
        <translation>die Löschung von {device} wurde vom Benutzer abgebrochen: nichts zu erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{method}&apos; only checks a drive, it does not sanitize it</source>
        <translation>&apos;{method}&apos; prüft einen Datenträger nur, es löscht ihn nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anonymised with nwipe -q</source>
        <translation>mit nwipe -q anonymisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the log</source>
        <translation>nicht im Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the serial of {device} ({model}) is {why}, so it cannot be matched to a drive: record this sanitization by hand, or wipe without -q</source>
        <translation>die Seriennummer von {device} ({model}) ist {why} und kann daher keinem Datenträger zugeordnet werden: Erfassen Sie diese Löschung von Hand oder löschen Sie ohne -q</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no drive with serial {serial} is recorded: add it to its asset first (Drives tab &gt; Add drive), then import again</source>
        <translation>kein Datenträger mit der Seriennummer {serial} ist erfasst: Fügen Sie ihn zuerst seinem Gerät hinzu (Registerkarte Datenträger &gt; Datenträger hinzufügen) und importieren Sie dann erneut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>already imported from this log</source>
        <translation>bereits aus diesem Protokoll importiert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>FAILED: {reasons}</source>
        <translation>FEHLGESCHLAGEN: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erased and verified</source>
        <translation>gelöscht und geprüft</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+58"/>
        <source>nwipe log</source>
        <translation>nwipe-Protokoll</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>no file was given</source>
        <translation>es wurde keine Datei angegeben</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>has no drive to record: {lines}</source>
        <translation>enthält keinen zu erfassenden Datenträger: {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{device}: {message}</source>
        <translation>{device}: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no drives</source>
        <translation>keine Datenträger</translation>
    </message>
</context>
<context>
    <name>services.history</name>
    <message>
        <location filename="../../app/services/assets.py" line="+108"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed at</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drive created</source>
        <translation>Datenträger angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive edited</source>
        <translation>Datenträger bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive deleted</source>
        <translation>Datenträger entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive imported</source>
        <translation>Datenträger importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanitization created</source>
        <translation>Löschnachweis angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanitization edited</source>
        <translation>Löschnachweis bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanitization deleted</source>
        <translation>Löschnachweis entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanitization imported</source>
        <translation>Löschnachweis importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model created</source>
        <translation>Modell angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model edited</source>
        <translation>Modell bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model deleted</source>
        <translation>Modell entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model imported</source>
        <translation>Modell importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location created</source>
        <translation>Standort angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location edited</source>
        <translation>Standort bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location deleted</source>
        <translation>Standort entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location imported</source>
        <translation>Standort importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person created</source>
        <translation>Person angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person edited</source>
        <translation>Person bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person deleted</source>
        <translation>Person entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person imported</source>
        <translation>Person importiert</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>(deleted: {id})</source>
        <translation>(entfernt: {id})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{action}: {old} → {new}</source>
        <translation>{action}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Labels printed for new tags {span} ({count})</source>
        <translation>Etiketten für neue Inventarnummern gedruckt: {span} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{copies} labels printed</source>
        <translation>{copies} Etiketten gedruckt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printed</source>
        <translation>Etikett gedruckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} on {stock}</source>
        <translation>{what} auf {stock}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} → {output}</source>
        <translation>{what} → {output}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tags issued</source>
        <translation>Inventarnummern vergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags issued: {span} ({count})</source>
        <translation>Inventarnummern vergeben: {span} ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags issued: {span}</source>
        <translation>Inventarnummern vergeben: {span}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>found here, recorded elsewhere: moved here</source>
        <translation>hier gefunden, anderswo erfasst: hierher verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found here, recorded elsewhere</source>
        <translation>hier gefunden, anderswo erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted in a count: {what}</source>
        <translation>Bei einer Inventur gezählt: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in {where}: {what}</source>
        <translation>Gezählt in {where}: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scanned in the count of {where}</source>
        <translation>Gescannt bei der Inventur von {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanned in a count</source>
        <translation>Bei einer Inventur gescannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} ({source})</source>
        <translation>{summary} ({source})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checklist &apos;{template}&apos; v{version}</source>
        <translation>Checkliste &apos;{template}&apos; v{version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist &apos;{template}&apos;</source>
        <translation>Checkliste &apos;{template}&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{answer} (note: {note})</source>
        <translation>{answer} (Notiz: {note})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: {step} answered</source>
        <translation>{name}: {step} beantwortet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} started</source>
        <translation>{name} gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} completed (→ {state})</source>
        <translation>{name} abgeschlossen (→ {state})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} completed</source>
        <translation>{name} abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answered} of {steps} steps</source>
        <translation>{answered} von {steps} Schritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} abandoned: {reason}</source>
        <translation>{name} abgebrochen: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}: {count} answers</source>
        <translation>{name}: {count} Antworten</translation>
    </message>
</context>
<context>
    <name>services.labels</name>
    <message>
        <location filename="../../app/services/labels.py" line="+206"/>
        <source>every device code is taken</source>
        <translation>alle Rechnercodes sind vergeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+70"/>
        <source>device code</source>
        <translation>Rechnercode</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&apos;{text}&apos; is not a device code: 2-8 characters of 0-9 and A-Z without I, L, O, U</source>
        <translation>&apos;{text}&apos; ist kein Rechnercode: 2-8 Zeichen aus 0-9 und A-Z ohne I, L, O, U</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tag prefix</source>
        <translation>Präfix der Inventarnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{prefix}&apos; cannot start a tag: use at most 16 letters, digits or signs such as &apos;-&apos; (no spaces, no accents), e.g. IT-</source>
        <translation>&apos;{prefix}&apos; kann keine Inventarnummer einleiten: Verwenden Sie höchstens 16 Buchstaben, Ziffern oder Zeichen wie &apos;-&apos; (keine Leerzeichen, keine Akzente), z. B. IT-</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This store has no device {device_id}.</source>
        <translation>Dieser Datenbestand kennt keinen Rechner {device_id}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{code} is the code of another device this store knows</source>
        <translation>{code} ist der Code eines anderen Rechners, den dieser Datenbestand kennt</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+472"/>
        <source>new tags</source>
        <translation>neue Inventarnummern</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>{n} is not a number of tags to issue: give 1 to {MAX_LABELS}</source>
        <translation>{n} ist keine Anzahl zu vergebender Inventarnummern: Geben Sie 1 bis {MAX_LABELS} an</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unknown}: not a label field; choose from {FIELD_LINES}</source>
        <translation>{unknown}: kein Etikettenfeld; wählen Sie aus {FIELD_LINES}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>organisation code</source>
        <translation>Organisationskürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} (Settings &gt; Labels)</source>
        <translation>{message} (Einstellungen &gt; Etiketten)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>... and {n_items} more like these</source>
        <translation>... und {n_items} weitere dieser Art</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>tags</source>
        <translation>Inventarnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tag given: name at least one asset tag</source>
        <translation>keine Inventarnummer angegeben: Nennen Sie mindestens eine</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>query</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>is empty: give search words (e.g. a model or a room)</source>
        <translation>ist leer: Geben Sie Suchwörter an (z. B. ein Modell oder einen Raum)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{query}&apos; matches no asset</source>
        <translation>&apos;{query}&apos; passt auf kein Gerät</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{query}&apos; matches {n_nums} assets; one job prints at most {MAX_LABELS} labels: narrow the search</source>
        <translation>&apos;{query}&apos; passt auf {n_nums} Geräte; ein Auftrag druckt höchstens {MAX_LABELS} Etiketten: Grenzen Sie die Suche ein</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+12"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{name}: name the file .pdf (PDF) or .zpl (ZPL II for Zebra printers)</source>
        <translation>{name}: benennen Sie die Datei mit .pdf (PDF) oder .zpl (ZPL II für Zebra-Drucker)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ZPL is for Zebra label printers; {id} is not a Zebra stock: save a PDF, or choose a Zebra stock (`fieldtag labels --list-stock`)</source>
        <translation>ZPL ist für Zebra-Etikettendrucker; {id} ist kein Zebra-Etikettenmaterial: Speichern Sie ein PDF oder wählen Sie ein Zebra-Etikettenmaterial (`fieldtag labels --list-stock`)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>stock</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>say what to label: existing tags, a search, selected assets or a number of new tags (one of them)</source>
        <translation>geben Sie an, was etikettiert werden soll: vorhandene Inventarnummern, eine Suche, ausgewählte Geräte oder eine Anzahl neuer Inventarnummern (genau eines davon)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n_labels} labels; one job prints at most {MAX_LABELS}</source>
        <translation>{n_labels} Etiketten; ein Auftrag druckt höchstens {MAX_LABELS}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n}: give a number of tags from 1 to {MAX_LABELS}</source>
        <translation>{n}: geben Sie eine Anzahl von Inventarnummern von 1 bis {MAX_LABELS} an</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{path} is a folder: give a file name (e.g. labels.pdf).</source>
        <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen an (z. B. etiketten.pdf).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {parent} does not exist: create it first, or save somewhere else.</source>
        <translation>Der Ordner {parent} existiert nicht: Legen Sie ihn zuerst an oder speichern Sie woanders.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write {path}: {value}.</source>
        <translation>{path} kann nicht geschrieben werden: {value}.</translation>
    </message>
</context>
<context>
    <name>services.reports</name>
    <message>
        <location filename="../../app/services/reports.py" line="+49"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: name the report file .pdf or .csv</source>
        <translation>{name}: benennen Sie die Berichtsdatei mit .pdf oder .csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no report &apos;{kind}&apos;: choose one of {REPORT_KINDS}.</source>
        <translation>Es gibt keinen Bericht &apos;{kind}&apos;: Wählen Sie einen von {REPORT_KINDS}.</translation>
    </message>
</context>
<context>
    <name>services.scanning</name>
    <message>
        <location filename="../../app/services/scanning.py" line="+48"/>
        <source>This code is no asset tag.</source>
        <translation>Dieser Code ist keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n_rows} assets have the serial number {serial}; pick one.</source>
        <translation>{n_rows} Geräte haben die Seriennummer {serial}; wählen Sie eines aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No asset has the serial number {serial}.</source>
        <translation>Kein Gerät hat die Seriennummer {serial}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No asset has the tag {tag}. Create an asset with this tag?</source>
        <translation>Kein Gerät hat die Inventarnummer {tag}. Ein Gerät mit dieser Inventarnummer anlegen?</translation>
    </message>
</context>
<context>
    <name>services.sync</name>
    <message>
        <location filename="../../app/services/sync.py" line="+90"/>
        <source>&apos;{url}&apos; is not a server address: give it as https://host:port</source>
        <translation>&apos;{url}&apos; ist keine Serveradresse: Geben Sie sie als https://host:port an</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this store is not enrolled with a sync server: run &apos;fieldtag enroll --db PATH URL CODE&apos; with a code from &apos;fieldtag server enroll-code&apos;</source>
        <translation>dieser Datenbestand ist bei keinem Sync-Server registriert: Führen Sie &apos;fieldtag enroll --db PFAD URL CODE&apos; mit einem Code aus &apos;fieldtag server enroll-code&apos; aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no credential for {url} on this machine: enrol this store again</source>
        <translation>keine Zugangsdaten für {url} auf diesem Rechner: Registrieren Sie diesen Datenbestand erneut</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>change {id} of this device ({entity} {kind}, recorded {when} UTC) is {length:,} bytes, more than a sync server takes in one request ({most:,}): it and every later change of this device stay unsent. This is a fault in Fieldtag: report it with this message; the change is kept here.</source>
        <translation>Änderung {id} dieses Rechners ({entity} {kind}, erfasst {when} UTC) ist {length:,} Bytes groß, mehr als ein Sync-Server in einer Anfrage annimmt ({most:,}): Sie und alle späteren Änderungen dieses Rechners bleiben ungesendet. Das ist ein Fehler in Fieldtag: Melden Sie ihn mit dieser Meldung; die Änderung bleibt hier erhalten.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the server did not take events from seq {seq} on (it holds up to {held})</source>
        <translation>der Server hat die Ereignisse ab Nr. {seq} nicht angenommen (er hat sie bis {held})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the server&apos;s pull did not move past {cursor}</source>
        <translation>der Abruf vom Server kam nicht über {cursor} hinaus</translation>
    </message>
</context>
<context>
    <name>services.transfer</name>
    <message>
        <location filename="../../app/services/transfer.py" line="+131"/>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder: choose a CSV file.</source>
        <translation>{path} ist ein Ordner: Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>{path} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <location line="+73"/>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>a cell is longer than {CSV_FIELD_LIMIT:,} characters, so the file was not read further: is this the right file? (An opening quote without its closing quote also makes the rest of the file one cell.)</source>
        <translation>eine Zelle ist länger als {CSV_FIELD_LIMIT:,} Zeichen, daher wurde die Datei nicht weiter gelesen: Ist das die richtige Datei? (Ein öffnendes Anführungszeichen ohne schließendes macht den Rest der Datei ebenfalls zu einer Zelle.)</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>an Excel workbook (.xlsx) or another zip file</source>
        <translation>eine Excel-Arbeitsmappe (.xlsx) oder eine andere ZIP-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel workbook (.xls)</source>
        <translation>eine alte Excel-Arbeitsmappe (.xls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save it as UTF-8 (Excel: File &gt; Save As &gt; &apos;CSV UTF-8 (Comma delimited)&apos;; LibreOffice: Save As &gt; Text CSV, character set Unicode (UTF-8)) and import that file</source>
        <translation>speichern Sie sie als UTF-8 (Excel: Datei &gt; Speichern unter &gt; &apos;CSV UTF-8 (durch Trennzeichen getrennt)&apos;; LibreOffice: Speichern unter &gt; Text CSV, Zeichensatz Unicode (UTF-8)) und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} is {what}, not a CSV file: open it and {save_as}.</source>
        <translation>{name} ist {what}, keine CSV-Datei: Öffnen Sie die Datei und {save_as}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file is not {encoding} text (byte 0x{byte} at position {at:,} cannot be read; Windows programs often save files as &apos;ANSI&apos; or Windows-1252): {save_as}</source>
        <translation>die Datei ist kein {encoding}-Text (Byte 0x{byte} an Position {at:,} kann nicht gelesen werden; Windows-Programme speichern Dateien oft als &apos;ANSI&apos; oder Windows-1252): {save_as}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file ends in the middle of a character: {save_as}</source>
        <translation>die Datei endet mitten in einem Zeichen: {save_as}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file contains NUL characters, so it is not CSV text (UTF-16 without a byte order mark, or not a text file at all): {save_as}</source>
        <translation>die Datei enthält NUL-Zeichen und ist daher kein CSV-Text (UTF-16 ohne Byte-Order-Mark oder gar keine Textdatei): {save_as}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file contains NUL bytes, so it is not CSV text: {save_as}</source>
        <translation>die Datei enthält NUL-Bytes und ist daher kein CSV-Text: {save_as}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file cannot be read as CSV ({text})</source>
        <translation>die Datei kann nicht als CSV gelesen werden ({text})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the header names this column twice (columns {seen} and {i}): rename one of them</source>
        <translation>die Kopfzeile nennt diese Spalte zweimal (Spalten {seen} und {i}): Benennen Sie eine davon um</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>is not a column Fieldtag knows: map it to a field with --map &apos;{column}=FIELD&apos; (fieldtag import --fields lists them) or ignore it with --map &apos;{column}=&apos;</source>
        <translation>ist keine Spalte, die Fieldtag kennt: Ordnen Sie sie mit --map &apos;{column}=FELD&apos; einem Feld zu (fieldtag import --fields listet sie auf) oder ignorieren Sie sie mit --map &apos;{column}=&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>has {n_record} cells where the header has {width} columns (a missing or extra delimiter, or an unclosed quote?)</source>
        <translation>hat {n_record} Zellen, wo die Kopfzeile {width} Spalten hat (ein fehlendes oder zusätzliches Trennzeichen oder ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} has a header row but no assets below it.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Geräte darunter.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tag} is already used by an asset in the database ({other}): give this asset another tag, or leave the row out</source>
        <translation>{tag} wird bereits von einem Gerät in der Datenbank verwendet ({other}): Geben Sie diesem Gerät eine andere Inventarnummer oder lassen Sie die Zeile weg</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{name} could not be imported; nothing was imported.</source>
        <translation>{name} konnte nicht importiert werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Cannot export as &apos;{fmt}&apos;: choose csv or json.</source>
        <translation>Export als &apos;{fmt}&apos; ist nicht möglich: Wählen Sie csv oder json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder: give a file name to export to.</source>
        <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen für den Export an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {parent} does not exist: choose an existing folder to export to.</source>
        <translation>Der Ordner {parent} existiert nicht: Wählen Sie einen vorhandenen Ordner für den Export.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/sync/blob_client.py" line="+64"/>
        <location filename="../../app/sync/client.py" line="+145"/>
        <source>the server refused {what} ({status}): {detail}</source>
        <translation>der Server hat {what} abgelehnt ({status}): {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the question which blobs it lacks</source>
        <translation>die Frage, welche Dateien ihm fehlen,</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the upload of {sha}… ({size} bytes)</source>
        <translation>das Hochladen von {sha}… ({size} Bytes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the download of {sha}…</source>
        <translation>das Herunterladen von {sha}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server sent content for {sha}… that does not match its SHA-256: it was not kept</source>
        <translation>der Server hat für {sha}… Inhalt gesendet, der nicht zu seinem SHA-256 passt: Er wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="-33"/>
        <source>the server at {url} answered {path} with something that is not Fieldtag sync version 1 ({count} problems): is the URL right?</source>
        <translation>der Server unter {url} hat auf {path} mit etwas geantwortet, das nicht Fieldtag-Sync Version 1 ist ({count} Probleme): Stimmt die URL?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server had an error ({status}): {detail}</source>
        <translation>auf dem Server ist ein Fehler aufgetreten ({status}): {detail}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server at {url} did not answer in time</source>
        <translation>der Server unter {url} hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot reach the server at {url}: {error}</source>
        <translation>der Server unter {url} ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server refused this device ({status}): {detail}</source>
        <translation>der Server hat diesen Rechner abgelehnt ({status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/credentials.py" line="+25"/>
        <source>no usable OS keyring: the device credential is kept in {path}, readable only by you</source>
        <translation>kein nutzbarer Schlüsselbund des Betriebssystems: Die Zugangsdaten des Rechners liegen in {path}, nur für Sie lesbar</translation>
    </message>
</context>
<context>
    <name>sync.conflicts</name>
    <message>
        <location filename="../../app/services/conflicts.py" line="-928"/>
        <source>marked requested</source>
        <translation>als angefordert markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked ordered</source>
        <translation>als bestellt markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put into stock</source>
        <translation>eingelagert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployed</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent to maintenance</source>
        <translation>in Wartung gegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disposed of</source>
        <translation>entsorgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked missing</source>
        <translation>als vermisst markiert</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{entity} {name} was deleted on one device while another still used it: it was kept</source>
        <translation>{entity} {name} wurde auf einem Rechner gelöscht, während ein anderer Rechner den Eintrag noch verwendete: Er wurde behalten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what} {tag} was {did} on {device} and {other_did} on {other_device} while both were offline; it is now {state} (the later change)</source>
        <translation>{what} {tag} wurde auf {device} {did} und auf {other_device} {other_did}, während beide offline waren; der Zustand ist jetzt {state} (die spätere Änderung)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>device {id}</source>
        <translation>Rechner {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_apply.py" line="+336"/>
        <source>serial {serial}</source>
        <translation>Seriennummer {serial}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>location {name} was moved inside itself by two devices at once; it is now a top-level location</source>
        <translation>Standort {name} wurde von zwei Rechnern gleichzeitig in sich selbst verschoben; er ist jetzt ein Standort der obersten Ebene</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>tag {tag} was given to two assets on different devices: the one recorded first ({keeper}) keeps it, the other ({other}) now has {given}</source>
        <translation>Inventarnummer {tag} wurde auf verschiedenen Rechnern an zwei Geräte vergeben: Das zuerst erfasste ({keeper}) behält sie, das andere ({other}) hat jetzt {given}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tag {tag} was given to two assets on different devices: the one recorded first keeps it, the other ({other}) now has {given}</source>
        <translation>Inventarnummer {tag} wurde auf verschiedenen Rechnern an zwei Geräte vergeben: Das zuerst erfasste behält sie, das andere ({other}) hat jetzt {given}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>model {manufacturer} {name} was created on two devices; the one created later is now {manufacturer} {given}</source>
        <translation>Modell {manufacturer} {name} wurde auf zwei Rechnern angelegt; das später angelegte heißt jetzt {manufacturer} {given}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_records.py" line="+369"/>
        <source>completed by {actor}</source>
        <translation>von {actor} abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abandoned by {actor} (&quot;{reason}&quot;)</source>
        <translation>von {actor} abgebrochen („{reason}“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abandoned by {actor}</source>
        <translation>von {actor} abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a completion wins over an abandonment</source>
        <translation>ein Abschluss hat Vorrang vor einem Abbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one recorded first counts</source>
        <translation>die zuerst erfasste Beendigung zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checklist &apos;{title}&apos; was finished on two devices while they were offline: {first}, and {others}. It counts as {outcome} by {actor} ({why}); the other stays in the history.</source>
        <translation>Checkliste &apos;{title}&apos; wurde auf zwei Rechnern beendet, während sie offline waren: {first} und {others}. Sie gilt als von {actor} {outcome} ({why}); die andere Beendigung bleibt in der Historie erhalten.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>a location</source>
        <translation>einem Standort</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the count of {location} was closed on two devices while they were offline (by {actor}, and by {others}): the close recorded first (by {actor}) is the count&apos;s close; what each close did to the assets (audit dates, assets marked missing or moved) stays as it was done.</source>
        <translation>die Inventur von {location} wurde auf zwei Rechnern abgeschlossen, während sie offline waren (von {actor} und von {others}): Der zuerst erfasste Abschluss (von {actor}) ist der Abschluss der Inventur; was jeder Abschluss an den Geräten bewirkt hat (Inventurdaten, als vermisst markierte oder verschobene Geräte), bleibt so, wie es getan wurde.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the count of {location} was closed by {actor} while another device went on scanning it offline: those scans are kept and show in the count&apos;s report, but the close did not use them (the assets they found got no new audit date, and were not taken off the missing list).</source>
        <translation>die Inventur von {location} wurde von {actor} abgeschlossen, während ein anderer Rechner offline weiter scannte: Diese Scans bleiben erhalten und erscheinen im Bericht der Inventur, aber der Abschluss hat sie nicht verwendet (die dabei gefundenen Geräte bekamen kein neues Inventurdatum und wurden nicht von der Vermisstenliste genommen).</translation>
    </message>
</context>
</TS>
