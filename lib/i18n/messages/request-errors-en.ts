import type { requestErrorsFr } from "./request-errors-fr";

export const requestErrorsEn: typeof requestErrorsFr = {
  requestErrors: {
    crossOriginTitle: "Submission refused",
    crossOriginBody: "This form was sent from a site other than Facturo. Open the page in Facturo again and retry.",
    tooLargeTitle: "Submission too large",
    tooLargeBody: "The form sent is over {limit} MB (a file too heavy?). Go back and choose a smaller file.",
    badAddressTitle: "Invalid address",
    badAddressBody: "The address requested contains badly encoded characters. Check the link or go back home.",
    backHome: "Back to home",
  },
};
