import { sectionPage } from "../_section-page";

const section = sectionPage("quotes");

export const generateMetadata = section.generateMetadata;
export default section.Page;
