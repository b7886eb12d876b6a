import { sectionPage } from "../_section-page";

const section = sectionPage("articles");

export const generateMetadata = section.generateMetadata;
export default section.Page;
