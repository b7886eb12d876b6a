import type { Metadata } from "next";
import { SectionPage } from "@/components/app-shell/section-page";
import type { Messages } from "@/lib/i18n/messages/fr";
import { getRequestMessages } from "../_shared/request-locale";

type SectionKey = keyof Messages["pages"];

/** Metadata and page for a section that has no records yet (its issue replaces it). */
export function sectionPage(key: SectionKey) {
  async function generateMetadata(): Promise<Metadata> {
    const { messages } = await getRequestMessages();
    return { title: `${messages.pages[key].title} · ${messages.common.appName}` };
  }
  async function Page() {
    const { messages } = await getRequestMessages();
    return <SectionPage {...messages.pages[key]} />;
  }
  return { generateMetadata, Page };
}
