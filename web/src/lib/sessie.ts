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

/** The professional roles (not a household member, not a privacy officer). */
export const PROFESSIONELE_ROLLEN = ["MEDEWERKER", "TEAMLEIDER", "GEDRAGSWETENSCHAPPER", "JEUGDBESCHERMER", "ERVARINGSDESKUNDIGE"];

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

/** The session, and a way to read it again (after signing in or out). */
export function useSessie(): { sessie: Sessie | null; fout: string | null; vernieuw: () => Promise<void> } {
  const [sessie, setSessie] = useState<Sessie | null>(null);
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
    void vernieuw();
  }, [vernieuw]);
  return { sessie, fout, vernieuw };
}

export async function afmelden(): Promise<void> {
  await fetch("/auth/afmelden", { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: "{}" });
}
