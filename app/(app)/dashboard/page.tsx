import { sectionPage } from "../_section-page";

const section = sectionPage("dashboard");

export const generateMetadata = section.generateMetadata;
export default section.Page;
