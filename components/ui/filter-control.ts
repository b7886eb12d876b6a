// The look of a list's filter and search controls (selects, dates, search box) in the filter bar:
// sized to their content, unlike a form's full-width fields (components/forms/field-parts.tsx).
export const filterControlClass =
  "mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-normal shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";
