/**
 * A list from the answer as a table, declared column by column. The list goes
 * through {@link Veld} so a withheld list shows as withheld and an empty one
 * as `leeg`; every cell goes through the field helpers with the item's own
 * path, so a withheld field inside a row is marked where it stands.
 */
import type { ReactNode } from "react";
import { Veld } from "../components/Afgeschermd";
import { Cel, Rij, Tabel } from "../components/nlds";
import type { Pad } from "../lib/afscherming";
import { Code, Collega, Datum, JaNee, Opsomming, Organisatie, Periode, Persoonsnaam, Tekst } from "./velden";

/** The names of `T`'s fields whose value, when there is one, is a `W`. */
type VeldVan<T, W> = { [K in keyof T]-?: NonNullable<T[K]> extends W ? K : never }[keyof T] & string;

/**
 * One column: its header, and what a cell shows. A field name says which of
 * the item's fields the cell shows and how (`datum: "startdatum"`); `cel`
 * is for a cell that combines fields or needs its own markup.
 */
export type Kolom<T> = { kop: string } & (
  | { tekst: VeldVan<T, string | number>; leeg?: string }
  | { datum: VeldVan<T, string>; leeg?: string; metTijd?: boolean }
  | { code: VeldVan<T, string>; tabel?: Readonly<Record<string, string>>; leeg?: string }
  | { jaNee: VeldVan<T, boolean>; ja?: string; nee?: string }
  | { organisatie: VeldVan<T, string> }
  | { collega: VeldVan<T, { naam: string | null }> }
  | { persoon: VeldVan<T, { voornamen: string | null }> }
  | { opsomming: VeldVan<T, readonly string[]>; leeg?: string }
  /** From the first field until the second, which is empty while the period runs. */
  | { periode: readonly [van: VeldVan<T, string>, tot: VeldVan<T, string>] }
  | { cel: (item: T, pad: Pad) => ReactNode }
);

/**
 * The list at `pad` as a table captioned `bijschrift`, one row per item in
 * the answer's order; the first column heads its row.
 */
export function LijstTabel<T extends { id?: string | null }>({
  waarde,
  pad,
  leeg,
  bijschrift,
  kolommen,
}: {
  waarde: readonly T[] | null | undefined;
  pad: Pad;
  leeg: string;
  /** The caption, or a function of the list when it names its length. */
  bijschrift: string | ((lijst: readonly T[]) => string);
  kolommen: readonly NoInfer<Kolom<T>>[];
}) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(lijst) => (
        <Tabel bijschrift={typeof bijschrift === "function" ? bijschrift(lijst) : bijschrift} koppen={kolommen.map((kolom) => kolom.kop)}>
          {lijst.map((item, i) => (
            <Rij key={item.id ?? i}>
              {kolommen.map((kolom, k) => (
                <Cel key={k} kop={k === 0}>
                  <Inhoud kolom={kolom} item={item} pad={[...pad, i]} />
                </Cel>
              ))}
            </Rij>
          ))}
        </Tabel>
      )}
    </Veld>
  );
}

/** The item's value in field `veld`; {@link VeldVan} has already checked that it is a `W`. */
function lees<T, W>(item: T, veld: VeldVan<T, W>): W | null {
  return (item[veld] ?? null) as W | null;
}

function Inhoud<T>({ kolom, item, pad }: { kolom: Kolom<T>; item: T; pad: Pad }): ReactNode {
  if ("cel" in kolom) return kolom.cel(item, pad);
  if ("tekst" in kolom) return <Tekst waarde={lees(item, kolom.tekst)} pad={[...pad, kolom.tekst]} leeg={kolom.leeg} />;
  if ("datum" in kolom) return <Datum waarde={lees(item, kolom.datum)} pad={[...pad, kolom.datum]} leeg={kolom.leeg} metTijd={kolom.metTijd} />;
  if ("code" in kolom) return <Code waarde={lees(item, kolom.code)} pad={[...pad, kolom.code]} tabel={kolom.tabel} leeg={kolom.leeg} />;
  if ("jaNee" in kolom) return <JaNee waarde={lees(item, kolom.jaNee)} pad={[...pad, kolom.jaNee]} ja={kolom.ja} nee={kolom.nee} />;
  if ("organisatie" in kolom) return <Organisatie waarde={lees(item, kolom.organisatie)} pad={[...pad, kolom.organisatie]} />;
  if ("collega" in kolom) return <Collega waarde={lees(item, kolom.collega)} pad={[...pad, kolom.collega]} />;
  if ("persoon" in kolom) return <Persoonsnaam waarde={lees(item, kolom.persoon)} pad={[...pad, kolom.persoon]} />;
  if ("opsomming" in kolom) return <Opsomming waarde={lees(item, kolom.opsomming)} pad={[...pad, kolom.opsomming]} leeg={kolom.leeg} />;
  const [van, tot] = kolom.periode;
  return <Periode van={lees(item, van)} tot={lees(item, tot)} pad={pad} vanVeld={van} totVeld={tot} />;
}
