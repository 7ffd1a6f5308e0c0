const { buildFederatedSchema } = require("@gezinsbeeld/shared-schema");
const def = require(process.argv[2]);
const d = Object.values(def)[0];
buildFederatedSchema(d).then(({ typeDefs }) => { console.log(typeDefs); }).catch(e => { console.error(e); process.exit(1); });
