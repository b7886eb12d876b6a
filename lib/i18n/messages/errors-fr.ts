// The error pages' texts, on their own: the client error boundary (components/error-view.tsx)
// imports only these, not the whole catalogue, which would otherwise ship in every page's JavaScript.
export const errorsFr = {
  notFoundTitle: "Page introuvable",
  notFoundBody: "Cette page n'existe pas ou n'est plus disponible.",
  errorTitle: "Une erreur est survenue",
  errorBody:
    "Nous n'avons pas pu afficher cette page. Réessayez ; si le problème persiste, contactez le support en citant la référence ci-dessous.",
  reference: "Référence",
  forbiddenTitle: "Accès refusé",
  forbiddenBody:
    "Votre rôle ne permet pas d'ouvrir cette page. Demandez l'accès à un administrateur de l'organisation.",
  backToApp: "Retour au tableau de bord",
  retry: "Réessayer",
};

export type ErrorMessages = typeof errorsFr;
