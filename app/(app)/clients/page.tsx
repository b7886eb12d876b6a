import { sectionPage } from "../_section-page";

const section = sectionPage("clients");

export const generateMetadata = section.generateMetadata;
export default section.Page;
