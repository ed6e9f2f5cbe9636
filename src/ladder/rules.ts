import type { PathMessage } from "../source/issues";
import { NameMatcher } from "../source/suggest";
import { levelTracks, resolveScale } from "./model";
import type { LadderFile } from "./schema";

/** Lowercased, trimmed, inner spaces folded: how level names are compared everywhere. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

type Rule = (file: LadderFile) => PathMessage[];

const idLists = ["sources", "tracks", "competencies", "levels", "questions"] as const;

/** Ids are unique within sources, tracks, competencies, levels and questions. */
const uniqueIds: Rule = (file) => {
  const problems: PathMessage[] = [];
  for (const list of idLists) {
    const firstIndex = new Map<string, number>();
    (file[list] ?? []).forEach((item, index) => {
      const first = firstIndex.get(item.id);
      if (first === undefined) firstIndex.set(item.id, index);
      else problems.push({ path: [list, index, "id"], message: `duplicate id "${item.id}", already used by ${list}[${first}]` });
    });
  }
  return problems;
};

/** No id, alias or title may name two different levels (case-insensitive). */
const unambiguousLevelNames: Rule = (file) => {
  const problems: PathMessage[] = [];
  const owner = new Map<string, string>();
  file.levels.forEach((level, index) => {
    const names: [string, (string | number)[]][] = [
      [level.id, [index, "id"]],
      [level.title, [index, "title"]],
      ...(level.aliases ?? []).map((alias, aliasIndex): [string, (string | number)[]] => [alias, [index, "aliases", aliasIndex]]),
    ];
    for (const [name, path] of names) {
      const key = normaliseName(name);
      const existing = owner.get(key);
      if (existing === undefined) owner.set(key, level.id);
      else if (existing !== level.id) {
        problems.push({ path: ["levels", ...path], message: `"${name}" already names level "${existing}"; a name must resolve to one level` });
      }
    }
  });
  return problems;
};

/** Every tracks, next, sources, competency and option track reference names something that exists. */
const references: Rule = (file) => {
  const problems: PathMessage[] = [];
  const trackIds = new Set(file.tracks.map((track) => track.id));
  const sourceIds = new Set((file.sources ?? []).map((source) => source.id));
  const competencyIds = new Set(file.competencies.map((competency) => competency.id));
  const rankById = new Map(file.levels.map((level) => [level.id, level.rank]));
  // Matchers are built lazily and once per list: a file may have thousands of unknown references.
  const matchers = new Map<string, NameMatcher>();
  const unknown = (what: string, id: string, known: Iterable<string>) => {
    let matcher = matchers.get(what);
    if (!matcher) matchers.set(what, (matcher = new NameMatcher(known)));
    return `unknown ${what} "${id}"${matcher.didYouMean(id)}`;
  };

  file.levels.forEach((level, index) => {
    level.tracks?.forEach((track, position) => {
      if (!trackIds.has(track)) problems.push({ path: ["levels", index, "tracks", position], message: unknown("track", track, trackIds) });
    });
    level.sources?.forEach((source, position) => {
      if (!sourceIds.has(source)) problems.push({ path: ["levels", index, "sources", position], message: unknown("source", source, sourceIds) });
    });
    level.next?.forEach((next, position) => {
      const path = ["levels", index, "next", position];
      const rank = rankById.get(next);
      if (rank === undefined) problems.push({ path, message: unknown("level", next, rankById.keys()) });
      else if (rank <= level.rank) {
        problems.push({ path, message: `next level "${next}" has rank ${rank}; next must point to a higher rank than ${level.rank}` });
      }
    });
  });
  file.questions?.forEach((question, index) => {
    if (question.competency !== undefined && !competencyIds.has(question.competency)) {
      problems.push({ path: ["questions", index, "competency"], message: unknown("competency", question.competency, competencyIds) });
    }
    question.options?.forEach((option, position) => {
      if (option.track !== undefined && !trackIds.has(option.track)) {
        problems.push({ path: ["questions", index, "options", position, "track"], message: unknown("track", option.track, trackIds) });
      }
    });
  });
  return problems;
};

/** The scale is a range, its labels lie within it, and the threshold is a share. */
const scaleAndScoring: Rule = (file) => {
  const problems: PathMessage[] = [];
  if (file.scale && file.scale.min > file.scale.max) {
    problems.push({ path: ["scale", "max"], message: `scale max (${file.scale.max}) must not be below min (${file.scale.min})` });
  }
  const { min, max } = resolveScale(file.scale);
  for (const key of Object.keys(file.scale?.labels ?? {})) {
    const value = Number(key);
    if (value < min || value > max) {
      problems.push({ path: ["scale", "labels", key], atKey: true, message: `label key ${key} lies outside the scale ${min}..${max}` });
    }
  }
  const threshold = file.scoring?.threshold;
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
    problems.push({ path: ["scoring", "threshold"], message: `expected a threshold with 0 < threshold <= 1, got ${threshold}` });
  }
  return problems;
};

/** Every level has one expectation per competency and no others, each on the scale. */
const expectations: Rule = (file) => {
  const problems: PathMessage[] = [];
  const { min, max } = resolveScale(file.scale);
  // An inverted scale is reported once by scaleAndScoring; every score would be "off" it.
  const checkScores = min <= max;
  const competencyIds = new Set(file.competencies.map((competency) => competency.id));
  let competencyMatcher: NameMatcher | undefined;
  const offScale = (score: number) => `score ${score} is outside the scale ${min}..${max}`;
  file.levels.forEach((level, index) => {
    const base = ["levels", index, "expectations"];
    for (const [competency, expectation] of Object.entries(level.expectations)) {
      if (!competencyIds.has(competency)) {
        competencyMatcher ??= new NameMatcher(competencyIds);
        problems.push({ path: [...base, competency], atKey: true, message: `unknown competency "${competency}"${competencyMatcher.didYouMean(competency)}` });
        continue;
      }
      const score = typeof expectation === "number" ? expectation : expectation.score;
      if (checkScores && (score < min || score > max)) {
        problems.push({ path: typeof expectation === "number" ? [...base, competency] : [...base, competency, "score"], message: offScale(score) });
      }
    }
    const missing = file.competencies.filter((competency) => !Object.hasOwn(level.expectations, competency.id));
    if (missing.length > 0) {
      problems.push({
        path: base,
        atKey: true,
        message: `missing expectation for ${missing.map((competency) => `"${competency.id}"`).join(", ")}; every level needs one for every competency`,
      });
    }
  });
  file.questions?.forEach((question, index) => {
    question.options?.forEach((option, position) => {
      if (checkScores && option.score !== undefined && (option.score < min || option.score > max)) {
        problems.push({ path: ["questions", index, "options", position, "score"], message: offScale(option.score) });
      }
    });
  });
  return problems;
};

/** Competency questions name a competency and score their options; track questions give each option a track. */
const questionShapes: Rule = (file) => {
  const problems: PathMessage[] = [];
  file.questions?.forEach((question, index) => {
    const path = ["questions", index];
    if ((question.kind ?? "competency") === "track") {
      if (question.competency !== undefined) {
        problems.push({ path: [...path, "competency"], atKey: true, message: "a track question has no competency; remove it or drop `kind: track`" });
      }
      if (!question.options) problems.push({ path, message: "a track question needs options, each with a `track`" });
      question.options?.forEach((option, position) => {
        if (option.track === undefined) problems.push({ path: [...path, "options", position], message: 'missing required key "track" (a track question\'s options carry a track)' });
        if (option.score !== undefined) problems.push({ path: [...path, "options", position, "score"], atKey: true, message: "a track question's options carry a track, not a score" });
      });
    } else {
      if (question.competency === undefined) {
        problems.push({ path, message: 'missing required key "competency" (or set `kind: track` for a track question)' });
      }
      question.options?.forEach((option, position) => {
        if (option.score === undefined) problems.push({ path: [...path, "options", position], message: 'missing required key "score" (a competency question\'s options carry a score)' });
        if (option.track !== undefined) problems.push({ path: [...path, "options", position, "track"], atKey: true, message: "a competency question's options carry a score, not a track; use `kind: track` for a track question" });
      });
    }
  });
  return problems;
};

const rules: readonly Rule[] = [uniqueIds, unambiguousLevelNames, references, scaleAndScoring, expectations, questionShapes];

/** Every cross-reference rule of the format, over a file that passed the schema. */
export function checkRules(file: LadderFile): PathMessage[] {
  return rules.flatMap((rule) => rule(file));
}

/** Lint: not errors, but likely mistakes (`validate --strict` makes them errors). */
export function lintLadder(file: LadderFile): PathMessage[] {
  const problems: PathMessage[] = [];
  const indexed = file.levels.map((level, index) => ({ level, index, tracks: levelTracks(level, file.tracks) }));
  const scoreOf = (level: LadderFile["levels"][number], competency: string) => {
    const raw = level.expectations[competency];
    return typeof raw === "number" ? raw : (raw?.score ?? 0);
  };

  for (const track of file.tracks) {
    const onTrack = indexed.filter((entry) => entry.tracks.includes(track.id)).sort((a, b) => a.level.rank - b.level.rank);
    const previousBest = new Map<string, { score: number; id: string }>();
    let currentRank = Number.NaN;
    let currentBest = new Map<string, { score: number; id: string }>();
    for (const entry of onTrack) {
      if (entry.level.rank !== currentRank) {
        for (const [competency, best] of currentBest) {
          const earlier = previousBest.get(competency);
          if (!earlier || best.score > earlier.score) previousBest.set(competency, best);
        }
        currentBest = new Map();
        currentRank = entry.level.rank;
      }
      for (const competency of file.competencies) {
        const score = scoreOf(entry.level, competency.id);
        const earlier = previousBest.get(competency.id);
        if (earlier && score < earlier.score) {
          problems.push({
            path: ["levels", entry.index, "expectations", competency.id],
            message: `expectation falls along track "${track.id}": ${score} here, ${earlier.score} at lower-ranked "${earlier.id}"`,
          });
        }
        const best = currentBest.get(competency.id);
        if (!best || score > best.score) currentBest.set(competency.id, { score, id: entry.level.id });
      }
    }
  }

  const questions = file.questions ?? [];
  if (questions.length > 0) {
    const covered = new Set(questions.map((question) => question.competency));
    file.competencies.forEach((competency, index) => {
      if (!covered.has(competency.id)) {
        problems.push({ path: ["competencies", index, "id"], message: `no question covers competency "${competency.id}"; assess will ask for a rating instead` });
      }
    });
  }

  const firstWithVector = new Map<string, string>();
  file.levels.forEach((level, index) => {
    const vector = file.competencies.map((competency) => scoreOf(level, competency.id)).join(",");
    const twin = firstWithVector.get(vector);
    if (twin === undefined) firstWithVector.set(vector, level.id);
    else problems.push({ path: ["levels", index, "expectations"], atKey: true, message: `expectations are identical to those of level "${twin}"` });
  });
  return problems;
}
