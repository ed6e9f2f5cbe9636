#!/usr/bin/env node
// Answers as JSON Lines for `assess --batch`: deterministic for a given count and seed.
//
//   node bench/generate-answers.mjs COUNT [--seed N] [--malformed-every K] [--ladder dist/default-ladder.json] [--out FILE]
//
// Each line is an answers object (the answers-file shape) with an `id`. With
// --malformed-every K, every K-th line is broken in turn: not JSON, an unknown
// question, an option number out of range.
import { createWriteStream, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { seededRandom } from "./generate-ladder.mjs";
import { loadCompiledLadder } from "./common.mjs";

const MALFORMED = [
  () => '{"id": "broken", "answers": {',
  () => JSON.stringify({ id: "unknown-question", answers: { "no-such-question": 1 } }),
  (ladder) => {
    const question = ladder.questions.find((q) => q.options.length > 0);
    return JSON.stringify({ id: "option-out-of-range", answers: { [question.id]: question.options.length + 1 } });
  },
];

/** Lines of answers for `ladder` (the compiled model); a generator, so a million lines never sit in memory. */
export function* answerLines({ ladder, count, seed = 1, malformedEvery = 0 }) {
  const random = seededRandom(seed);
  const { min, max } = ladder.scale;
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  for (let n = 1; n <= count; n += 1) {
    if (malformedEvery > 0 && n % malformedEvery === 0) {
      yield MALFORMED[(n / malformedEvery - 1) % MALFORMED.length](ladder);
      continue;
    }
    const answers = {};
    for (const question of ladder.questions) {
      if (random() < 0.1) continue; // some questions left unanswered
      answers[question.id] = question.options.length > 0 ? between(1, question.options.length) : between(min, max);
    }
    const record = { id: `person-${String(n).padStart(7, "0")}`, answers };
    if (random() < 0.2) record.ratings = { [ladder.competencies[between(0, ladder.competencies.length - 1)].id]: between(min, max) };
    if (random() < 0.3) record.track = ladder.tracks[between(0, ladder.tracks.length - 1)].id;
    yield JSON.stringify(record);
  }
}

/** The first `count` lines as an array (small counts only). */
export function generateAnswers(options) {
  return [...answerLines(options)];
}

/** Write the lines to `file`, in chunks, respecting back-pressure. */
export async function writeAnswers(file, options) {
  const stream = createWriteStream(file);
  let buffer = "";
  for (const line of answerLines(options)) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 16) {
      if (!stream.write(buffer)) await new Promise((resolve) => stream.once("drain", resolve));
      buffer = "";
    }
  }
  stream.end(buffer);
  await new Promise((resolve, reject) => stream.on("finish", resolve).on("error", reject));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: "string", default: "1" },
      "malformed-every": { type: "string", default: "0" },
      ladder: { type: "string" },
      out: { type: "string" },
    },
  });
  const ladder = values.ladder ? JSON.parse(readFileSync(values.ladder, "utf8")) : loadCompiledLadder();
  const options = { ladder, count: Number(positionals[0] ?? "10"), seed: Number(values.seed), malformedEvery: Number(values["malformed-every"]) };
  if (values.out) await writeAnswers(values.out, options);
  else for (const line of answerLines(options)) process.stdout.write(`${line}\n`);
}
