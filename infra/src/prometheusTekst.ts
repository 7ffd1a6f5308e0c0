/**
 * The sum of the samples of `name` whose labels include `labels`, in the
 * Prometheus text format a service's `/metrics` serves (a histogram's
 * `_count` and `_sum` are samples of their own name). Used by the bench to
 * read each service's GC, and by the tests of `/metrics`.
 */
export function somVan(tekst: string, name: string, labels: Record<string, string> = {}): number {
  let totaal = 0;
  for (const regel of tekst.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(regel);
    if (!match || match[1] !== name) continue;
    const gevonden = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([sleutel, waarde]) => gevonden[sleutel] === waarde)) totaal += Number(match[3]);
  }
  return totaal;
}
