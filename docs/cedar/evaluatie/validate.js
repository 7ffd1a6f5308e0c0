// node validate.js — validates cedar/gezinsbeeld.cedar against cedar/gezinsbeeld.cedarschema (strict mode),
// then shows what the validator says about three bad rules.
const cedar = require("@cedar-policy/cedar-wasm/nodejs");
const fs = require("node:fs");
const schema = fs.readFileSync(__dirname + "/cedar/gezinsbeeld.cedarschema", "utf8");
const tekst = fs.readFileSync(__dirname + "/cedar/gezinsbeeld.cedar", "utf8");

function metIds(tekst) {
  const delen = cedar.policySetTextToParts(tekst);
  if (delen.type !== "success") throw new Error(JSON.stringify(delen.errors));
  const uit = {};
  for (const p of delen.policies) {
    const json = cedar.policyToJson(p);
    uit[json.json.annotations.id] = p;
  }
  return uit;
}
function toon(naam, policies) {
  const r = cedar.validate({ schema, policies: { staticPolicies: policies }, validationSettings: { mode: "strict" } });
  console.log(`\n=== ${naam}`);
  if (r.type === "failure") { for (const e of r.errors) console.log("PARSE/SCHEMA ERROR:", e.message, e.help ? `(help: ${e.help})` : ""); return r; }
  if (r.validationErrors.length === 0 && r.validationWarnings.length === 0) console.log(`valid: ${Object.keys(policies).length} policies, 0 errors, 0 warnings`);
  for (const e of r.validationErrors) console.log(`ERROR in ${e.policyId}: ${e.error.message}${e.error.help ? `\n   help: ${e.error.help}` : ""}${e.error.sourceLocations?.length ? `\n   at: ${JSON.stringify(policies[e.policyId].slice(e.error.sourceLocations[0].start, e.error.sourceLocations[0].end))}` : ""}`);
  for (const e of r.validationWarnings) console.log(`WARNING in ${e.policyId}: ${e.error.message}`);
  return r;
}
const ids = metIds(tekst);
toon("cedar/gezinsbeeld.cedar", ids);
const fout = (id, van, naar) => { const p = { ...ids }; if (!p[id].includes(van)) throw new Error(van); p[id] = p[id].replace(van, naar); return p; };
toon('typo in a category: Categorie::"ZORGNE"', fout("anoniem-consult", 'Categorie::"ZORGEN"', 'Categorie::"ZORGNE"'));
toon("typo in an attribute: principal.organisatie.magOoitLeezn", fout("nooit-organisatie", "magOoitLezen.contains", "magOoitLeezn.contains"));
toon("wrong type: a category compared with a string", fout("beschermde-melder-inwoner", 'resource.categorie == Categorie::"MELDER"', 'resource.categorie == "MELDER"'));
toon("optional attribute used without `has`", fout("dossierhouder-niet-betrokken", "resource.huishouden has afgeslotenOp && ", ""));
toon("record attribute typo: wettelijkeTaak.ROOOD", fout("wettelijke-taak", "wettelijkeTaak.ROOD.contains", "wettelijkeTaak.ROOOD.contains"));
toon("a syntax error (missing semicolon)", { x: 'permit(principal, action, resource) when { true }' });

// The two other policy sets: the variant that follows the seeds, and variant B (generated).
for (const [naam, s, p] of [
  ["cedar/gezinsbeeld-volgens-seeds.cedar", schema, fs.readFileSync(__dirname + "/cedar/gezinsbeeld-volgens-seeds.cedar", "utf8")],
  ["cedar/per-organisatie/ (generated)", fs.readFileSync(__dirname + "/cedar/per-organisatie/gezinsbeeld.cedarschema", "utf8"), fs.readFileSync(__dirname + "/cedar/per-organisatie/gezinsbeeld.cedar", "utf8")],
]) {
  const r = cedar.validate({ schema: s, policies: { staticPolicies: metIds(p) }, validationSettings: { mode: "strict" } });
  console.log(`\n=== ${naam}: ${r.type === "success" ? `${r.validationErrors.length} errors, ${r.validationWarnings.length} warnings, ${Object.keys(metIds(p)).length} policies` : JSON.stringify(r.errors)}`);
}
// A typo in an organisation code in variant B (generated from the register, so only a hand edit can do this).
{
  const s = fs.readFileSync(__dirname + "/cedar/per-organisatie/gezinsbeeld.cedarschema", "utf8");
  const p = metIds(fs.readFileSync(__dirname + "/cedar/per-organisatie/gezinsbeeld.cedar", "utf8"));
  p["nooit-GI"] = p["nooit-GI"].replace('Organisatie::"GI"', 'Organisatie::"G1"');
  const r = cedar.validate({ schema: s, policies: { staticPolicies: p }, validationSettings: { mode: "strict" } });
  console.log(`\n=== variant B, organisation code typo Organisatie::"G1"\n${r.validationErrors.map((e) => `ERROR in ${e.policyId}: ${e.error.message}`).join("\n")}`);
}
// What the validator does NOT catch: a rule that is well-typed but wrong (the category list of a duty misses one).
{
  const p = { ...ids };
  p["anoniem-consult"] = p["anoniem-consult"].replace('Categorie::"ZORGEN", ', "");
  const r = cedar.validate({ schema, policies: { staticPolicies: p }, validationSettings: { mode: "strict" } });
  console.log(`\n=== a wrong but well-typed rule (ZORGEN dropped from anoniem-consult): ${r.validationErrors.length} errors — only the oracle catches this`);
}
