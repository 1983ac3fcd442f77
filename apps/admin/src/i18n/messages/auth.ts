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
};

export const auth = { en, fr };
