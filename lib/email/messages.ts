import type { Locale } from "@/lib/i18n/locales";

// Texts of every email. French is the reference: its shape is the `EmailMessages` type, so a
// missing English text is a type error rather than an email that says "undefined".

export type LoginCodePurpose = "LOGIN" | "SIGNUP" | "EMAIL_CHANGE";

function frPlural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

function enPlural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const fr = {
  layout: {
    tagline: "Devis et factures pour les petites entreprises",
    automated: "Cet e-mail a été envoyé automatiquement ; les réponses ne sont pas lues.",
    sentWith: "Envoyé avec Facturo",
  },
  loginCode: {
    subject: {
      LOGIN: "Votre code de connexion Facturo",
      SIGNUP: "Confirmez votre adresse e-mail sur Facturo",
      EMAIL_CHANGE: "Confirmez votre nouvelle adresse e-mail Facturo",
    } satisfies Record<LoginCodePurpose, string>,
    intro: {
      LOGIN: "Saisissez ce code pour vous connecter à Facturo :",
      SIGNUP: "Saisissez ce code pour terminer la création de votre compte Facturo :",
      EMAIL_CHANGE: "Saisissez ce code pour confirmer votre nouvelle adresse e-mail :",
    } satisfies Record<LoginCodePurpose, string>,
    codeLabel: "Votre code",
    expires: (minutes: number) =>
      `Ce code expire dans ${frPlural(minutes, "minute", "minutes")} et ne sert qu'une seule fois.`,
    notYou:
      "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : sans ce code, personne ne peut continuer. Si vous pensez que quelqu'un connaît votre mot de passe, changez-le.",
    neverShare: "L'équipe Facturo ne vous demandera jamais ce code.",
    footerReason:
      "Vous recevez cet e-mail parce qu'un code de vérification a été demandé pour cette adresse sur Facturo.",
  },
  passwordReset: {
    subject: "Réinitialisez votre mot de passe Facturo",
    heading: "Choisissez un nouveau mot de passe",
    intro: "Une réinitialisation du mot de passe de votre compte Facturo a été demandée.",
    button: "Choisir un nouveau mot de passe",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    expires: (minutes: number) =>
      `Ce lien expire dans ${frPlural(minutes, "minute", "minutes")} et ne fonctionne qu'une seule fois.`,
    notYou: "Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.",
    footerReason:
      "Vous recevez cet e-mail parce qu'une réinitialisation de mot de passe a été demandée pour cette adresse sur Facturo.",
  },
  invitation: {
    subject: (organizationName: string) => `Invitation à rejoindre ${organizationName} sur Facturo`,
    heading: (organizationName: string) => `Rejoignez ${organizationName} sur Facturo`,
    intro: (inviterName: string, organizationName: string, roleLabel: string) =>
      `${inviterName} vous invite à rejoindre ${organizationName} sur Facturo, avec le rôle ${roleLabel}.`,
    button: "Accepter l'invitation",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    expires: (days: number) => `Cette invitation expire dans ${frPlural(days, "jour", "jours")}.`,
    notExpected: "Si vous ne vous attendiez pas à cette invitation, ignorez cet e-mail.",
    footerReason: (inviterName: string) =>
      `Vous recevez cet e-mail parce que ${inviterName} a invité cette adresse sur Facturo.`,
  },
};

export type EmailMessages = typeof fr;

const en: EmailMessages = {
  layout: {
    tagline: "Quotes and invoices for small businesses",
    automated: "This email was sent automatically; replies are not read.",
    sentWith: "Sent with Facturo",
  },
  loginCode: {
    subject: {
      LOGIN: "Your Facturo sign-in code",
      SIGNUP: "Confirm your email address on Facturo",
      EMAIL_CHANGE: "Confirm your new Facturo email address",
    },
    intro: {
      LOGIN: "Enter this code to sign in to Facturo:",
      SIGNUP: "Enter this code to finish creating your Facturo account:",
      EMAIL_CHANGE: "Enter this code to confirm your new email address:",
    },
    codeLabel: "Your code",
    expires: (minutes: number) => `This code expires in ${enPlural(minutes, "minute", "minutes")} and works only once.`,
    notYou:
      "If you did not ask for it, ignore this email: nobody can go further without this code. If you think someone knows your password, change it.",
    neverShare: "The Facturo team will never ask you for this code.",
    footerReason: "You received this email because a verification code was requested for this address on Facturo.",
  },
  passwordReset: {
    subject: "Reset your Facturo password",
    heading: "Choose a new password",
    intro: "Someone asked to reset the password of your Facturo account.",
    button: "Choose a new password",
    fallback: "If the button does not work, copy this link into your browser:",
    expires: (minutes: number) => `This link expires in ${enPlural(minutes, "minute", "minutes")} and works only once.`,
    notYou: "If you did not ask for it, ignore this email: your password stays unchanged.",
    footerReason: "You received this email because a password reset was requested for this address on Facturo.",
  },
  invitation: {
    subject: (organizationName: string) => `Invitation to join ${organizationName} on Facturo`,
    heading: (organizationName: string) => `Join ${organizationName} on Facturo`,
    intro: (inviterName: string, organizationName: string, roleLabel: string) =>
      `${inviterName} invites you to join ${organizationName} on Facturo, with the ${roleLabel} role.`,
    button: "Accept the invitation",
    fallback: "If the button does not work, copy this link into your browser:",
    expires: (days: number) => `This invitation expires in ${enPlural(days, "day", "days")}.`,
    notExpected: "If you were not expecting this invitation, ignore this email.",
    footerReason: (inviterName: string) =>
      `You received this email because ${inviterName} invited this address to Facturo.`,
  },
};

const catalogues: Record<Locale, EmailMessages> = { fr, en };

export function emailMessages(locale: Locale): EmailMessages {
  return catalogues[locale];
}
