// Validation, errors and stop reasons of recurring invoice profiles (French reference).
// - recurringValidation: field messages of recurringProfileInput (lib/recurring/recurring-profile-schema.ts)
//   and of the server's checks; the content's fields use documentValidation / validation, as in the editor.
// - recurringErrors: one message per AppError code of lib/recurring.
// - recurringStopReasons: why the generator stopped a profile (RecurringProfile.stopReason; one per
//   RECURRING_STOP_REASONS of lib/recurring/recurring-types.ts — the stop email reads them by it, so a
//   missing one is a type error there; no import from lib/recurring here: lib/recurring reads the
//   catalogue, not the other way round).
export const recurringErrorsFr = {
  recurringValidation: {
    frequency_invalid: "Choisissez une fréquence : hebdomadaire, mensuelle, trimestrielle ou annuelle.",
    interval_range: "Un intervalle d'au moins 1 : 52 semaines, 12 mois, 4 trimestres ou 10 ans au plus.",
    day_of_month_range: "Un jour du mois entre 1 et 31.",
    day_of_month_required: "Choisissez le jour du mois, ou le dernier jour du mois.",
    date_invalid: "Date invalide.",
    end_kind_invalid: "Choisissez quand la récurrence s'arrête.",
    end_count_range: "Un nombre de factures entre 1 et 1 000.",
    end_date_required: "Indiquez la date de fin.",
    end_before_start: "La date de fin ne peut pas précéder la date de début.",
    no_occurrence: "Aucune échéance entre la date de début et la date de fin.",
    mode_invalid: "Choisissez brouillon ou émission.",
    auto_send_needs_issue: "Seule une facture émise peut être envoyée : choisissez l'émission automatique.",
    recipients_required: "Choisissez au moins un destinataire pour l'envoi automatique.",
    recipients_too_many: "50 destinataires au plus.",
    recipient_invalid: "Adresse e-mail invalide.",
    recipient_not_client: "Les destinataires doivent être des adresses e-mail du client.",
  },
  recurringErrors: {
    recurring_profile_not_found: "Cette facture récurrente n'existe pas ou a été supprimée.",
    recurring_profile_changed:
      "Cette facture récurrente a été modifiée entre-temps : rechargez la page pour voir la dernière version.",
    recurring_status_invalid: "Cette action n'est pas possible dans l'état actuel de la facture récurrente.",
    recurring_profile_not_active: "Seule une facture récurrente active génère des factures.",
    invalid_input: "Certains champs sont invalides : corrigez-les puis réessayez.",
    forbidden: "Votre rôle ne permet pas de gérer les factures récurrentes.",
    generic: "Une erreur inattendue est survenue. Réessayez dans un instant.",
  },
  recurringStopReasons: {
    client_archived: "Le client a été archivé.",
    recipients_not_client: "Un destinataire n'est plus une adresse e-mail du client.",
    creator_not_allowed: "La personne qui a créé cette facture récurrente ne peut plus émettre de factures.",
    template_invalid: "Le contenu de la facture n'est plus valide (article supprimé, taux de TVA…).",
    issue_refused: "La facture n'a pas pu être émise (identité légale incomplète, règles de la facture électronique…).",
  },
};
