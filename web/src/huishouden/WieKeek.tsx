/**
 * "Wie keek in ons dossier": the access logs of all five organisations for our
 * household, merged newest first: when, which organisation and role, what kind
 * of data, on which basis, and break-glass. A member sees organisation and role,
 * not which employee (docs/toegangslog.md, "Wat het huishouden ziet").
 */
import { useState } from "react";
import { Veld } from "../components/Afgeschermd";
import { Alinea, Cel, Knop, Kop, Melding, Rij, Tabel, Vinkje } from "../components/nlds";
import { categorieNamen } from "../lib/afscherming";
import { code, datum, organisatieKort, rolNaam } from "../lib/woorden";
import { GRONDSLAGEN, HANDELINGEN, type Logregel, logs, useToegangslogen } from "../privacy/toegangslogen";
import type { OnsDossier } from "./onsDossierQuery";
import { Opsomming, Toevoeging } from "./velden";


export function WieKeek({ gezin }: { gezin: OnsDossier }) {
  const [ookWijZelf, setOokWijZelf] = useState(false);
  const log = useToegangslogen({ filter: { gezinId: gezin.id, ...(ookWijZelf ? {} : { alleenProfessionals: true }) }, organisaties: logs().map((l) => l.organisatie), metGebruiker: false, perPagina: 25 });
  const toestemming = new Map((gezin.toestemmingen ?? []).map((t) => [t.id, t]));
  const waarom = (regel: Logregel): string => {
    if (!regel.grondslag) return regel.beslissing === "GEWEIGERD" ? "—" : "onbekend";
    const grond = GRONDSLAGEN[regel.grondslag] ?? code(regel.grondslag);
    const gegeven = regel.grondslag === "TOESTEMMING" && regel.bron ? toestemming.get(regel.bron) : undefined;
    return gegeven?.doel ? `${grond}: ${gegeven.doel}` : grond;
  };
  return (
    <section aria-labelledby="wie-keek" className="gb-sectie">
      <Kop niveau={2} id="wie-keek">
        Wie keek in ons dossier
      </Kop>
      <Alinea>Elke keer dat iemand uw gegevens bekijkt, schrijft de organisatie dat op. Hier ziet u wanneer, wie en waarom. Het nieuwste staat bovenaan.</Alinea>
      <div className="gb-vinkveld">
        <Vinkje id="ook-wij-zelf" checked={ookWijZelf} onChange={(event) => setOokWijZelf(event.target.checked)} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="ook-wij-zelf">
          Laat ook zien wanneer wij zelf keken
        </label>
      </div>
      {log.fouten.length > 0 ? <Melding soort="warning">Niet alle organisaties konden nu laten zien wie keek. Probeer het later opnieuw.</Melding> : null}
      <div role="status" className="gb-visueel-verborgen">
        {log.bezig ? "Wordt geladen…" : `${log.regels.length} keer getoond`}
      </div>
      {log.regels.length === 0 && !log.bezig ? (
        <Alinea>Er is (nog) niemand die in uw dossier keek.</Alinea>
      ) : (
        <Tabel bijschrift="Wie keek in ons dossier, nieuwste eerst" koppen={["Wanneer", "Wie", "Wat", "Waarom", "Mocht dat?"]}>
          {log.regels.map((regel) => (
            <Rij key={`${regel.log}-${regel.volgnummer}`}>
              <Cel kop>{datum(regel.tijdstip, true)}</Cel>
              <Cel>{regel.rol === "INWONER" ? "U of iemand uit uw gezin" : `${rolNaam(regel.rol)} van ${organisatieKort(regel.organisatie)}`}</Cel>
              <Cel>
                {regel.categorieen?.length ? categorieNamen(regel.categorieen) : "gegevens"} {regel.handeling ? HANDELINGEN[regel.handeling] ?? code(regel.handeling) : ""}
                {regel.log !== regel.organisatie ? ` (bij ${organisatieKort(regel.log)})` : ""}
              </Cel>
              <Cel>
                {regel.noodprocedure ? <strong>Noodtoegang: </strong> : null}
                {waarom(regel)}
              </Cel>
              <Cel>{regel.beslissing === "TOEGESTAAN" ? "Ja" : regel.beslissing === "GEWEIGERD" ? "Nee, geweigerd: zij kregen niets te zien" : "Niet vastgesteld: zij kregen niets te zien"}</Cel>
            </Rij>
          ))}
        </Tabel>
      )}
      {log.meer ? (
        <Knop onClick={log.laadMeer} disabled={log.bezig}>
          {log.bezig ? "Wordt geladen…" : "Meer laden"}
        </Knop>
      ) : null}
      <Noodtoegangen gezin={gezin} />
    </section>
  );
}

const pad = (...rest: (string | number)[]) => ["gezin", ...rest];

/** Break-glass on our dossier: who (organisation and role), why, how long, and the privacy officer's review. */
function Noodtoegangen({ gezin }: { gezin: OnsDossier }) {
  return (
    <>
      <Kop niveau={3}>Noodtoegang</Kop>
      <Alinea>Bij levensgevaar mag een professional uw dossier openen zonder uw toestemming. Dat heet noodtoegang. Een functionaris gegevensbescherming controleert daarna of dat terecht was.</Alinea>
      <Opsomming waarde={gezin.noodtoegangen} pad={pad("noodtoegangen")} leeg="Niemand heeft noodtoegang genomen tot uw dossier.">
        {(n, i) => (
          <>
            <Veld waarde={n.rol} pad={pad("noodtoegangen", i, "rol")}>{(r) => rolNaam(r)}</Veld> van{" "}
            <Veld waarde={n.organisatie} pad={pad("noodtoegangen", i, "organisatie")}>{(o) => organisatieKort(o)}</Veld>, van{" "}
            <Veld waarde={n.vanaf} pad={pad("noodtoegangen", i, "vanaf")}>{(d) => datum(d, true)}</Veld> tot <Veld waarde={n.tot} pad={pad("noodtoegangen", i, "tot")}>{(d) => datum(d, true)}</Veld>.
            Waarom: <Veld waarde={n.rechtvaardiging} pad={pad("noodtoegangen", i, "rechtvaardiging")} /> Controle:{" "}
            <Toevoeging waarde={n.beoordeling} pad={pad("noodtoegangen", i, "beoordeling")} anders="nog niet gedaan">
              {(b) => `${b}${n.beoordeeldOp ? ` (${datum(n.beoordeeldOp)})` : ""}`}
            </Toevoeging>
          </>
        )}
      </Opsomming>
    </>
  );
}
