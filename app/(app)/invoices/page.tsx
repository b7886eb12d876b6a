import { sectionPage } from "../_section-page";

const section = sectionPage("invoices");

export const generateMetadata = section.generateMetadata;
export default section.Page;
