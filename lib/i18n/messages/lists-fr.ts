// Texts shared by every list and confirmation (pagination, search, sort, dialogs).
export const listsFr = {
  lists: {
    navigation: "Pagination",
    previous: "Précédent",
    next: "Suivant",
    pageOf: "page {page} sur {count}",
    results: "{count} résultat(s)",
    search: "Rechercher",
    searchSubmit: "Rechercher",
    noResults: "Aucun résultat pour cette recherche.",
    clearSearch: "Effacer la recherche",
    actions: "Actions",
    cancel: "Annuler",
    confirm: "Confirmer",
    saved: "Enregistré.",
    deleted: "Supprimé.",
    archived: "Archivé.",
    restored: "Restauré.",
    showArchived: "Afficher les archivés",
    filters: "Filtres",
  },
};
