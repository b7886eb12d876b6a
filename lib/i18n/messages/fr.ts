import { listsFr } from "./lists-fr";
import { accountFr } from "./account-fr";
import { adminFr } from "./admin-fr";
import { authFr } from "./auth-fr";
import { clientsFr } from "./clients-fr";
import { membersFr } from "./members-fr";
import { settingsFr } from "./settings-fr";
import { articlesFr } from "./articles-fr";
import { csvFr } from "./csv-fr";
import { documentsFr } from "./documents-fr";
import { documentErrorsFr } from "./document-errors-fr";
import { paymentsFr } from "./payments-fr";
import { pdfFr } from "./pdf-fr";
import { sendingFr } from "./sending-fr";
import { shareLinksFr } from "./share-links-fr";
import { requestErrorsFr } from "./request-errors-fr";
import { errorsFr } from "./errors-fr";
import { dashboardFr } from "./dashboard-fr";
import { reportsFr } from "./reports-fr";
import { recurringErrorsFr } from "./recurring-errors-fr";
import { recurringFr } from "./recurring-fr";
import { emailDeliveryFr } from "./email-delivery-fr";
import { webhooksFr } from "./webhooks-fr";
import { apiTokensFr } from "./api-tokens-fr";

// French is the reference catalogue: its shape is the `Messages` type every other
// language must match, so a missing English string is a type error, not a blank.
// Sections owned by one domain live in their own files (auth-fr.ts…) and are spread here.
export const fr = {
  ...authFr,
  ...clientsFr,
  ...listsFr,
  ...accountFr,
  ...adminFr,
  ...membersFr,
  ...settingsFr,
  ...articlesFr,
  ...csvFr,
  ...documentsFr,
  ...documentErrorsFr,
  ...paymentsFr,
  ...pdfFr,
  ...sendingFr,
  ...shareLinksFr,
  ...requestErrorsFr,
  ...dashboardFr,
  ...reportsFr,
  ...recurringErrorsFr,
  ...recurringFr,
  ...emailDeliveryFr,
  ...webhooksFr,
  ...apiTokensFr,
  meta: {
    title: "Facturo — devis et factures pour les petites entreprises",
    description: "Devis, factures, règlements et avoirs conformes, pour les petites entreprises françaises.",
  },
  common: {
    appName: "Facturo",
    skipToContent: "Aller au contenu",
    language: "Langue",
    languages: { fr: "Français", en: "English" },
    openMenu: "Ouvrir le menu",
    closeMenu: "Fermer le menu",
    mainNavigation: "Navigation principale",
    backHome: "Retour à l'accueil",
    loading: "Chargement…",
  },
  landing: {
    headline: "Vos devis et factures, sans prise de tête.",
    lead: "Facturo rédige des devis, les transforme en factures numérotées sans trou, suit les règlements et gère les avoirs — avec toutes les mentions obligatoires.",
    openApp: "Ouvrir l'application",
    login: "Se connecter",
    signup: "Créer un compte",
    features: [
      { title: "Conforme", body: "Numérotation continue, mentions légales, TVA par taux, franchise en base." },
      { title: "Simple", body: "Du devis accepté en ligne à la facture payée, en quelques clics." },
      { title: "Multi-entreprise", body: "Chaque entreprise a ses données, ses membres et ses rôles." },
    ],
  },
  nav: {
    dashboard: "Tableau de bord",
    quotes: "Devis",
    invoices: "Factures",
    recurring: "Factures récurrentes",
    creditNotes: "Avoirs",
    payments: "Règlements",
    clients: "Clients",
    articles: "Articles",
    reports: "Rapports",
    settings: "Paramètres",
  },
  pages: {
    dashboard: {
      title: "Tableau de bord",
      emptyTitle: "Rien à afficher pour l'instant",
      emptyBody:
        "Votre chiffre d'affaires, vos factures en retard et vos devis en attente apparaîtront ici dès votre premier document.",
    },
    quotes: {
      title: "Devis",
      emptyTitle: "Aucun devis",
      emptyBody: "Créez un devis pour un client, envoyez-le, et il pourra l'accepter en ligne.",
    },
    invoices: {
      title: "Factures",
      emptyTitle: "Aucune facture",
      emptyBody: "Vos factures émises, leurs règlements et les avoirs apparaîtront ici.",
    },
    clients: {
      title: "Clients",
      emptyTitle: "Aucun client",
      emptyBody: "Ajoutez vos clients (entreprises ou particuliers) et classez-les par groupes.",
    },
    articles: {
      title: "Articles",
      emptyTitle: "Aucun article",
      emptyBody: "Votre catalogue de produits et prestations, avec prix HT et taux de TVA.",
    },
    settings: {
      title: "Paramètres",
      emptyTitle: "Paramètres de l'entreprise",
      emptyBody: "Identité légale, logo, régime de TVA et numérotation seront réglés ici.",
    },
  },
  comingSoon: "Bientôt disponible",
  errors: errorsFr,
};

export type Messages = typeof fr;
