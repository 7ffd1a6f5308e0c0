import { isUuid } from "../validation";

/**
 * `__resolveReference` for `Gezin` in a subgraph that only extends it: the
 * household lives in lokaal-team, so the key is all there is. A malformed id
 * resolves to null (the guard then refuses it as an unknown household).
 */
export function gezinReferentie(reference: { id: string }): { id: string } | null {
  return isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null;
}

/**
 * `__resolveReference` for `Persoon @key(fields: "id gezinId")` in a subgraph that
 * extends it: the key names the member and the household whose data its fields are.
 */
export function persoonReferentie(reference: { id: string; gezinId?: string }): { id: string; gezinId: string } | null {
  const { id, gezinId } = reference;
  return isUuid(id) && gezinId !== undefined && isUuid(gezinId) ? { id: id.toLowerCase(), gezinId: gezinId.toLowerCase() } : null;
}
