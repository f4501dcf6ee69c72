import type { Messages } from '../../../app/locales/en.ts';
import type { yamlEn } from './en.ts';

/** German strings of the YAML editor, object actions and permission checks. */
export const yamlDe: Messages<typeof yamlEn> = {
  yaml: {
    access: {
      checking: 'Berechtigungen werden geprüft…',
      denied: 'Keine Berechtigung für „{{verb}}“ auf {{resource}} in diesem Cluster.',
      deniedIn: 'Keine Berechtigung für „{{verb}}“ auf {{resource}} im Namespace „{{namespace}}“.',
      checkFailed: 'Ihre Berechtigungen konnten nicht geprüft werden: {{message}}',
    },
    editor: {
      label: 'YAML von {{kind}} {{name}}',
      loading: 'Editor wird geladen…',
      loadFailed: '{{kind}} {{name}} konnte nicht geladen werden: {{message}}',
      notFound: '{{kind}} „{{name}}“ existiert nicht (mehr). Vielleicht wurde es gelöscht.',
      showManagedFields: 'managedFields anzeigen',
      readOnly: 'Nur lesen: {{reason}}',
      edited: 'Geändert',
      review: 'Änderungen prüfen',
      noChanges: 'Keine Änderungen',
      back: 'Zurück zum Editor',
      discard: 'Änderungen verwerfen',
      reload: 'Neu aus dem Cluster laden',
      reloaded: '{{kind}} {{name}} neu geladen',
      dryRun: 'Probelauf',
      dryRunOk:
        'Der API-Server akzeptiert diese Änderungen (nichts wurde gespeichert). Unten: Ihr YAML gegenüber dem, was er speichern würde.',
      apply: 'Anwenden',
      applied: 'Änderungen an {{kind}} {{name}} angewendet',
      diffLabel: 'Änderungen: das geladene Objekt (links) gegenüber Ihrem YAML (rechts)',
      serverDiffLabel: 'Ihr YAML (links) gegenüber dem, was der API-Server speichern würde (rechts)',
      syntaxError: 'Das YAML ist in Zeile {{line}}, Spalte {{column}} ungültig: {{message}}',
      syntaxErrorNoLine: 'Das YAML ist ungültig: {{message}}',
      notMapping:
        'Das YAML muss ein Objekt beschreiben: eine Zuordnung von Feldern, keine Liste und kein Wert.',
      schemaMissing:
        'Kein Schema für {{kind}} im OpenAPI-Dokument dieses Clusters: keine Vervollständigung und Prüfung.',
      schemaFailed: 'Das Schema für Vervollständigung und Prüfung konnte nicht geladen werden: {{message}}',
      rejected: 'Der API-Server hat die Änderung abgelehnt; nichts wurde gespeichert.',
      dryRunRejected: 'Der Probelauf ist fehlgeschlagen: Der API-Server würde diese Änderung ablehnen.',
      field: '{{field}}: {{message}}',
      editYaml: 'YAML bearbeiten',
      editTitle: '{{kind}} {{name}}',
      unknownResource: 'Dieser Cluster hat keine Ressource „{{resource}}“ in {{apiVersion}}.',
    },
    conflict: {
      title: 'Jemand anderes hat {{kind}} {{name}} geändert',
      explain:
        'Das Objekt wurde im Cluster geändert, nachdem Sie es geöffnet haben (Version {{mine}} → {{theirs}}). Ihre Änderungen wurden deshalb nicht angewendet: So wie sie sind, würden sie die andere Änderung stillschweigend rückgängig machen.',
      howTo:
        '„Neu laden und erneut anwenden“ holt das aktuelle Objekt und legt Ihre eigenen Änderungen darüber. Danach sehen Sie das Ergebnis gegenüber dem aktuellen Objekt und können erneut anwenden.',
      reapply: 'Neu laden und meine Änderungen erneut anwenden',
      keepEditing: 'Weiter bearbeiten',
      reapplied:
        'Ihre Änderungen liegen jetzt über dem aktuellen Objekt. Prüfen Sie die Unterschiede unten und wenden Sie sie erneut an.',
      both: 'Von Ihnen und im Cluster geändert (Ihr Wert bleibt): {{fields}}',
      gone: 'Das Objekt wurde inzwischen gelöscht; es gibt nichts, worauf die Änderungen angewendet werden könnten.',
      reviewLabel:
        'Das aktuelle Objekt im Cluster (links) gegenüber dem Objekt mit Ihren Änderungen (rechts)',
    },
    delete: {
      action: 'Löschen',
      title: '{{kind}} „{{name}}“ löschen?',
      message:
        'Damit wird {{kind}} „{{name}}“{{where}} aus dem Cluster {{cluster}} gelöscht. Das lässt sich nicht rückgängig machen.',
      inNamespace: ' im Namespace „{{namespace}}“',
      propagation: 'Was mit Objekten geschieht, die ihm gehören',
      background:
        'Background: sofort löschen, abhängige Objekte löscht danach die Garbage Collection (Standard)',
      foreground: 'Foreground: erst die abhängigen Objekte löschen, dann dieses Objekt',
      orphan: 'Orphan: abhängige Objekte behalten, nur ihren Besitzerverweis entfernen',
      confirm: 'Löschen',
      done: '{{kind}} {{name}} gelöscht',
      pending: '{{kind}} {{name}} wird gelöscht (wartet auf Finalizer oder abhängige Objekte)',
      failed: '{{kind}} {{name}} konnte nicht gelöscht werden: {{message}}',
    },
    create: {
      action: 'Erstellen',
      tooltip: 'Objekte aus YAML erstellen',
      title: 'Aus YAML erstellen',
      explain:
        'Fügen Sie ein oder mehrere YAML-Dokumente ein, getrennt durch „---“, oder tippen Sie sie. Der API-Server prüft jedes Dokument (Probelauf), bevor irgendeines erstellt wird.',
      namespaceHint: 'Dokumente ohne Namespace kommen in „{{namespace}}“.',
      editorLabel: 'Zu erstellende YAML-Dokumente',
      submit: 'Prüfen und erstellen',
      empty: 'Geben Sie mindestens ein YAML-Dokument ein.',
      document: 'Dokument {{number}} (Zeile {{line}})',
      documentNamed: 'Dokument {{number}}: {{kind}} {{name}}',
      syntax: 'Zeile {{line}}, Spalte {{column}}: {{message}}',
      notMapping: 'Kein Objekt: Ein Dokument muss eine Zuordnung von Feldern sein.',
      missingField: '„{{field}}“ fehlt.',
      unknownKind: 'Dieser Cluster bietet {{kind}} in {{apiVersion}} nicht an.',
      noneCreated:
        'Nichts wurde erstellt: Korrigieren Sie die unten markierten Dokumente und versuchen Sie es erneut.',
      ok: 'Vom Probelauf akzeptiert',
      deferred: 'Wird beim Erstellen geprüft (sein Namespace wird von einem früheren Dokument erstellt)',
      created: 'Erstellt',
      failed: 'Fehlgeschlagen',
      inProgress: 'In Arbeit…',
      notAttempted: 'Nicht erstellt (ein früheres Dokument ist fehlgeschlagen)',
      allCreated_one: '{{count}} Objekt erstellt',
      allCreated_other: '{{count}} Objekte erstellt',
      partly: '{{created}} von {{total}} Objekten erstellt; siehe die Fehler unten.',
      close: 'Schließen',
      again: 'Weitere erstellen',
      open: 'Öffnen',
    },
  },
};
