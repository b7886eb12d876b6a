// Requests refused before any page renders (proxy.ts): a plain page in the visitor's language.
export const requestErrorsFr = {
  requestErrors: {
    crossOriginTitle: "Envoi refusé",
    crossOriginBody:
      "Ce formulaire a été envoyé depuis un autre site que Facturo. Rouvrez la page dans Facturo et recommencez.",
    tooLargeTitle: "Envoi trop volumineux",
    tooLargeBody:
      "Le formulaire envoyé dépasse {limit} Mo (un fichier trop lourd ?). Revenez en arrière et choisissez un fichier plus petit.",
    badAddressTitle: "Adresse invalide",
    badAddressBody: "L'adresse demandée contient des caractères mal encodés. Vérifiez le lien ou revenez à l'accueil.",
    backHome: "Retour à l'accueil",
  },
};
