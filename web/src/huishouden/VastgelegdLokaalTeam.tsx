/** What the local team keeps about the household: who we are, who works with us, and our plan. */
import { Veld } from "../components/Afgeschermd";
import { Alinea, Gegeven, Gegevenslijst, Kop } from "../components/nlds";
import { code, datum, organisatieKort, organisatieNaam } from "../lib/woorden";
import { intensiteitVoorGezin, regimeVoorGezin, relatieVoorGezin } from "./huishoudwoorden";
import type { OnsDossier } from "./onsDossierQuery";
import { Opsomming, Periode, Toevoeging } from "./velden";

const pad = (...rest: (string | number)[]) => ["gezin", ...rest];

export function VastgelegdLokaalTeam({ gezin }: { gezin: OnsDossier }) {
  return (
    <>
      <Kop niveau={3}>{organisatieKort("LOKAAL_TEAM")}</Kop>
      <Gegevenslijst>
        <Gegeven label="Naam">
          <Veld waarde={gezin.naam} pad={pad("naam")} />
        </Gegeven>
        <Gegeven label="Adres">
          <Veld waarde={gezin.postcode} pad={pad("postcode")}>
            {(postcode) => `${postcode} ${gezin.huisnummer ?? ""}, ${gezin.woonplaats ?? ""}`}
          </Veld>
        </Gegeven>
        <Gegeven label="Bij het lokale team sinds">
          {datum(gezin.aangemeldOp)}
          <Toevoeging waarde={gezin.afgeslotenOp} pad={pad("afgeslotenOp")}>{(d) => `. Het dossier is gesloten op ${datum(d)}.`}</Toevoeging>
        </Gegeven>
        <Gegeven label="Uw vaste contactpersoon">
          <Veld waarde={gezin.vasteContactpersoon} pad={pad("vasteContactpersoon")}>
            {(contact) => <Veld waarde={contact.naam} pad={pad("vasteContactpersoon", "naam")} />}
          </Veld>
        </Gegeven>
        <Gegeven label="Wie de regie heeft">
          <Veld waarde={gezin.regie} pad={pad("regie")}>
            {(regie) => (
              <>
                <Veld waarde={regie.organisatie} pad={pad("regie", "organisatie")}>{(o) => organisatieKort(o)}</Veld>, sinds{" "}
                <Veld waarde={regie.vanaf} pad={pad("regie", "vanaf")}>{(d) => datum(d)}</Veld>.{" "}
                Waarom: <Veld waarde={regie.reden} pad={pad("regie", "reden")} />
              </>
            )}
          </Veld>
        </Gegeven>
        <Gegeven label="Wie met uw gezin werkt">
          <Opsomming waarde={gezin.betrokkenheden} pad={pad("betrokkenheden")} leeg="Alleen het lokale team">
            {(b, i) => (
              <>
                <Veld waarde={b.organisatie} pad={pad("betrokkenheden", i, "organisatie")}>{(o) => organisatieKort(o)}</Veld>{" "}
                <Veld waarde={b.regime} pad={pad("betrokkenheden", i, "regime")}>{(r) => regimeVoorGezin(r)}</Veld>
                <Toevoeging waarde={b.intensiteit} pad={pad("betrokkenheden", i, "intensiteit")}>{(n) => ` (${intensiteitVoorGezin(n)})`}</Toevoeging>,{" "}
                <Periode vanaf={b.startdatum} tot={b.einddatum} pad={pad("betrokkenheden", i)} />
                {b.actief === false ? ". Dit is gestopt." : ""}
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Wie bij het gezin horen">
          <Opsomming waarde={gezin.leden} pad={pad("leden")} leeg="Niets opgeschreven">
            {(lid, i) => (
              <>
                <Veld waarde={lid.voornamen} pad={pad("leden", i, "voornamen")} /> <Veld waarde={lid.achternaam} pad={pad("leden", i, "achternaam")} /> (
                <Veld waarde={lid.gezinsrol} pad={pad("leden", i, "gezinsrol")}>{(rol) => code(rol)}</Veld>, geboren{" "}
                <Veld waarde={lid.geboortedatum} pad={pad("leden", i, "geboortedatum")}>{(d) => datum(d)}</Veld>)
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Hoe wij familie zijn">
          <Opsomming waarde={gezin.relaties} pad={pad("relaties")} leeg="Niets opgeschreven">
            {(r, i) => (
              <>
                <Veld waarde={r.van} pad={pad("relaties", i, "van")}>{(p) => <Veld waarde={p.voornamen} pad={pad("relaties", i, "van", "voornamen")} />}</Veld>{" "}
                is <Veld waarde={r.soort} pad={pad("relaties", i, "soort")}>{(s) => relatieVoorGezin(s)}</Veld>{" "}
                <Veld waarde={r.naar} pad={pad("relaties", i, "naar")}>{(p) => <Veld waarde={p.voornamen} pad={pad("relaties", i, "naar", "voornamen")} />}</Veld>
                <Toevoeging waarde={r.toelichting} pad={pad("relaties", i, "toelichting")}>{(t) => ` (${t})`}</Toevoeging>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Waarom wij in beeld kwamen">
          <Veld waarde={gezin.aanleiding} pad={pad("aanleiding")} />
        </Gegeven>
        <Gegeven label="Wat steeds terugkomt">
          <Veld waarde={gezin.patroon} pad={pad("patroon")} />
        </Gegeven>
        <Gegeven label="Waar wij samen naartoe werken">
          <Veld waarde={gezin.haalbareEindsituatie} pad={pad("haalbareEindsituatie")} />
        </Gegeven>
        <Gegeven label="Zorgen en wat goed gaat">
          <Opsomming waarde={gezin.zorgenEnKrachten} pad={pad("zorgenEnKrachten")} leeg="Niets opgeschreven">
            {(z, i) => (
              <>
                {z.soort === "KRACHT" ? "Gaat goed: " : "Zorg: "}
                <Veld waarde={z.omschrijving} pad={pad("zorgenEnKrachten", i, "omschrijving")} />
                <Toevoeging waarde={z.opgelostOp} pad={pad("zorgenEnKrachten", i, "opgelostOp")}>{(d) => ` (opgelost op ${datum(d)})`}</Toevoeging>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Waar wij bang voor zijn (gevaar)">
          <Opsomming waarde={gezin.gevaarsoordelen} pad={pad("gevaarsoordelen")} leeg="Niets opgeschreven">
            {(g, i) => (
              <>
                <Veld waarde={g.omschrijving} pad={pad("gevaarsoordelen", i, "omschrijving")} />
                <Toevoeging waarde={g.opgesteldOp} pad={pad("gevaarsoordelen", i, "opgesteldOp")}>{(d) => ` (${datum(d)})`}</Toevoeging>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Onze doelen">
          <Opsomming waarde={gezin.doelen} pad={pad("doelen")} leeg="Nog geen doelen">
            {(doel, i) => (
              <>
                <Veld waarde={doel.wat} pad={pad("doelen", i, "wat")} />
                <Toevoeging waarde={doel.wie} pad={pad("doelen", i, "wie")}>{(wie) => ` Wie: ${wie}.`}</Toevoeging>
                <Toevoeging waarde={doel.wanneer} pad={pad("doelen", i, "wanneer")}>{(d) => ` Klaar op ${datum(d)}.`}</Toevoeging>
                <Toevoeging waarde={doel.status} pad={pad("doelen", i, "status")}>{(s) => ` Nu: ${code(s)}.`}</Toevoeging>
                <Toevoeging waarde={doel.voortgang} pad={pad("doelen", i, "voortgang")}>{(n) => ` ${n}% gehaald.`}</Toevoeging>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Veiligheidsplan">
          <Veld waarde={gezin.veiligheidsplan} pad={pad("veiligheidsplan")} leeg="Er is nog geen veiligheidsplan">
            {(plan) => (
              <>
                <Veld waarde={plan.veiligheidsdoel} pad={pad("veiligheidsplan", "veiligheidsdoel")} />
                <Toevoeging waarde={plan.vastgesteldOp} pad={pad("veiligheidsplan", "vastgesteldOp")}>{(d) => ` (afgesproken op ${datum(d)})`}</Toevoeging>
                <Opsomming waarde={plan.afspraken} pad={pad("veiligheidsplan", "afspraken")} leeg="Geen afspraken">
                  {(a, j) => (
                    <>
                      <Veld waarde={a.afspraak} pad={pad("veiligheidsplan", "afspraken", j, "afspraak")} />
                      <Toevoeging waarde={a.wie} pad={pad("veiligheidsplan", "afspraken", j, "wie")}>{(wie) => ` (${wie})`}</Toevoeging>
                    </>
                  )}
                </Opsomming>
              </>
            )}
          </Veld>
        </Gegeven>
        <Gegeven label="Netwerkberaden (overleg met uw netwerk)">
          <Opsomming waarde={gezin.netwerkberaden} pad={pad("netwerkberaden")} leeg="Nog geen overleg geweest">
            {(n, i) => (
              <>
                <Veld waarde={n.datum} pad={pad("netwerkberaden", i, "datum")}>{(d) => datum(d)}</Veld>, met{" "}
                <Veld waarde={n.deelnemers} pad={pad("netwerkberaden", i, "deelnemers")} leeg="niemand genoemd">{(d) => d.join(", ")}</Veld>. Afspraken:{" "}
                <Veld waarde={n.afspraken} pad={pad("netwerkberaden", i, "afspraken")} leeg="geen">{(a) => a.join(" ")}</Veld>
              </>
            )}
          </Opsomming>
          <Toevoeging waarde={gezin.volgendNetwerkberaadUiterlijk} pad={pad("volgendNetwerkberaadUiterlijk")}>{(d) => `Het volgende overleg is uiterlijk op ${datum(d)}.`}</Toevoeging>
        </Gegeven>
        <Gegeven label="Belangrijke besluiten">
          <Opsomming waarde={gezin.kernbesluiten} pad={pad("kernbesluiten")} leeg="Nog geen besluiten">
            {(k, i) => (
              <>
                <Veld waarde={k.datum} pad={pad("kernbesluiten", i, "datum")}>{(d) => datum(d)}</Veld>: <Veld waarde={k.besluit} pad={pad("kernbesluiten", i, "besluit")} /> Waarom:{" "}
                <Veld waarde={k.onderbouwing} pad={pad("kernbesluiten", i, "onderbouwing")} />
              </>
            )}
          </Opsomming>
        </Gegeven>
      </Gegevenslijst>
      <Alinea klein>
        Het lokale team is verantwoordelijk voor deze gegevens. Vragen? Neem contact op met {gezin.vasteContactpersoon?.naam ?? "uw vaste contactpersoon"} van {organisatieNaam("LOKAAL_TEAM")}.
      </Alinea>
    </>
  );
}
