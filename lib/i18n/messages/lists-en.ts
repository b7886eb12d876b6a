import type { listsFr } from "./lists-fr";

export const listsEn: typeof listsFr = {
  lists: {
    navigation: "Pagination",
    previous: "Previous",
    next: "Next",
    pageOf: "page {page} of {count}",
    results: "{count} result(s)",
    search: "Search",
    searchSubmit: "Search",
    noResults: "No results for this search.",
    clearSearch: "Clear search",
    actions: "Actions",
    cancel: "Cancel",
    confirm: "Confirm",
    saved: "Saved.",
    deleted: "Deleted.",
    archived: "Archived.",
    restored: "Restored.",
    showArchived: "Show archived",
    filters: "Filters",
  },
};
