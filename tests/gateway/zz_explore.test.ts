import { Organisatie, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { startHubForTest, type HubUnderTest } from "../support/hub";

const PO: Principal = { userId: "po-explore", organisatie: Organisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER };
let hub: HubUnderTest;
beforeAll(async () => { hub = await startHubForTest(); });
afterAll(async () => { await hub?.close(); });

async function show(label: string, url: string, init: RequestInit) {
  const r = await fetch(url, init);
  const t = await r.text();
  console.log(`### ${label}: ${r.status} ${r.headers.get("content-type")}\n${t.slice(0, 700)}`);
}
it("explores", async () => {
  const id = hub.scenario.gezinnen[0]!.id;
  const token = await hub.userToken(PO);
  const tl = await hub.userToken();
  const q = `{ gezin(id: "${id}") { id aanleiding zorgenEnKrachten { soort } tijdslijn { datum } } }`;
  const h = { authorization: `Bearer ${token}`, "apollo-require-preflight": "1" };
  await show("GET a?", `${hub.gateway.url}?a?&query=${encodeURIComponent(q)}`, { headers: h });
  await show("GET plain", `${hub.gateway.url}?query=${encodeURIComponent(q)}`, { headers: h });
  await show("GET twice", `${hub.gateway.url}?query=${encodeURIComponent(q)}&query=${encodeURIComponent(q)}`, { headers: h });
  await show("POST batch", hub.gateway.url, { method: "POST", headers: { ...h, "content-type": "application/json" }, body: JSON.stringify([{ query: q }]) });
  const th = { authorization: `Bearer ${tl}`, "content-type": "application/json" };
  await show("bad json", hub.gateway.url, { method: "POST", headers: th, body: "{ nope" });
  await show("2MB", hub.gateway.url, { method: "POST", headers: th, body: JSON.stringify({ query: "{ __typename }", x: "a".repeat(2_000_000) }) });
  await show("unknown opname", hub.gateway.url, { method: "POST", headers: th, body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }) });
  await show("unknown opname2", hub.gateway.url, { method: "POST", headers: th, body: JSON.stringify({ query: `query A { gezin(id: "${id}") { naam } }`, operationName: "B" }) });
  await show("NUL", hub.gateway.url, { method: "POST", headers: th, body: JSON.stringify({ query: `{ gezinnen(zoek: "\\u0000") { totalCount } }` }) });
  await show("text/plain", hub.gateway.url, { method: "POST", headers: { authorization: `Bearer ${tl}`, "content-type": "text/plain" }, body: "{}" });
  await show("PUT", hub.gateway.url, { method: "PUT", headers: th, body: "{}" });
  await show("404", hub.gateway.url.replace("/graphql", "/nope"), { headers: th });
  const lt = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
  const st = await lt.gatewayToken();
  const sh = { authorization: `Bearer ${st}`, "content-type": "application/json" };
  await show("SG bad json", lt.url, { method: "POST", headers: sh, body: "{ nope" });
  await show("SG unknown opname", lt.url, { method: "POST", headers: sh, body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }) });
  await show("SG NUL", lt.url, { method: "POST", headers: sh, body: JSON.stringify({ query: `{ gezinnen(zoek: "\\u0000") { totalCount } }` }) });
  let deep = "naam"; for (let i = 0; i < 7; i++) deep = `leden { gezin { ${deep} } }`;
  await show("deep", hub.gateway.url, { method: "POST", headers: th, body: JSON.stringify({ query: `{ gezin(id: "${id}") { ${deep} } }` }) });
});
