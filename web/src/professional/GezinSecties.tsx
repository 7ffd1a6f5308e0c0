/** The household itself, its members and genogram, who is involved and who holds regie. */
import { Veld } from "../components/Afgeschermd";
import { Gegeven, Gegevenslijst } from "../components/nlds";
import { regimeNaam } from "../lib/woorden";
import { LijstTabel } from "./LijstTabel";
import { GEZINSROLLEN, INTENSITEITEN, RELATIES } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, Deel, Kenmerk, Organisatie, Persoonsnaam, Sectie, Tekst } from "./velden";

export function GezinSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-gezin" titel="Gezin">
      <Gegevenslijst>
        <Gegeven label="Naam">
          <Tekst waarde={gezin.naam} pad={["gezin", "naam"]} />
        </Gegeven>
        <Gegeven label="Adres">
          <Tekst waarde={gezin.postcode} pad={["gezin", "postcode"]} /> <Tekst waarde={gezin.huisnummer} pad={["gezin", "huisnummer"]} />,{" "}
          <Tekst waarde={gezin.woonplaats} pad={["gezin", "woonplaats"]} />
        </Gegeven>
        <Gegeven label="Aangemeld op">
          <Datum waarde={gezin.aangemeldOp} pad={["gezin", "aangemeldOp"]} />
        </Gegeven>
        <Gegeven label="Dossier afgesloten op">
          <Datum waarde={gezin.afgeslotenOp} pad={["gezin", "afgeslotenOp"]} leeg="Niet afgesloten: het dossier loopt" />
        </Gegeven>
        <Gegeven label="Vaste contactpersoon">
          <Collega waarde={gezin.vasteContactpersoon} pad={["gezin", "vasteContactpersoon"]} />
        </Gegeven>
        <Gegeven label="Aanleiding">
          <Tekst waarde={gezin.aanleiding} pad={["gezin", "aanleiding"]} />
        </Gegeven>
        <Gegeven label="Patroon">
          <Tekst waarde={gezin.patroon} pad={["gezin", "patroon"]} />
        </Gegeven>
        <Gegeven label="Haalbare eindsituatie">
          <Tekst waarde={gezin.haalbareEindsituatie} pad={["gezin", "haalbareEindsituatie"]} />
        </Gegeven>
      </Gegevenslijst>
    </Sectie>
  );
}

export function LedenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-leden" titel="Gezinsleden en genogram">
      <LijstTabel
        waarde={gezin.leden}
        pad={["gezin", "leden"]}
        leeg="Geen gezinsleden vastgelegd."
        bijschrift={(leden) => `Gezinsleden (${leden.length})`}
        kolommen={[
          { kop: "Naam", cel: (lid, pad) => <Persoonsnaam waarde={lid} pad={pad} /> },
          { kop: "Geboortedatum", datum: "geboortedatum" },
          { kop: "Rol in het gezin", code: "gezinsrol", tabel: GEZINSROLLEN },
          { kop: "Minderjarig", jaNee: "minderjarig" },
          { kop: "BSN", tekst: "bsn" },
          { kop: "Telefoon", tekst: "telefoon" },
        ]}
      />
      <Deel id="deel-relaties" titel="Relaties (genogram)">
        <Veld waarde={gezin.relaties} pad={["gezin", "relaties"]} leeg="Geen relaties vastgelegd.">
          {(relaties) => (
            <ul className="utrecht-unordered-list">
              {relaties.map((relatie, i) => {
                const pad = ["gezin", "relaties", i] as const;
                return (
                  <li key={relatie.id ?? i} className="utrecht-unordered-list__item">
                    <Persoonsnaam waarde={relatie.van} pad={[...pad, "van"]} /> — <Code waarde={relatie.soort} pad={[...pad, "soort"]} tabel={RELATIES} /> —{" "}
                    <Persoonsnaam waarde={relatie.naar} pad={[...pad, "naar"]} />
                    {" ("}
                    <Tekst waarde={relatie.toelichting} pad={[...pad, "toelichting"]} leeg="geen toelichting" />)
                  </li>
                );
              })}
            </ul>
          )}
        </Veld>
      </Deel>
    </Sectie>
  );
}

/** Colleagues' names the answer already holds, to name a contact known only by user id. */
export function collegaNamen(gezin: GezinData): Map<string, string> {
  const namen = new Map<string, string>();
  const voeg = (m: { id: string; naam: string | null } | null | undefined) => {
    if (m?.naam) namen.set(m.id, m.naam);
  };
  voeg(gezin.vasteContactpersoon);
  voeg(gezin.jeugdbeschermer);
  gezin.kernbesluiten?.forEach((k) => voeg(k.gedragswetenschapper));
  gezin.onderzoeken?.forEach((o) => voeg(o.onderzoeker));
  gezin.beschermingsonderzoeken?.forEach((o) => voeg(o.raadsonderzoeker));
  gezin.giInzet?.forEach((inzet) => voeg(inzet.medewerker));
  gezin.jeugdbeschermerhistorie?.forEach((t) => voeg(t.medewerker));
  gezin.jeugdreclassering?.forEach((j) => voeg(j.jeugdreclasseerder));
  gezin.ervaringsdeskundigen?.forEach((k) => voeg(k.ervaringsdeskundige));
  gezin.adviezen?.forEach((a) => voeg(a.adviseur));
  return namen;
}

export function BetrokkenhedenSectie({ gezin }: { gezin: GezinData }) {
  const namen = collegaNamen(gezin);
  return (
    <Sectie id="sectie-betrokkenheden" titel="Betrokkenheden">
      <LijstTabel
        waarde={gezin.betrokkenheden}
        pad={["gezin", "betrokkenheden"]}
        leeg="Geen partners betrokken."
        bijschrift="Betrokken partners, vorm en intensiteit"
        kolommen={[
          {
            kop: "Organisatie",
            cel: (b, pad) => (
              <>
                <Organisatie waarde={b.organisatie} pad={[...pad, "organisatie"]} />
                <Kenmerk waarde={b.anoniem} pad={[...pad, "anoniem"]} tekst="anoniem advies of consult" />
                <Kenmerk waarde={b.handmatig} pad={[...pad, "handmatig"]} tekst="met de hand vastgelegd" />
              </>
            ),
          },
          {
            kop: "Regime",
            cel: (b, pad) => (
              <Veld waarde={b.regime} pad={[...pad, "regime"]}>
                {regimeNaam}
              </Veld>
            ),
          },
          { kop: "Intensiteit", code: "intensiteit", tabel: INTENSITEITEN },
          { kop: "Periode", periode: ["startdatum", "einddatum"] },
          { kop: "Nu actief", jaNee: "actief", ja: "actief", nee: "niet meer actief" },
          {
            kop: "Contactpersoon",
            cel: (b, pad) => (
              <Veld waarde={b.medewerkerId} pad={[...pad, "medewerkerId"]}>
                {(id) => namen.get(id) ?? id}
              </Veld>
            ),
          },
          { kop: "Gezin geïnformeerd", datum: "geinformeerdOp", leeg: "Nog niet geïnformeerd" },
          { kop: "Toelichting", tekst: "toelichting" },
        ]}
      />
    </Sectie>
  );
}

export function RegieSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-regie" titel="Regie">
      <Veld waarde={gezin.regie} pad={["gezin", "regie"]} leeg="Niet vastgelegd wie de regie heeft.">
        {(regie) => (
          <Gegevenslijst>
            <Gegeven label="Regie nu bij">
              <Organisatie waarde={regie.organisatie} pad={["gezin", "regie", "organisatie"]} />
            </Gegeven>
            <Gegeven label="Sinds">
              <Datum waarde={regie.vanaf} pad={["gezin", "regie", "vanaf"]} />
            </Gegeven>
            <Gegeven label="Reden">
              <Tekst waarde={regie.reden} pad={["gezin", "regie", "reden"]} />
            </Gegeven>
          </Gegevenslijst>
        )}
      </Veld>
      <Deel id="deel-regiehistorie" titel="Wie had wanneer de regie">
        <LijstTabel
          waarde={gezin.regiehistorie}
          pad={["gezin", "regiehistorie"]}
          leeg="Geen regiehistorie vastgelegd."
          bijschrift="Regiehistorie (de tandem)"
          kolommen={[
            { kop: "Organisatie", organisatie: "organisatie" },
            { kop: "Periode", periode: ["vanaf", "tot"] },
            { kop: "Reden", tekst: "reden" },
            { kop: "Aanleiding", tekst: "oorzaakType", leeg: "Door een professional" },
          ]}
        />
      </Deel>
      <Deel id="deel-regie-per-kind" titel="Regie per kind">
        <Veld waarde={gezin.regiePerKind} pad={["gezin", "regiePerKind"]} leeg="Voor alle kinderen ligt de regie bij dezelfde organisatie.">
          {(kinderen) => (
            <ul className="utrecht-unordered-list">
              {kinderen.map((k, i) => {
                const pad = ["gezin", "regiePerKind", i] as const;
                return (
                  <li key={k.kind?.id ?? i} className="utrecht-unordered-list__item">
                    <Persoonsnaam waarde={k.kind} pad={[...pad, "kind"]} />: <Organisatie waarde={k.organisatie} pad={[...pad, "organisatie"]} /> (
                    <Tekst waarde={k.reden} pad={[...pad, "reden"]} />)
                  </li>
                );
              })}
            </ul>
          )}
        </Veld>
      </Deel>
    </Sectie>
  );
}
