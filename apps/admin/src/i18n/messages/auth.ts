// Sign-in page and the sign-in dialog shown when a session expires mid-edit.
import type { Translation } from "../translation.ts";

const en = {
  title: "Sign in",
  intro: "Sign in with your knowledge-base account.",
  email: "Email",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  expired: "Your session has expired or was revoked. Sign in again to continue.",
  signedOut: "You are signed out.",
  failed: "Sign-in failed: {message}",
  reauthTitle: "Your session has expired",
  reauthIntro:
    "Sign in again to finish. Nothing you typed is lost: your action runs again once you are signed in.",
  cancel: "Cancel",
  cancelled: "Not signed in: your changes are still here, unsaved.",
  firstTitle: "First sign-in",
  firstIntro:
    "This one-time link, from the API's log, signs in the first administrator. Choose your password: the link then stops working.",
  newPassword: "New password (at least 12 characters)",
  confirmPassword: "The same password again",
  firstSubmit: "Set the password and sign in",
  firstSubmitting: "Signing in…",
  mismatch: "The two passwords differ.",
  noToken:
    "This page needs the whole link from the API's log, including what follows #. Open the link again.",
  linkRefused: "This link cannot be used: {message}",
  firstFailed: "The password was not set: {message}",
} as const;

const fr: Translation<typeof en> = {
  title: "Connexion",
  intro: "Connectez-vous avec votre compte de la base de connaissances.",
  email: "Adresse e-mail",
  password: "Mot de passe",
  submit: "Se connecter",
  submitting: "Connexion…",
  expired: "Votre session a expiré ou a été révoquée. Reconnectez-vous pour continuer.",
  signedOut: "Vous êtes déconnecté.",
  failed: "Échec de la connexion : {message}",
  reauthTitle: "Votre session a expiré",
  reauthIntro:
    "Reconnectez-vous pour terminer. Rien de ce que vous avez saisi n’est perdu : l’action reprend une fois connecté.",
  cancel: "Annuler",
  cancelled: "Non connecté : vos modifications sont toujours là, non enregistrées.",
  firstTitle: "Première connexion",
  firstIntro:
    "Ce lien à usage unique, tiré du journal de l’API, connecte le premier administrateur. Choisissez votre mot de passe : le lien cesse ensuite de fonctionner.",
  newPassword: "Nouveau mot de passe (12 caractères au moins)",
  confirmPassword: "Le même mot de passe, à nouveau",
  firstSubmit: "Enregistrer le mot de passe et se connecter",
  firstSubmitting: "Connexion…",
  mismatch: "Les deux mots de passe diffèrent.",
  noToken:
    "Cette page a besoin du lien complet tiré du journal de l’API, y compris ce qui suit #. Ouvrez à nouveau le lien.",
  linkRefused: "Ce lien est inutilisable : {message}",
  firstFailed: "Le mot de passe n’a pas été enregistré : {message}",
};

export const auth = { en, fr };
