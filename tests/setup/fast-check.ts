import fc from "fast-check";

// Every property runs the same cases on every machine and every run, so a pass means the
// same thing everywhere. fast-check prints the seed and path of a failure; FC_SEED=<n> runs
// the properties on other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_202) });
