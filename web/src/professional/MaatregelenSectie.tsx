/** The GI: child protection measures, its involvement products, youth probation, plans and the assigned jeugdbeschermer. */
import { Veld } from "../components/Afgeschermd";
import { Gegeven, Gegevenslijst } from "../components/nlds";
import { LijstTabel } from "./LijstTabel";
import { GI_PRODUCTEN, MAATREGELEN } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, Deel, Opsomming, Sectie, Tekst } from "./velden";

export function MaatregelenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-maatregelen" titel="Maatregelen">
      <LijstTabel
        waarde={gezin.maatregelen}
        pad={["gezin", "maatregelen"]}
        leeg="Geen kinderbeschermingsmaatregelen."
        bijschrift="Kinderbeschermingsmaatregelen, oudste eerst"
        kolommen={[
          { kop: "Soort", code: "soort", tabel: MAATREGELEN },
          { kop: "Kind", persoon: "kind" },
          { kop: "Start", datum: "startdatum" },
          { kop: "Eind", datum: "einddatum", leeg: "Geen einddatum" },
          {
            kop: "Stand",
            cel: (m, pad) => (
              <>
                <Code waarde={m.status} pad={[...pad, "status"]} />
                {m.status === "BEEINDIGD" ? (
                  <>
                    {": "}
                    <Tekst waarde={m.beeindigingsreden} pad={[...pad, "beeindigingsreden"]} leeg="op de einddatum" />
                  </>
                ) : null}
              </>
            ),
          },
          { kop: "Beschikking", tekst: "beschikkingsnummer" },
          {
            kop: "Verlengingen",
            cel: (m, pad) => (
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
            ),
          },
        ]}
      />
      <Deel id="deel-gi-inzet" titel="Inzet van de GI">
        <LijstTabel
          waarde={gezin.giInzet}
          pad={["gezin", "giInzet"]}
          leeg="Geen inzet van de GI."
          bijschrift="Inzet van de GI (product 1, 2a, 2b), oudste eerst"
          kolommen={[
            { kop: "Product", code: "product", tabel: GI_PRODUCTEN },
            { kop: "Periode", periode: ["startdatum", "einddatum"] },
            { kop: "Nu actief", jaNee: "actief", ja: "actief", nee: "beëindigd" },
            { kop: "Medewerker", collega: "medewerker" },
            { kop: "Regie bij", organisatie: "regieBij" },
            { kop: "Toelichting", tekst: "toelichting" },
          ]}
        />
      </Deel>
      <Deel id="deel-jeugdreclassering" titel="Jeugdreclassering">
        <LijstTabel
          waarde={gezin.jeugdreclassering}
          pad={["gezin", "jeugdreclassering"]}
          leeg="Geen jeugdreclassering."
          bijschrift="Jeugdreclassering, oudste eerst"
          kolommen={[
            { kop: "Jongere", persoon: "jongere" },
            { kop: "Kader", code: "kader" },
            { kop: "Periode", periode: ["startdatum", "einddatum"] },
            { kop: "Nu actief", jaNee: "actief", ja: "actief", nee: "beëindigd" },
            { kop: "Jeugdreclasseerder", collega: "jeugdreclasseerder" },
          ]}
        />
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
        <LijstTabel
          waarde={gezin.jeugdbeschermerhistorie}
          pad={["gezin", "jeugdbeschermerhistorie"]}
          leeg="Geen toewijzingen vastgelegd."
          bijschrift="Wie wanneer jeugdbeschermer was"
          kolommen={[
            { kop: "Jeugdbeschermer", collega: "medewerker" },
            { kop: "Periode", periode: ["vanaf", "tot"] },
          ]}
        />
      </Deel>
    </Sectie>
  );
}
