// The profile's submit buttons: the brand button, sized to its text (the auth pages' is full width).
export const formButton =
  "inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70";
