/** What Veilig Thuis, the Raad, the jeugdbescherming and the ervaringsdeskundigen keep about the household. */
import { Veld } from "../components/Afgeschermd";
import { Alinea, Gegeven, Gegevenslijst, Kop } from "../components/nlds";
import { code, datum, organisatieKort } from "../lib/woorden";
import {
  giProductVoorGezin,
  jeugdreclasseringVoorGezin,
  maatregelVoorGezin,
  uitspraakVoorGezin,
  veiligheidVoorGezin,
  vervolgVoorGezin,
  verzoekstatusVoorGezin,
} from "./huishoudwoorden";
import type { OnsDossier } from "./onsDossierQuery";
import { Opsomming, Periode, Toevoeging } from "./velden";

const pad = (...rest: (string | number)[]) => ["gezin", ...rest];

export function VastgelegdVeiligThuis({ gezin }: { gezin: OnsDossier }) {
  return (
    <>
      <Kop niveau={3}>{organisatieKort("VEILIG_THUIS")}</Kop>
      <Gegevenslijst>
        <Gegeven label="Meldingen">
          <Opsomming waarde={gezin.meldingen} pad={pad("meldingen")} leeg="Veilig Thuis heeft geen melding over uw gezin.">
            {(melding, i) => (
              <>
                Melding van <Veld waarde={melding.datum} pad={pad("meldingen", i, "datum")}>{(d) => datum(d)}</Veld>:{" "}
                <Veld waarde={melding.aard} pad={pad("meldingen", i, "aard")}>{(a) => code(a)}</Veld>, <Veld waarde={melding.status} pad={pad("meldingen", i, "status")}>{(s) => code(s)}</Veld>. Wie de
                melding deed:{" "}
                <Veld waarde={melding.melder} pad={pad("meldingen", i, "melder")} leeg="niet bekend">
                  {(melder) => <Veld waarde={melder.naam} pad={pad("meldingen", i, "melder", "naam")} leeg="niet bekend" />}
                </Veld>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Hoe veilig is het thuis?">
          <Opsomming waarde={gezin.veiligheidstaxaties} pad={pad("veiligheidstaxaties")} leeg="Niet ingeschat">
            {(t, i) => (
              <>
                Op <Veld waarde={t.datum} pad={pad("veiligheidstaxaties", i, "datum")}>{(d) => datum(d)}</Veld>. Nu:{" "}
                <Veld waarde={t.directeVeiligheid} pad={pad("veiligheidstaxaties", i, "directeVeiligheid")}>{(v) => veiligheidVoorGezin(v)}</Veld>. Op langere termijn:{" "}
                <Veld waarde={t.stabieleVeiligheid} pad={pad("veiligheidstaxaties", i, "stabieleVeiligheid")}>{(v) => veiligheidVoorGezin(v)}</Veld>.{" "}
                <Toevoeging waarde={t.toelichting} pad={pad("veiligheidstaxaties", i, "toelichting")} />
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Onderzoek">
          <Opsomming waarde={gezin.onderzoeken} pad={pad("onderzoeken")} leeg="Geen onderzoek">
            {(o, i) => (
              <>
                <Periode vanaf={o.startdatum} tot={o.einddatum} pad={pad("onderzoeken", i)} />: <Veld waarde={o.status} pad={pad("onderzoeken", i, "status")}>{(s) => code(s)}</Veld>. Uitkomst:{" "}
                <Veld waarde={o.conclusie} pad={pad("onderzoeken", i, "conclusie")} leeg="nog niet bekend" />
                <Toevoeging waarde={o.vervolg} pad={pad("onderzoeken", i, "vervolg")}>{(v) => `. Hoe verder: ${vervolgVoorGezin(v)}.`}</Toevoeging>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Advies aan het lokale team">
          <Opsomming waarde={gezin.adviezen} pad={pad("adviezen")} leeg="Geen advies gegeven">
            {(a, i) => (
              <>
                <Veld waarde={a.datum} pad={pad("adviezen", i, "datum")}>{(d) => datum(d)}</Veld>: <Veld waarde={a.advies} pad={pad("adviezen", i, "advies")} />
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Advies van de vertrouwensarts">
          <Opsomming waarde={gezin.vertrouwensartsAdviezen} pad={pad("vertrouwensartsAdviezen")} leeg="Geen advies van een arts">
            {(a, i) => (
              <>
                <Veld waarde={a.datum} pad={pad("vertrouwensartsAdviezen", i, "datum")}>{(d) => datum(d)}</Veld>: <Veld waarde={a.advies} pad={pad("vertrouwensartsAdviezen", i, "advies")} />
              </>
            )}
          </Opsomming>
        </Gegeven>
      </Gegevenslijst>
    </>
  );
}

export function VastgelegdRaad({ gezin }: { gezin: OnsDossier }) {
  return (
    <>
      <Kop niveau={3}>{organisatieKort("RVDK")}</Kop>
      <Gegevenslijst>
        <Gegeven label="Vragen om onderzoek">
          <Opsomming waarde={gezin.verzoekenTotOnderzoek} pad={pad("verzoekenTotOnderzoek")} leeg="Niemand vroeg de Raad om onderzoek.">
            {(v, i) => (
              <>
                <Veld waarde={v.ontvangenOp} pad={pad("verzoekenTotOnderzoek", i, "ontvangenOp")}>{(d) => datum(d)}</Veld>, gevraagd door{" "}
                <Veld waarde={v.verzoeker} pad={pad("verzoekenTotOnderzoek", i, "verzoeker")}>{(o) => organisatieKort(o)}</Veld>:{" "}
                <Veld waarde={v.status} pad={pad("verzoekenTotOnderzoek", i, "status")}>{(s) => verzoekstatusVoorGezin(s)}</Veld>. Waarom:{" "}
                <Veld waarde={v.reden} pad={pad("verzoekenTotOnderzoek", i, "reden")} />
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Onderzoek van de Raad">
          <Opsomming waarde={gezin.beschermingsonderzoeken} pad={pad("beschermingsonderzoeken")} leeg="De Raad heeft geen onderzoek bij uw gezin gedaan.">
            {(o, i) => (
              <>
                <Periode vanaf={o.startdatum} tot={o.einddatum} pad={pad("beschermingsonderzoeken", i)} />: <Veld waarde={o.status} pad={pad("beschermingsonderzoeken", i, "status")}>{(s) => code(s)}</Veld>. Uitkomst:{" "}
                <Veld waarde={o.conclusie} pad={pad("beschermingsonderzoeken", i, "conclusie")} leeg="nog niet bekend">{(c) => code(c)}</Veld>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Vragen aan de kinderrechter">
          <Opsomming waarde={gezin.verzoekschriften} pad={pad("verzoekschriften")} leeg="De Raad vroeg de rechter niets.">
            {(v, i) => (
              <>
                <Veld waarde={v.ingediendOp} pad={pad("verzoekschriften", i, "ingediendOp")}>{(d) => datum(d)}</Veld>: gevraagd om{" "}
                <Veld waarde={v.gevraagdeMaatregel} pad={pad("verzoekschriften", i, "gevraagdeMaatregel")}>{(m) => maatregelVoorGezin(m)}</Veld>. Uitspraak:{" "}
                <Veld waarde={v.uitspraak} pad={pad("verzoekschriften", i, "uitspraak")} leeg="nog niet">{(u) => uitspraakVoorGezin(u)}</Veld>
                <Toevoeging waarde={v.uitspraakOp} pad={pad("verzoekschriften", i, "uitspraakOp")}>{(d) => ` (${datum(d)})`}</Toevoeging>
              </>
            )}
          </Opsomming>
        </Gegeven>
      </Gegevenslijst>
    </>
  );
}

export function VastgelegdJeugdbescherming({ gezin }: { gezin: OnsDossier }) {
  return (
    <>
      <Kop niveau={3}>{organisatieKort("GI")}</Kop>
      <Gegevenslijst>
        <Gegeven label="Uw jeugdbeschermer">
          <Veld waarde={gezin.jeugdbeschermer} pad={pad("jeugdbeschermer")} leeg="Geen">
            {(j) => <Veld waarde={j.naam} pad={pad("jeugdbeschermer", "naam")} />}
          </Veld>
        </Gegeven>
        <Gegeven label="Hoe de jeugdbescherming helpt">
          <Opsomming waarde={gezin.giInzet} pad={pad("giInzet")} leeg="De jeugdbescherming helpt niet">
            {(inzet, i) => (
              <>
                <Veld waarde={inzet.product} pad={pad("giInzet", i, "product")}>{(p) => giProductVoorGezin(p)}</Veld>, <Periode vanaf={inzet.startdatum} tot={inzet.einddatum} pad={pad("giInzet", i)} />.{" "}
                <Toevoeging waarde={inzet.toelichting} pad={pad("giInzet", i, "toelichting")} />
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Maatregelen van de rechter">
          <Opsomming waarde={gezin.maatregelen} pad={pad("maatregelen")} leeg="Er is geen maatregel voor uw kinderen.">
            {(maatregel, i) => (
              <>
                <Veld waarde={maatregel.soort} pad={pad("maatregelen", i, "soort")}>{(s) => maatregelVoorGezin(s)}</Veld> voor{" "}
                <Veld waarde={maatregel.kind} pad={pad("maatregelen", i, "kind")}>{(kind) => <Veld waarde={kind.voornamen} pad={pad("maatregelen", i, "kind", "voornamen")} />}</Veld>,{" "}
                <Periode vanaf={maatregel.startdatum} tot={maatregel.einddatum} pad={pad("maatregelen", i)} />
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Jeugdreclassering">
          <Opsomming waarde={gezin.jeugdreclassering} pad={pad("jeugdreclassering")} leeg="Geen">
            {(j, i) => (
              <>
                <Veld waarde={j.kader} pad={pad("jeugdreclassering", i, "kader")}>{(k) => jeugdreclasseringVoorGezin(k)}</Veld> voor{" "}
                <Veld waarde={j.jongere} pad={pad("jeugdreclassering", i, "jongere")}>{(p) => <Veld waarde={p.voornamen} pad={pad("jeugdreclassering", i, "jongere", "voornamen")} />}</Veld>,{" "}
                <Periode vanaf={j.startdatum} tot={j.einddatum} pad={pad("jeugdreclassering", i)} />. Begeleider:{" "}
                <Veld waarde={j.jeugdreclasseerder} pad={pad("jeugdreclassering", i, "jeugdreclasseerder")}>
                  {(m) => <Veld waarde={m.naam} pad={pad("jeugdreclassering", i, "jeugdreclasseerder", "naam")} />}
                </Veld>
              </>
            )}
          </Opsomming>
        </Gegeven>
        <Gegeven label="Veranderplan">
          <Veld waarde={gezin.veranderplan} pad={pad("veranderplan")} leeg="Er is geen veranderplan">
            {(plan) => (
              <>
                <Toevoeging waarde={plan.vastgesteldOp} pad={pad("veranderplan", "vastgesteldOp")}>{(d) => `Afgesproken op ${datum(d)}.`}</Toevoeging>
                <Opsomming waarde={plan.doelen} pad={pad("veranderplan", "doelen")} leeg="Geen doelen">
                  {(doel) => doel}
                </Opsomming>
              </>
            )}
          </Veld>
        </Gegeven>
        <Gegeven label="Borgingsplan (hoe het goed blijft gaan)">
          <Veld waarde={gezin.borgingsplan} pad={pad("borgingsplan")} leeg="Er is geen borgingsplan">
            {(plan) => (
              <>
                <Toevoeging waarde={plan.vastgesteldOp} pad={pad("borgingsplan", "vastgesteldOp")}>{(d) => `Afgesproken op ${datum(d)}.`}</Toevoeging>
                <Opsomming waarde={plan.afspraken} pad={pad("borgingsplan", "afspraken")} leeg="Geen afspraken">
                  {(afspraak) => afspraak}
                </Opsomming>
              </>
            )}
          </Veld>
        </Gegeven>
      </Gegevenslijst>
    </>
  );
}

export function VastgelegdErvaringsdeskundigen({ gezin }: { gezin: OnsDossier }) {
  return (
    <>
      <Kop niveau={3}>{organisatieKort("ERVARINGSDESKUNDIGEN")}</Kop>
      <Gegevenslijst>
        <Gegeven label="Uw ervaringsdeskundige">
          <Opsomming waarde={gezin.ervaringsdeskundigen} pad={pad("ervaringsdeskundigen")} leeg="Er werkt geen ervaringsdeskundige met uw gezin.">
            {(k, i) => (
              <>
                <Veld waarde={k.ervaringsdeskundige} pad={pad("ervaringsdeskundigen", i, "ervaringsdeskundige")}>
                  {(e) => <Veld waarde={e.naam} pad={pad("ervaringsdeskundigen", i, "ervaringsdeskundige", "naam")} />}
                </Veld>
                , <Periode vanaf={k.vanaf} tot={k.tot} pad={pad("ervaringsdeskundigen", i)} velden={["vanaf", "tot"]} />: <Veld waarde={k.totaalContacten} pad={pad("ervaringsdeskundigen", i, "totaalContacten")}>{(n) => `${n} keer contact`}</Veld>
              </>
            )}
          </Opsomming>
        </Gegeven>
      </Gegevenslijst>
      <Alinea klein>De ervaringsdeskundigen schrijven alleen op hoe vaak zij contact met u hadden. Wat u samen bespreekt, schrijven zij nooit op.</Alinea>
    </>
  );
}
