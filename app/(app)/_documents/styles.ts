// One look for the document pages' calls to action (the clients pages' buttons).
export { card, dangerButton, primaryButton, secondaryButton } from "../clients/styles";
