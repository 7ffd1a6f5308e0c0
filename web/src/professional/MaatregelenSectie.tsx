/** The GI: child protection measures, its involvement products, youth probation, plans and the assigned jeugdbeschermer. */
import { Veld } from "../components/Afgeschermd";
import { Cel, Gegeven, Gegevenslijst, Rij, Tabel } from "../components/nlds";
import { GI_PRODUCTEN, MAATREGELEN } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, Deel, JaNee, Opsomming, Organisatie, Periode, Persoonsnaam, Sectie, Tekst } from "./velden";

export function MaatregelenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-maatregelen" titel="Maatregelen">
      <Veld waarde={gezin.maatregelen} pad={["gezin", "maatregelen"]} leeg="Geen kinderbeschermingsmaatregelen.">
        {(maatregelen) => (
          <Tabel bijschrift="Kinderbeschermingsmaatregelen, oudste eerst" koppen={["Soort", "Kind", "Start", "Eind", "Stand", "Beschikking", "Verlengingen"]}>
            {maatregelen.map((m, i) => {
              const pad = ["gezin", "maatregelen", i] as const;
              return (
                <Rij key={m.id ?? i}>
                  <Cel kop>
                    <Code waarde={m.soort} pad={[...pad, "soort"]} tabel={MAATREGELEN} />
                  </Cel>
                  <Cel>
                    <Persoonsnaam waarde={m.kind} pad={[...pad, "kind"]} />
                  </Cel>
                  <Cel>
                    <Datum waarde={m.startdatum} pad={[...pad, "startdatum"]} />
                  </Cel>
                  <Cel>
                    <Datum waarde={m.einddatum} pad={[...pad, "einddatum"]} leeg="Geen einddatum" />
                  </Cel>
                  <Cel>
                    <Code waarde={m.status} pad={[...pad, "status"]} />
                    {m.status === "BEEINDIGD" ? (
                      <>
                        {": "}
                        <Tekst waarde={m.beeindigingsreden} pad={[...pad, "beeindigingsreden"]} leeg="op de einddatum" />
                      </>
                    ) : null}
                  </Cel>
                  <Cel>
                    <Tekst waarde={m.beschikkingsnummer} pad={[...pad, "beschikkingsnummer"]} />
                  </Cel>
                  <Cel>
                    <Veld waarde={m.verlengingen} pad={[...pad, "verlengingen"]} leeg="Geen">
                      {(verlengingen) => (
                        <ul className="utrecht-unordered-list">
                          {verlengingen.map((v, j) => (
                            <li key={v.id ?? j} className="utrecht-unordered-list__item">
                              <Datum waarde={v.datum} pad={[...pad, "verlengingen", j, "datum"]} />: tot <Datum waarde={v.nieuweEinddatum} pad={[...pad, "verlengingen", j, "nieuweEinddatum"]} /> (was{" "}
                              <Datum waarde={v.vorigeEinddatum} pad={[...pad, "verlengingen", j, "vorigeEinddatum"]} />; <Tekst waarde={v.beschikkingsnummer} pad={[...pad, "verlengingen", j, "beschikkingsnummer"]} />)
                            </li>
                          ))}
                        </ul>
                      )}
                    </Veld>
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
      <Deel id="deel-gi-inzet" titel="Inzet van de GI">
        <Veld waarde={gezin.giInzet} pad={["gezin", "giInzet"]} leeg="Geen inzet van de GI.">
          {(inzet) => (
            <Tabel bijschrift="Inzet van de GI (product 1, 2a, 2b), oudste eerst" koppen={["Product", "Periode", "Nu actief", "Medewerker", "Regie bij", "Toelichting"]}>
              {inzet.map((x, i) => {
                const pad = ["gezin", "giInzet", i] as const;
                return (
                  <Rij key={x.id ?? i}>
                    <Cel kop>
                      <Code waarde={x.product} pad={[...pad, "product"]} tabel={GI_PRODUCTEN} />
                    </Cel>
                    <Cel>
                      <Periode van={x.startdatum} tot={x.einddatum} pad={pad} vanVeld="startdatum" totVeld="einddatum" />
                    </Cel>
                    <Cel>
                      <JaNee waarde={x.actief} pad={[...pad, "actief"]} ja="actief" nee="beëindigd" />
                    </Cel>
                    <Cel>
                      <Collega waarde={x.medewerker} pad={[...pad, "medewerker"]} />
                    </Cel>
                    <Cel>
                      <Organisatie waarde={x.regieBij} pad={[...pad, "regieBij"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={x.toelichting} pad={[...pad, "toelichting"]} />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-jeugdreclassering" titel="Jeugdreclassering">
        <Veld waarde={gezin.jeugdreclassering} pad={["gezin", "jeugdreclassering"]} leeg="Geen jeugdreclassering.">
          {(lijst) => (
            <Tabel bijschrift="Jeugdreclassering, oudste eerst" koppen={["Jongere", "Kader", "Periode", "Nu actief", "Jeugdreclasseerder"]}>
              {lijst.map((j, i) => {
                const pad = ["gezin", "jeugdreclassering", i] as const;
                return (
                  <Rij key={j.id ?? i}>
                    <Cel kop>
                      <Persoonsnaam waarde={j.jongere} pad={[...pad, "jongere"]} />
                    </Cel>
                    <Cel>
                      <Code waarde={j.kader} pad={[...pad, "kader"]} />
                    </Cel>
                    <Cel>
                      <Periode van={j.startdatum} tot={j.einddatum} pad={pad} vanVeld="startdatum" totVeld="einddatum" />
                    </Cel>
                    <Cel>
                      <JaNee waarde={j.actief} pad={[...pad, "actief"]} ja="actief" nee="beëindigd" />
                    </Cel>
                    <Cel>
                      <Collega waarde={j.jeugdreclasseerder} pad={[...pad, "jeugdreclasseerder"]} />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-plannen" titel="Veranderplan en borgingsplan">
        <Gegevenslijst>
          <Gegeven label="Veranderplan">
            <Veld waarde={gezin.veranderplan} pad={["gezin", "veranderplan"]} leeg="Geen veranderplan vastgesteld">
              {(plan) => (
                <>
                  Versie <Tekst waarde={plan.versie} pad={["gezin", "veranderplan", "versie"]} />, vastgesteld op{" "}
                  <Datum waarde={plan.vastgesteldOp} pad={["gezin", "veranderplan", "vastgesteldOp"]} />
                  <Opsomming waarde={plan.doelen} pad={["gezin", "veranderplan", "doelen"]} leeg="Geen doelen" />
                  <Tekst waarde={plan.toelichting} pad={["gezin", "veranderplan", "toelichting"]} leeg="Geen toelichting" />
                </>
              )}
            </Veld>
          </Gegeven>
          <Gegeven label="Borgingsplan">
            <Veld waarde={gezin.borgingsplan} pad={["gezin", "borgingsplan"]} leeg="Geen borgingsplan vastgesteld">
              {(plan) => (
                <>
                  Vastgesteld op <Datum waarde={plan.vastgesteldOp} pad={["gezin", "borgingsplan", "vastgesteldOp"]} />
                  <Opsomming waarde={plan.afspraken} pad={["gezin", "borgingsplan", "afspraken"]} leeg="Geen afspraken" />
                </>
              )}
            </Veld>
          </Gegeven>
        </Gegevenslijst>
      </Deel>
    </Sectie>
  );
}

export function JeugdbeschermerSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-jeugdbeschermer" titel="Jeugdbeschermer">
      <Gegevenslijst>
        <Gegeven label="Nu toegewezen">
          <Collega waarde={gezin.jeugdbeschermer} pad={["gezin", "jeugdbeschermer"]} leeg="Geen jeugdbeschermer toegewezen" />
        </Gegeven>
      </Gegevenslijst>
      <Deel id="deel-jeugdbeschermerhistorie" titel="Eerdere toewijzingen">
        <Veld waarde={gezin.jeugdbeschermerhistorie} pad={["gezin", "jeugdbeschermerhistorie"]} leeg="Geen toewijzingen vastgelegd.">
          {(historie) => (
            <Tabel bijschrift="Wie wanneer jeugdbeschermer was" koppen={["Jeugdbeschermer", "Periode"]}>
              {historie.map((t, i) => {
                const pad = ["gezin", "jeugdbeschermerhistorie", i] as const;
                return (
                  <Rij key={t.id ?? i}>
                    <Cel kop>
                      <Collega waarde={t.medewerker} pad={[...pad, "medewerker"]} />
                    </Cel>
                    <Cel>
                      <Periode van={t.vanaf} tot={t.tot} pad={pad} vanVeld="vanaf" totVeld="tot" />
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
