// The schema clients see: the API schema of gateway/supergraph.graphql, without
// the federation's join__ types and without @inaccessible fields, exactly what
// the gateway answers introspection with. GraphQL Code Generator loads it here.
const { readFileSync } = require("node:fs");
const { Supergraph } = require("@apollo/federation-internals");

module.exports = function apiSchema(pointer) {
  return Supergraph.build(readFileSync(pointer, "utf8")).apiSchema().toGraphQLJSSchema();
};
