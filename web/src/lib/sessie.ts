/**
 * Who is signed in, as the gateway's session says (`GET /auth/sessie`). The
 * token itself never reaches the page: it stays in the gateway's session,
 * behind an httpOnly, SameSite=strict cookie.
 */
import { useCallback, useEffect, useState } from "react";

export interface Gebruiker {
  userId: string;
  naam: string | null;
  organisatie: string | null;
  rol: string;
  samenwerking?: boolean;
}

export interface Sessie {
  aangemeld: boolean;
  gebruiker?: Gebruiker;
  /** ISO moment the session ends. */
  verloopt?: string;
  wijze?: "demo" | "oidc";
  aanmeldwijzen: { demo: boolean; oidc: boolean };
}

export type Soort = "professional" | "inwoner" | "privacy";

/** Which part of the app is this user's. */
export function soortVan(gebruiker: Gebruiker): Soort {
  if (gebruiker.rol === "INWONER") return "inwoner";
  if (gebruiker.rol === "PRIVACY_OFFICER") return "privacy";
  return "professional";
}

export async function haalSessie(): Promise<Sessie> {
  const antwoord = await fetch("/auth/sessie", { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!antwoord.ok) throw new Error(`De sessie kon niet worden gelezen (HTTP ${antwoord.status}).`);
  return (await antwoord.json()) as Sessie;
}

/**
 * The session the gateway put in the page (a JSON data block), read once at
 * start: the app shows the right view without first asking for it.
 */
function sessieUitPagina(): Sessie | null {
  const blok = document.getElementById("gezinsbeeld-sessie");
  if (!blok?.textContent) return null;
  blok.remove();
  try {
    return JSON.parse(blok.textContent) as Sessie;
  } catch {
    return null;
  }
}

/** The session, and a way to read it again (after signing in or out). */
export function useSessie(): { sessie: Sessie | null; fout: string | null; vernieuw: () => Promise<void> } {
  const [sessie, setSessie] = useState<Sessie | null>(sessieUitPagina);
  const [fout, setFout] = useState<string | null>(null);
  const vernieuw = useCallback(async () => {
    try {
      setSessie(await haalSessie());
      setFout(null);
    } catch (error) {
      setFout(error instanceof Error ? error.message : String(error));
    }
  }, []);
  useEffect(() => {
    if (!sessie) void vernieuw();
    // Only at start: later reads follow a sign-in, a sign-out or a 401.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { sessie, fout, vernieuw };
}

/**
 * End the session at the gateway. Signed in through OpenID Connect, the
 * answer names the provider's sign-out page (`naar`), for the browser to open.
 */
export async function afmelden(): Promise<{ naar: string | null }> {
  const antwoord = await fetch("/auth/afmelden", { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: "{}" });
  const { naar } = ((await antwoord.json().catch(() => ({}))) ?? {}) as { naar?: string | null };
  return { naar: naar ?? null };
}

/** Why a sign-in through the provider did not succeed (`/?aanmeldfout=…`, set by the gateway), in words. */
export const AANMELDFOUTEN: Readonly<Record<string, string>> = {
  verlopen: "Het aanmelden duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.",
  geweigerd: "U heeft het aanmelden afgebroken, of uw organisatie gaf geen toestemming.",
  token: "Uw organisatie meldde u aan, maar de hub kon uw identiteit niet vaststellen (organisatie of rol ontbreekt). Neem contact op met uw beheerder.",
  provider: "De identiteitsvoorziening van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.",
};
