import { EmptyState } from "@/components/ui/empty-state";

type SectionPageProps = {
  title: string;
  emptyTitle: string;
  emptyBody: string;
};

/** A section with nothing in it yet: heading plus an honest empty state, never sample data. */
export function SectionPage({ title, emptyTitle, emptyBody }: SectionPageProps) {
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{title}</h1>
      <EmptyState title={emptyTitle} body={emptyBody} />
    </>
  );
}
