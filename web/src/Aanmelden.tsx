import { useEffect, useState } from "react";
import { Alinea, Kop, Knop, Melding } from "./components/nlds";
import { AANMELDFOUTEN, type Sessie } from "./lib/sessie";
import { organisatieKort, rolNaam } from "./lib/woorden";

/** The demo people the gateway offers in development (`GET /auth/demo`). */
interface DemoPersonen {
  medewerkers: { userId: string; naam: string; functie: string; organisatie: string; rol: string }[];
  inwoners: { bsn: string; naam: string; gezin: string }[];
}

/**
 * Signing in. With the hub's OpenID Connect provider configured: one button to
 * it (authorization code with PKCE, done by the gateway). In development: pick
 * a demo professional or a household member; the gateway issues the token and
 * keeps it in its session.
 */
export function Aanmelden({ sessie, opAangemeld }: { sessie: Sessie; opAangemeld: () => Promise<void> }) {
  const [personen, setPersonen] = useState<DemoPersonen | null>(null);
  const aanmeldfout = new URLSearchParams(window.location.search).get("aanmeldfout");
  const [fout, setFout] = useState<string | null>(aanmeldfout ? AANMELDFOUTEN[aanmeldfout] ?? AANMELDFOUTEN.provider! : null);
  const [bezig, setBezig] = useState(false);
  const terug = window.location.pathname === "/aanmelden" || aanmeldfout ? "/" : window.location.pathname + window.location.search;

  useEffect(() => {
    if (!sessie.aanmeldwijzen.demo) return;
    fetch("/auth/demo", { credentials: "same-origin", headers: { accept: "application/json" } })
      .then(async (antwoord) => {
        if (!antwoord.ok) throw new Error("De demo-gebruikers konden niet worden geladen.");
        setPersonen((await antwoord.json()) as DemoPersonen);
      })
      .catch((error: unknown) => setFout(error instanceof Error ? error.message : String(error)));
  }, [sessie.aanmeldwijzen.demo]);

  const meldAan = async (wie: { userId: string } | { bsn: string }): Promise<void> => {
    setBezig(true);
    setFout(null);
    try {
      const antwoord = await fetch("/auth/demo", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(wie),
      });
      if (!antwoord.ok) {
        const body = (await antwoord.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
        throw new Error(body?.errors?.[0]?.message ?? `Aanmelden lukte niet (HTTP ${antwoord.status}).`);
      }
      await opAangemeld();
    } catch (error) {
      setFout(error instanceof Error ? error.message : String(error));
    } finally {
      setBezig(false);
    }
  };

  const perOrganisatie = new Map<string, DemoPersonen["medewerkers"]>();
  for (const medewerker of personen?.medewerkers ?? []) {
    perOrganisatie.set(medewerker.organisatie, [...(perOrganisatie.get(medewerker.organisatie) ?? []), medewerker]);
  }

  return (
    <>
      <Kop niveau={1}>Aanmelden</Kop>
      {fout ? <Melding soort="error">{fout}</Melding> : null}
      {sessie.aanmeldwijzen.oidc ? (
        <section className="gb-sectie" aria-labelledby="aanmelden-oidc">
          <Kop niveau={2} id="aanmelden-oidc">
            Met uw organisatie
          </Kop>
          <Alinea>U meldt zich aan bij de identiteitsvoorziening van uw organisatie en komt daarna hier terug.</Alinea>
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`/auth/oidc/start?terug=${encodeURIComponent(terug)}`}>
            Aanmelden met uw organisatie
          </a>
        </section>
      ) : null}
      {sessie.aanmeldwijzen.demo ? (
        <section className="gb-sectie" aria-labelledby="aanmelden-demo">
          <Kop niveau={2} id="aanmelden-demo">
            Demo: kies wie u bent
          </Kop>
          <Melding soort="warning">Dit is een ontwikkelomgeving met verzonnen gezinnen. Kies een professional of een gezinslid om als die persoon te kijken.</Melding>
          {personen === null && !fout ? <Alinea>De demo-gebruikers worden geladen…</Alinea> : null}
          {[...perOrganisatie].map(([organisatie, medewerkers]) => (
            <section key={organisatie} aria-labelledby={`org-${organisatie}`}>
              <Kop niveau={3} id={`org-${organisatie}`}>
                {organisatieKort(organisatie)}
              </Kop>
              <ul className="gb-keuzes">
                {medewerkers.map((medewerker) => (
                  <li key={medewerker.userId}>
                    <Knop disabled={bezig} onClick={() => void meldAan({ userId: medewerker.userId })}>
                      {medewerker.naam}
                    </Knop>{" "}
                    <span>
                      {medewerker.functie} ({rolNaam(medewerker.rol)})
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {personen && personen.inwoners.length > 0 ? (
            <section aria-labelledby="org-inwoners">
              <Kop niveau={3} id="org-inwoners">
                Gezinsleden
              </Kop>
              <ul className="gb-keuzes">
                {personen.inwoners.map((inwoner) => (
                  <li key={inwoner.bsn}>
                    <Knop disabled={bezig} onClick={() => void meldAan({ bsn: inwoner.bsn })}>
                      {inwoner.naam}
                    </Knop>{" "}
                    <span>ouder in {inwoner.gezin}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
      ) : null}
      {!sessie.aanmeldwijzen.demo && !sessie.aanmeldwijzen.oidc ? (
        <Melding soort="error">Er is geen manier van aanmelden ingesteld. Vraag de beheerder om OpenID Connect in te stellen (GEZINSBEELD_OIDC_ISSUER).</Melding>
      ) : null}
    </>
  );
}
