// Validation and domain error messages of documents (French reference).
// - documentValidation: field messages (documentInput in lib/documents/document-schema.ts, the
//   fieldErrors of lib/documents/document-errors.ts); forms merge them over `validation`.
// - documentErrors: one message per AppError code of the document functions (drafts, issue,
//   database refusals); {remaining} and {date} are filled in from the error's details.
export const documentErrorsFr = {
  documentValidation: {
    client_required: "Choisissez un client.",
    client_not_found: "Ce client n'existe pas dans votre organisation.",
    client_archived: "Ce client est archivé : restaurez-le pour lui faire un nouveau document.",
    credit_note_client_fixed: "Un avoir reste au client de la facture qu'il annule.",
    article_not_found: "Cet article n'existe pas dans votre catalogue.",
    date_invalid: "Date invalide.",
    due_before_issue: "L'échéance ne peut pas précéder la date d'émission.",
    valid_until_before_issue: "La date de validité ne peut pas précéder la date du devis.",
    issue_date_future: "Un document ne peut pas être émis à une date future.",
    issue_date_before_last:
      "Les numéros suivent les dates : cette date est antérieure à celle du dernier document de la série.",
    payment_terms_range: "Un délai de paiement entre 0 et 365 jours.",
    language_invalid: "Choisissez le français ou l'anglais.",
    lines_required: "Ajoutez au moins une ligne.",
    too_many_lines: "500 lignes au plus.",
    quantity_required: "Indiquez une quantité.",
    quantity_invalid: "Quantité invalide : écrivez par exemple 1 ou 2,5.",
    quantity_decimals: "Trois décimales au plus.",
    quantity_range: "Une quantité supérieure à 0 et d'au plus 1 000 000.",
    money_required: "Indiquez un montant.",
    money_invalid: "Montant invalide : écrivez par exemple 1 234,56.",
    money_decimals: "Deux décimales au plus.",
    money_negative: "Le montant ne peut pas être négatif.",
    money_too_large: "Montant trop élevé.",
    vat_rate_invalid: "Choisissez un taux de TVA français : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %.",
    kind_invalid: "Choisissez marchandise ou prestation.",
    discount_kind_invalid: "Choisissez une remise en % ou en €.",
    discount_percent_range: "Une remise supérieure à 0 et d'au plus 100 %.",
    discount_exceeds_line: "La remise dépasse le montant de la ligne.",
    discount_exceeds_total: "La remise dépasse le total du document.",
    document_too_large: "Le total du document dépasse 21 474 836,47.",
    credit_note_empty: "Le total de l'avoir doit être supérieur à 0.",
    // VAT categories and reasons of the lines (lib/vat/vat-categories.ts).
    vat_category_invalid: "Choisissez une catégorie de TVA dans la liste.",
    vat_zero_needs_category:
      "Un taux de 0 % doit préciser pourquoi : choisissez une catégorie (exonération, autoliquidation…).",
    vat_rate_not_zero_for_category: "Cette catégorie ne facture pas de TVA : son taux est de 0 %.",
    vat_reason_required: "Choisissez le motif de l'absence de TVA : il est imprimé sur le document.",
    vat_reason_unknown: "Motif inconnu : choisissez-en un dans la liste.",
    vat_reason_wrong_category: "Ce motif ne correspond pas à la catégorie choisie.",
    vat_reason_not_allowed: "Une ligne soumise à la TVA ne porte pas de motif d'exonération.",
    vat_reason_conflict:
      "Un seul motif par catégorie sur un document : reprenez celui des autres lignes de cette catégorie.",
    // What an invoice must state before it is issued (lib/documents/check-issue-readiness.ts).
    seller_vat_number_required:
      "Indiquez le numéro de TVA intracommunautaire de votre organisation : il figure sur toute facture.",
    client_siren_required: "Indiquez le SIREN de ce client professionnel : il est obligatoire sur ses factures.",
    exchange_rate_required: "Indiquez le taux de change : ce document n'est pas en euros.",
    exchange_rate_invalid: "Taux de change invalide : écrivez par exemple 0,9234 (6 décimales au plus).",
    // What would make the e-invoice (Factur-X) invalid (lib/facturx/einvoice-problems.ts).
    seller_name_required: "Indiquez la raison sociale de votre organisation.",
    seller_siren_invalid: "Le SIREN de votre organisation est absent ou invalide.",
    seller_siret_invalid: "Le SIRET de votre organisation est invalide : 14 chiffres commençant par le SIREN.",
    seller_vat_number_invalid: "Le numéro de TVA de votre organisation est invalide.",
    early_payment_text_required: "Indiquez les conditions d'escompte pour paiement anticipé (ou leur absence).",
    late_penalty_text_required: "Indiquez le taux des pénalités de retard.",
    country_invalid: "Pays de l'adresse invalide.",
    client_name_required: "Indiquez le nom ou la raison sociale du client.",
    client_siren_invalid: "Le SIREN du client est invalide : 9 chiffres dont une clé de contrôle.",
    client_siret_invalid: "Le SIRET du client est invalide : 14 chiffres commençant par son SIREN.",
    client_vat_number_invalid: "Le numéro de TVA du client est invalide.",
    client_vat_number_required:
      "Indiquez le numéro de TVA intracommunautaire du client : une livraison intracommunautaire ou une autoliquidation l'exige.",
    client_electronic_address_required:
      "Indiquez le SIREN ou une adresse e-mail du client : la facture électronique lui est adressée ainsi.",
    client_email_too_long: "L'adresse e-mail du client dépasse 125 caractères.",
    line_description_required: "Indiquez la désignation de la ligne.",
    vat_rate_not_french: "Ce taux de TVA n'est pas un taux français.",
    vat_outside_scope_mixed:
      "Une facture hors champ de la TVA l'est en entier : toutes ses lignes doivent être hors champ, ou aucune.",
    number_too_long: "Le numéro dépasserait 35 caractères : raccourcissez le format de numérotation.",
    number_invalid_characters:
      "Le numéro ne peut contenir que des lettres, des chiffres et + - _ / : modifiez le format de numérotation.",
    currency_invalid: "Devise invalide.",
    due_date_before_issue_date: "L'échéance ne peut pas précéder la date d'émission.",
    credited_invoice_required: "Un avoir doit citer la facture émise qu'il corrige (numéro et date).",
    credited_invoice_number_invalid:
      "Le numéro de la facture corrigée ne convient pas à une facture électronique (35 caractères au plus : lettres, chiffres, + - _ /).",
  },
  documentErrors: {
    document_not_found: "Ce document n'existe pas ou a été supprimé.",
    document_frozen:
      "Ce document n'est plus un brouillon : il ne peut plus être modifié ni supprimé. Pour annuler une facture, émettez un avoir.",
    document_changed:
      "Ce document a été modifié entre-temps (dans un autre onglet ou par un autre membre). Rechargez-le avant d'enregistrer.",
    document_type_invalid: "Ce type de document ne se crée pas ainsi.",
    document_not_issuable: "Un devis ne s'émet pas : envoyez-le.",
    document_empty: "Ajoutez au moins une ligne avant d'émettre le document.",
    document_total_negative: "Le total du document ne peut pas être négatif.",
    document_not_ready:
      "Ce document ne peut pas encore être émis : il lui manque des mentions obligatoires (détail ci-dessous). Aucun numéro ne lui a été attribué.",
    seller_identity_incomplete:
      "Complétez l'identité légale de votre organisation (raison sociale, adresse, SIREN) dans Paramètres › Organisation avant d'émettre une facture.",
    issue_date_future: "Un document ne peut pas être émis à une date future.",
    issue_date_before_last: "Les numéros suivent les dates : le dernier document de cette série est daté du {date}.",
    due_before_issue: "L'échéance ne peut pas précéder la date d'émission.",
    number_taken:
      "Ce numéro est déjà pris par un autre document (le format de numérotation a-t-il changé ?). Vérifiez la numérotation dans Paramètres.",
    document_in_use: "Un autre document fait référence à celui-ci.",
    client_not_found: "Ce client n'existe pas dans votre organisation.",
    client_archived: "Ce client est archivé : restaurez-le pour lui faire un nouveau document.",
    credit_note_client_fixed: "Un avoir reste au client de la facture qu'il annule.",
    article_not_found: "Un article de ces lignes n'existe pas dans votre catalogue.",
    invoice_not_found: "Cette facture n'existe pas ou a été supprimée.",
    quote_not_found: "Ce devis n'existe pas ou a été supprimé.",
    credit_note_without_invoice: "Un avoir doit se rapporter à une facture.",
    credit_note_target_not_issued: "Seule une facture ou une facture d'acompte émise peut faire l'objet d'un avoir.",
    credit_exceeds_invoice: "L'avoir dépasse ce qui reste de la facture après les avoirs déjà émis ({remaining}).",
    credit_note_empty: "Le total de l'avoir doit être supérieur à 0.",
    payment_frozen: "Un règlement ne se modifie pas : supprimez-le puis enregistrez-le de nouveau.",
    payment_amount_positive: "Le montant doit être supérieur à 0.",
    payment_not_payable: "Seule une facture ou une facture d'acompte émise peut recevoir un règlement.",
    payment_exceeds_balance: "Le montant dépasse le reste à payer.",
    organization_not_found: "Organisation introuvable.",
    organization_disabled: "Cette organisation a été désactivée.",
    no_organization: "Choisissez d'abord une organisation.",
    forbidden: "Votre rôle ne permet pas de faire cela.",
    unauthenticated: "Connectez-vous pour continuer.",
    invalid_input: "Certains champs sont invalides : corrigez-les puis réessayez.",
    generic: "Une erreur inattendue est survenue. Réessayez dans un instant.",
  },
};
