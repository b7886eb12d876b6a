import { sectionPage } from "../_section-page";

const section = sectionPage("settings");

export const generateMetadata = section.generateMetadata;
export default section.Page;
