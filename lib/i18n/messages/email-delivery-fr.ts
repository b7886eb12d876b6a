// Emails delivered in the background (issue 13): the "Envois" panel's delivery states and its
// "Réessayer" button, the dashboard's refused emails, and the retry's errors (French reference).
// Placeholders: {date} a formatted instant, {reason} the provider's refusal, {recipients} the
// addresses, {subject} an email's subject, {count} a number of emails.
export const emailDeliveryFr = {
  emailDelivery: {
    status: "État",
    queued: "En file d'attente",
    queuedHint: "L'e-mail part dans un instant ; cette page se met à jour toute seule.",
    sent: "Envoyé",
    sentAt: "le {date}",
    failed: "Échec",
    reason: "Motif : {reason}",
    unknownReason: "Motif inconnu",
    retry: "Réessayer",
    retryLabel: "Réessayer l'envoi du {date} à {recipients}",
    retrying: "Remise en file…",
    retried: "E-mail remis en file d'attente : il part dans un instant.",
    refusedTitle: "E-mails refusés par le service d'envoi",
    refusedCount: "{count} e-mail(s) refusé(s) par le service d'envoi",
    refusedHint: "Ouvrez le document pour voir le motif et réessayer l'envoi.",
    refusedTo: "À : {recipients}",
    refusedOpen: "Ouvrir {document}",
    refusedNoDocument: "Sans document",
  },
  emailDeliveryErrors: {
    email_not_found: "Cet e-mail n'existe pas ou a été supprimé.",
    email_not_failed: "Cet e-mail n'est plus en échec : il est déjà reparti ou a été envoyé.",
    forbidden: "Votre rôle ne permet pas d'envoyer des e-mails.",
    generic: "Une erreur inattendue est survenue. Réessayez dans un instant.",
  },
};
