import type { ArticleRawInput } from "@/lib/articles/article-schema";

/** The form's fields → articleInput's raw shape (the browser and the server action both use it). */
export function articleFormInput(formData: FormData): ArticleRawInput {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    name: text("name"),
    description: text("description"),
    unit: text("unit"),
    unitPrice: text("unitPrice"),
    vatRate: text("vatRate"),
    reference: text("reference"),
    kind: text("kind"),
  };
}
