/** The local team's dossier: concerns and strengths, danger, safety, goals, network meetings and core decisions. */
import { Veld } from "../components/Afgeschermd";
import { Alinea, Gegeven, Gegevenslijst, Melding } from "../components/nlds";
import type { Pad } from "../lib/afscherming";
import { datum } from "../lib/woorden";
import { LijstTabel } from "./LijstTabel";
import { dagenTot } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Datum, Deel, Sectie, Tekst } from "./velden";

export function ZorgenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-zorgen" titel="Zorgen en krachten">
      <LijstTabel
        waarde={gezin.zorgenEnKrachten}
        pad={["gezin", "zorgenEnKrachten"]}
        leeg="Geen zorgen of krachten vastgelegd."
        bijschrift="Zorgen en krachten"
        kolommen={[
          { kop: "Zorg of kracht", code: "soort", tabel: { ZORG: "Zorg", KRACHT: "Kracht" } },
          { kop: "Omschrijving", tekst: "omschrijving" },
          { kop: "Vastgesteld op", datum: "vastgesteldOp" },
          { kop: "Weggenomen op", cel: (z, pad) => <Datum waarde={z.opgelostOp} pad={[...pad, "opgelostOp"]} leeg={z.soort === "ZORG" ? "Speelt nog" : "—"} /> },
        ]}
      />
    </Sectie>
  );
}

export function GevaarSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-gevaar" titel="Gevaarsoordelen">
      <LijstTabel
        waarde={gezin.gevaarsoordelen}
        pad={["gezin", "gevaarsoordelen"]}
        leeg="Geen gevaarsoordelen vastgelegd."
        bijschrift="Gevaarsoordelen (wat er kan gebeuren als er niets verandert)"
        kolommen={[
          { kop: "Opgesteld op", datum: "opgesteldOp" },
          { kop: "Gevaarsoordeel", tekst: "omschrijving" },
        ]}
      />
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
            <LijstTabel
              waarde={plan.afspraken}
              pad={[...pad, "afspraken"]}
              leeg="Geen veiligheidsafspraken vastgelegd."
              bijschrift="Veiligheidsafspraken"
              kolommen={[
                { kop: "Afspraak", tekst: "afspraak" },
                { kop: "Wie", tekst: "wie" },
                { kop: "Stand", code: "status" },
              ]}
            />
          </>
        )}
      </Veld>
    </Sectie>
  );
}

export function DoelenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-doelen" titel="Doelen">
      <LijstTabel
        waarde={gezin.doelen}
        pad={["gezin", "doelen"]}
        leeg="Geen doelen vastgesteld."
        bijschrift="Doelen: wie, wat, wanneer en de voortgang"
        kolommen={[
          { kop: "Wat", tekst: "wat" },
          { kop: "Wie", tekst: "wie" },
          { kop: "Wanneer", datum: "wanneer" },
          { kop: "Stand", code: "status" },
          {
            kop: "Voortgang",
            cel: (doel, pad) => (
              <Veld waarde={doel.voortgang} pad={[...pad, "voortgang"]}>
                {(procent) => (
                  <span className="gb-voortgang">
                    <progress max={100} value={procent} aria-label={`Voortgang: ${procent} procent`} /> {procent}%
                  </span>
                )}
              </Veld>
            ),
          },
          { kop: "Laatste registratie", cel: (doel, pad) => <LaatsteRegistratie doel={doel} pad={pad} /> },
        ]}
      />
    </Sectie>
  );
}

type Doel = NonNullable<GezinData["doelen"]>[number];

/** A goal's latest progress registration: its date and what was noted. */
function LaatsteRegistratie({ doel, pad }: { doel: Doel; pad: Pad }) {
  const laatste = doel.voortgangshistorie?.at(-1);
  const laatsteIndex = (doel.voortgangshistorie?.length ?? 0) - 1;
  return (
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
        <LijstTabel
          waarde={gezin.netwerkberaden}
          pad={["gezin", "netwerkberaden"]}
          leeg="Nog geen netwerkberaad gehouden."
          bijschrift="Netwerkberaden, oudste eerst"
          kolommen={[
            { kop: "Datum", datum: "datum" },
            { kop: "Deelnemers", opsomming: "deelnemers" },
            { kop: "Verslag", tekst: "verslag" },
            { kop: "Afspraken", opsomming: "afspraken", leeg: "Geen afspraken" },
          ]}
        />
      </Deel>
    </Sectie>
  );
}

export function KernbesluitenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-kernbesluiten" titel="Kernbesluiten">
      <LijstTabel
        waarde={gezin.kernbesluiten}
        pad={["gezin", "kernbesluiten"]}
        leeg="Geen kernbesluiten genomen."
        bijschrift="Kernbesluiten, genomen met een gedragswetenschapper"
        kolommen={[
          { kop: "Datum", datum: "datum" },
          { kop: "Besluit", tekst: "besluit" },
          { kop: "Onderbouwing", tekst: "onderbouwing" },
          { kop: "Gedragswetenschapper", collega: "gedragswetenschapper" },
        ]}
      />
    </Sectie>
  );
}
