#!/usr/bin/env node
// Synthetic ladders for the benchmarks: deterministic for a given size and seed.
//
//   node bench/generate-ladder.mjs LEVELS COMPETENCIES [--seed N] [--problems N] [--out FILE]
//
// Without --problems the ladder is valid (it may carry lint warnings). With --problems N
// it has exactly N errors of the kinds that need a nearest-name search or a duplicate
// check: unknown competencies, unknown `next` levels and duplicate level ids.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

/** mulberry32: a tiny seeded PRNG, so every run writes the same file. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, "0");
const WORDS = ["roadmap", "discovery", "metrics", "stakeholders", "pricing", "launches", "research", "hiring", "vision", "delivery"];

/** The YAML text of a ladder with `levels` levels and `competencies` competencies. */
export function generateLadder({ levels, competencies, seed = 1, problems = 0 }) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const competencyId = (c) => `competency-${pad(c, 4)}`;
  const levelId = (l) => `level-${pad(l, 5)}`;
  const sentence = (subject) => `Works on ${pick(WORDS)} and ${pick(WORDS)} for ${subject}, with ${pick(WORDS)} in mind.`;
  const out = [];
  out.push("schema: pm-ladder/v1", `name: Synthetic ladder ${levels}x${competencies} (seed ${seed})`);
  out.push("tracks:", "  - id: ic", "    name: Individual contributor", "  - id: management", "    name: Management");
  out.push("competencies:");
  for (let c = 0; c < competencies; c += 1) {
    out.push(`  - id: ${competencyId(c)}`, `    name: Competency ${c} (${pick(WORDS)})`, `    area: Area ${c % 7}`);
    out.push(`    growth:`, `      - ${sentence("the team")}`);
  }

  // Problems are spread evenly over the levels, cycling through the three kinds.
  const problemsAt = new Map();
  for (let p = 0; p < problems; p += 1) {
    const level = Math.floor((p * levels) / Math.max(problems, 1));
    const list = problemsAt.get(level) ?? [];
    list.push(p % 3);
    problemsAt.set(level, list);
  }

  out.push("levels:");
  for (let l = 0; l < levels; l += 1) {
    const rank = l + 1;
    const kinds = problemsAt.get(l) ?? [];
    // At most one duplicate id per level (it repeats the first level's); extra ones become unknown competencies.
    const duplicate = l > 0 && kinds.includes(2);
    const extraUnknown = kinds.filter((kind) => kind === 0).length + Math.max(0, kinds.filter((kind) => kind === 2).length - (duplicate ? 1 : 0));
    const unknownNext = kinds.filter((kind) => kind === 1).length;
    out.push(`  - id: ${duplicate ? levelId(0) : levelId(l)}`);
    out.push(`    title: Level ${l} ${pick(WORDS)}`);
    out.push(`    aliases: [l${l}, lvl-${l}]`);
    out.push(`    rank: ${rank}`);
    if (l % 3 === 1) out.push("    tracks: [ic]");
    else if (l % 3 === 2) out.push("    tracks: [management]");
    out.push(`    summary: ${sentence(`level ${l}`)}`);
    out.push("    responsibilities:", `      - ${sentence("the product")}`, `      - ${sentence("the company")}`);
    if (unknownNext > 0) {
      // Every unknown name is distinct, so no answer of the nearest-name search can be reused.
      const names = Array.from({ length: unknownNext }, (_, k) => `${levelId(l + 1)}-${k}x`);
      out.push(`    next: [${names.join(", ")}]`);
    }
    out.push("    expectations:");
    for (let c = 0; c < competencies; c += 1) {
      // Rises with rank (with a per-competency offset), so real ladders' shape holds.
      const score = Math.min(5, 1 + Math.floor(((rank + (c * 7) % levels) * 5) / (levels + 1)));
      out.push(`      ${competencyId(c)}:`, `        score: ${score}`, `        text: Leads ${pick(WORDS)} work.`);
    }
    for (let k = 0; k < extraUnknown; k += 1) out.push(`      ${competencyId((l + k) % competencies)}-l${l}-${k}: 3`);
  }

  out.push("questions:");
  for (let c = 0; c < competencies; c += 1) {
    out.push(`  - id: question-${pad(c, 4)}`, `    competency: ${competencyId(c)}`, `    text: How do you handle ${pick(WORDS)}?`, "    options:");
    for (let score = 1; score <= 5; score += 2) out.push(`      - text: ${sentence(`option ${score}`)}`, `        score: ${score}`);
  }
  out.push("  - id: track-preference", "    kind: track", "    text: Which impact do you want?", "    options:");
  out.push("      - text: Depth", "        track: ic", "      - text: People", "        track: management");
  return `${out.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: "string", default: "1" }, problems: { type: "string", default: "0" }, out: { type: "string" } },
  });
  const [levels = "10", competencies = "10"] = positionals;
  const text = generateLadder({ levels: Number(levels), competencies: Number(competencies), seed: Number(values.seed), problems: Number(values.problems) });
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
