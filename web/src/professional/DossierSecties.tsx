/** The local team's dossier: concerns and strengths, danger, safety, goals, network meetings and core decisions. */
import { Veld } from "../components/Afgeschermd";
import { Alinea, Cel, Gegeven, Gegevenslijst, Melding, Rij, Tabel } from "../components/nlds";
import { datum } from "../lib/woorden";
import { dagenTot } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, Deel, Opsomming, Sectie, Tekst } from "./velden";

export function ZorgenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-zorgen" titel="Zorgen en krachten">
      <Veld waarde={gezin.zorgenEnKrachten} pad={["gezin", "zorgenEnKrachten"]} leeg="Geen zorgen of krachten vastgelegd.">
        {(lijst) => (
          <Tabel bijschrift="Zorgen en krachten" koppen={["Zorg of kracht", "Omschrijving", "Vastgesteld op", "Weggenomen op"]}>
            {lijst.map((z, i) => {
              const pad = ["gezin", "zorgenEnKrachten", i] as const;
              return (
                <Rij key={z.id ?? i}>
                  <Cel kop>
                    <Code waarde={z.soort} pad={[...pad, "soort"]} tabel={{ ZORG: "Zorg", KRACHT: "Kracht" }} />
                  </Cel>
                  <Cel>
                    <Tekst waarde={z.omschrijving} pad={[...pad, "omschrijving"]} />
                  </Cel>
                  <Cel>
                    <Datum waarde={z.vastgesteldOp} pad={[...pad, "vastgesteldOp"]} />
                  </Cel>
                  <Cel>
                    <Datum waarde={z.opgelostOp} pad={[...pad, "opgelostOp"]} leeg={z.soort === "ZORG" ? "Speelt nog" : "—"} />
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
    </Sectie>
  );
}

export function GevaarSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-gevaar" titel="Gevaarsoordelen">
      <Veld waarde={gezin.gevaarsoordelen} pad={["gezin", "gevaarsoordelen"]} leeg="Geen gevaarsoordelen vastgelegd.">
        {(lijst) => (
          <Tabel bijschrift="Gevaarsoordelen (wat er kan gebeuren als er niets verandert)" koppen={["Opgesteld op", "Gevaarsoordeel"]}>
            {lijst.map((g, i) => (
              <Rij key={g.id ?? i}>
                <Cel kop>
                  <Datum waarde={g.opgesteldOp} pad={["gezin", "gevaarsoordelen", i, "opgesteldOp"]} />
                </Cel>
                <Cel>
                  <Tekst waarde={g.omschrijving} pad={["gezin", "gevaarsoordelen", i, "omschrijving"]} />
                </Cel>
              </Rij>
            ))}
          </Tabel>
        )}
      </Veld>
    </Sectie>
  );
}

export function VeiligheidsplanSectie({ gezin }: { gezin: GezinData }) {
  const pad = ["gezin", "veiligheidsplan"] as const;
  return (
    <Sectie id="sectie-veiligheidsplan" titel="Veiligheidsplan">
      <Veld waarde={gezin.veiligheidsplan} pad={pad} leeg="Er is nog geen veiligheidsplan vastgesteld.">
        {(plan) => (
          <>
            <Gegevenslijst>
              <Gegeven label="Versie">
                <Tekst waarde={plan.versie} pad={[...pad, "versie"]} />
              </Gegeven>
              <Gegeven label="Vastgesteld op">
                <Datum waarde={plan.vastgesteldOp} pad={[...pad, "vastgesteldOp"]} />
              </Gegeven>
              <Gegeven label="Veiligheidsdoel">
                <Tekst waarde={plan.veiligheidsdoel} pad={[...pad, "veiligheidsdoel"]} />
              </Gegeven>
            </Gegevenslijst>
            <Veld waarde={plan.afspraken} pad={[...pad, "afspraken"]} leeg="Geen veiligheidsafspraken vastgelegd.">
              {(afspraken) => (
                <Tabel bijschrift="Veiligheidsafspraken" koppen={["Afspraak", "Wie", "Stand"]}>
                  {afspraken.map((a, i) => (
                    <Rij key={a.id ?? i}>
                      <Cel kop>
                        <Tekst waarde={a.afspraak} pad={[...pad, "afspraken", i, "afspraak"]} />
                      </Cel>
                      <Cel>
                        <Tekst waarde={a.wie} pad={[...pad, "afspraken", i, "wie"]} />
                      </Cel>
                      <Cel>
                        <Code waarde={a.status} pad={[...pad, "afspraken", i, "status"]} />
                      </Cel>
                    </Rij>
                  ))}
                </Tabel>
              )}
            </Veld>
          </>
        )}
      </Veld>
    </Sectie>
  );
}

export function DoelenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-doelen" titel="Doelen">
      <Veld waarde={gezin.doelen} pad={["gezin", "doelen"]} leeg="Geen doelen vastgesteld.">
        {(doelen) => (
          <Tabel bijschrift="Doelen: wie, wat, wanneer en de voortgang" koppen={["Wat", "Wie", "Wanneer", "Stand", "Voortgang", "Laatste registratie"]}>
            {doelen.map((doel, i) => {
              const pad = ["gezin", "doelen", i] as const;
              const laatste = doel.voortgangshistorie?.at(-1);
              const laatsteIndex = (doel.voortgangshistorie?.length ?? 0) - 1;
              return (
                <Rij key={doel.id ?? i}>
                  <Cel kop>
                    <Tekst waarde={doel.wat} pad={[...pad, "wat"]} />
                  </Cel>
                  <Cel>
                    <Tekst waarde={doel.wie} pad={[...pad, "wie"]} />
                  </Cel>
                  <Cel>
                    <Datum waarde={doel.wanneer} pad={[...pad, "wanneer"]} />
                  </Cel>
                  <Cel>
                    <Code waarde={doel.status} pad={[...pad, "status"]} />
                  </Cel>
                  <Cel>
                    <Veld waarde={doel.voortgang} pad={[...pad, "voortgang"]}>
                      {(procent) => (
                        <span className="gb-voortgang">
                          <progress max={100} value={procent} aria-label={`Voortgang: ${procent} procent`} /> {procent}%
                        </span>
                      )}
                    </Veld>
                  </Cel>
                  <Cel>
                    <Veld waarde={doel.voortgangshistorie} pad={[...pad, "voortgangshistorie"]} leeg="Nog geen voortgang geregistreerd">
                      {() =>
                        laatste ? (
                          <>
                            <Datum waarde={laatste.datum} pad={[...pad, "voortgangshistorie", laatsteIndex, "datum"]} />
                            {": "}
                            <Tekst waarde={laatste.toelichting} pad={[...pad, "voortgangshistorie", laatsteIndex, "toelichting"]} leeg="geen toelichting" />
                          </>
                        ) : null
                      }
                    </Veld>
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
    </Sectie>
  );
}

/** The 13-week rule: a warning in words when the deadline has passed or is within two weeks. */
function Termijn({ uiterlijk }: { uiterlijk: string }) {
  const dagen = dagenTot(uiterlijk);
  if (dagen < 0) {
    return (
      <Melding soort="error">
        <strong>Termijn verstreken:</strong> het volgende netwerkberaad had uiterlijk op {datum(uiterlijk)} moeten plaatsvinden ({-dagen} {-dagen === 1 ? "dag" : "dagen"} geleden). Er moet ten minste elke 13 weken een netwerkberaad zijn.
      </Melding>
    );
  }
  if (dagen <= 14) {
    return (
      <Melding soort="warning">
        <strong>Let op, binnenkort:</strong> het volgende netwerkberaad moet uiterlijk op {datum(uiterlijk)} plaatsvinden ({dagen === 0 ? "vandaag" : `over ${dagen} ${dagen === 1 ? "dag" : "dagen"}`}).
      </Melding>
    );
  }
  return (
    <Alinea>
      Het volgende netwerkberaad moet uiterlijk op {datum(uiterlijk)} plaatsvinden (over {dagen} dagen).
    </Alinea>
  );
}

export function NetwerkberadenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-netwerkberaden" titel="Netwerkberaden">
      <Veld waarde={gezin.volgendNetwerkberaadUiterlijk} pad={["gezin", "volgendNetwerkberaadUiterlijk"]} leeg="Er is geen uiterste datum voor het volgende netwerkberaad vastgelegd.">
        {(uiterlijk) => <Termijn uiterlijk={uiterlijk} />}
      </Veld>
      <Deel id="deel-netwerkberaden" titel="Gehouden netwerkberaden">
        <Veld waarde={gezin.netwerkberaden} pad={["gezin", "netwerkberaden"]} leeg="Nog geen netwerkberaad gehouden.">
          {(beraden) => (
            <Tabel bijschrift="Netwerkberaden, oudste eerst" koppen={["Datum", "Deelnemers", "Verslag", "Afspraken"]}>
              {beraden.map((beraad, i) => {
                const pad = ["gezin", "netwerkberaden", i] as const;
                return (
                  <Rij key={beraad.id ?? i}>
                    <Cel kop>
                      <Datum waarde={beraad.datum} pad={[...pad, "datum"]} />
                    </Cel>
                    <Cel>
                      <Opsomming waarde={beraad.deelnemers} pad={[...pad, "deelnemers"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={beraad.verslag} pad={[...pad, "verslag"]} />
                    </Cel>
                    <Cel>
                      <Opsomming waarde={beraad.afspraken} pad={[...pad, "afspraken"]} leeg="Geen afspraken" />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
    </Sectie>
  );
}

export function KernbesluitenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-kernbesluiten" titel="Kernbesluiten">
      <Veld waarde={gezin.kernbesluiten} pad={["gezin", "kernbesluiten"]} leeg="Geen kernbesluiten genomen.">
        {(besluiten) => (
          <Tabel bijschrift="Kernbesluiten, genomen met een gedragswetenschapper" koppen={["Datum", "Besluit", "Onderbouwing", "Gedragswetenschapper"]}>
            {besluiten.map((besluit, i) => {
              const pad = ["gezin", "kernbesluiten", i] as const;
              return (
                <Rij key={besluit.id ?? i}>
                  <Cel kop>
                    <Datum waarde={besluit.datum} pad={[...pad, "datum"]} />
                  </Cel>
                  <Cel>
                    <Tekst waarde={besluit.besluit} pad={[...pad, "besluit"]} />
                  </Cel>
                  <Cel>
                    <Tekst waarde={besluit.onderbouwing} pad={[...pad, "onderbouwing"]} />
                  </Cel>
                  <Cel>
                    <Collega waarde={besluit.gedragswetenschapper} pad={[...pad, "gedragswetenschapper"]} />
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
    </Sectie>
  );
}
