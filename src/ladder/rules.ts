import type { PathMessage } from "../issues";
import { NameMatcher } from "../words/suggest";
import { levelTracks, resolveScale } from "./model";
import type { LadderDraft } from "./draft";
import { NOT_EXPECTED, type LadderFile } from "./schema";

/** Lowercased, trimmed, inner spaces folded: how level names are compared everywhere. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

type Rule = (file: LadderDraft) => PathMessage[];

type DraftExpectation = NonNullable<NonNullable<LadderDraft["levels"]>[number]["expectations"]>[string];

/** `n/a` in either form; a malformed expectation is not (the schema reported it). */
function isNotExpected(expectation: DraftExpectation): boolean {
  return (typeof expectation === "object" ? expectation.score : expectation) === NOT_EXPECTED;
}

const idLists = ["sources", "tracks", "competencies", "levels", "questions"] as const;
type IdList = (typeof idLists)[number];

/**
 * The ids of a list, to check references against; undefined when the schema
 * already refused the list as a whole (not a list; or absent or empty, which
 * only `sources` may be), since every reference would then look unknown.
 */
function knownIds(file: LadderDraft, list: IdList): Set<string> | undefined {
  const items: readonly { id?: string | undefined }[] | undefined = file[list];
  if (list !== "sources" && (items === undefined || items.length === 0)) return undefined;
  if (Object.hasOwn(file, list) && items === undefined) return undefined;
  return new Set((items ?? []).flatMap((item) => (item.id === undefined ? [] : [item.id])));
}

/** The scale's range; undefined when the scale is there but its min or max is not a whole number. */
function knownRange(file: LadderDraft): { min: number; max: number } | undefined {
  if (!Object.hasOwn(file, "scale")) return resolveScale(undefined);
  const { min, max } = file.scale ?? {};
  return min === undefined || max === undefined ? undefined : { min, max };
}

/** Ids are unique within sources, tracks, competencies, levels and questions. */
const uniqueIds: Rule = (file) => {
  const problems: PathMessage[] = [];
  for (const list of idLists) {
    const firstIndex = new Map<string, number>();
    const items: readonly { id?: string | undefined }[] = file[list] ?? [];
    items.forEach((item, index) => {
      if (item.id === undefined) return;
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
  (file.levels ?? []).forEach((level, index) => {
    if (level.id === undefined) return;
    const names: [string, (string | number)[]][] = [
      [level.id, [index, "id"]],
      ...(level.title === undefined ? [] : [[level.title, [index, "title"]] as [string, (string | number)[]]]),
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
  const trackIds = knownIds(file, "tracks");
  const sourceIds = knownIds(file, "sources");
  const competencyIds = knownIds(file, "competencies");
  const levelIds = knownIds(file, "levels");
  const rankById = new Map((file.levels ?? []).flatMap((level) => (level.id === undefined || level.rank === undefined ? [] : [[level.id, level.rank] as const])));
  // Matchers are built lazily and once per list: a file may have thousands of unknown references.
  const matchers = new Map<string, NameMatcher>();
  const unknown = (what: string, id: string, known: Iterable<string>) => {
    let matcher = matchers.get(what);
    if (!matcher) matchers.set(what, (matcher = new NameMatcher(known)));
    return `unknown ${what} "${id}"${matcher.didYouMean(id)}`;
  };

  (file.levels ?? []).forEach((level, index) => {
    if (trackIds) {
      level.tracks?.forEach((track, position) => {
        if (!trackIds.has(track)) problems.push({ path: ["levels", index, "tracks", position], message: unknown("track", track, trackIds) });
      });
    }
    if (sourceIds) {
      level.sources?.forEach((source, position) => {
        if (!sourceIds.has(source)) problems.push({ path: ["levels", index, "sources", position], message: unknown("source", source, sourceIds) });
      });
    }
    if (levelIds) {
      level.next?.forEach((next, position) => {
        const path = ["levels", index, "next", position];
        const rank = rankById.get(next);
        if (!levelIds.has(next)) problems.push({ path, message: unknown("level", next, levelIds) });
        else if (rank !== undefined && level.rank !== undefined && rank <= level.rank) {
          problems.push({ path, message: `next level "${next}" has rank ${rank}; next must point to a higher rank than ${level.rank}` });
        }
      });
    }
  });
  file.questions?.forEach((question, index) => {
    if (competencyIds && question.competency !== undefined && !competencyIds.has(question.competency)) {
      problems.push({ path: ["questions", index, "competency"], message: unknown("competency", question.competency, competencyIds) });
    }
    if (!trackIds) return;
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
  const range = knownRange(file);
  if (range && range.min > range.max) {
    problems.push({ path: ["scale", "max"], message: `scale max (${range.max}) must not be below min (${range.min})` });
  }
  if (range) {
    for (const key of Object.keys(file.scale?.labels ?? {})) {
      const value = Number(key);
      if (value < range.min || value > range.max) {
        problems.push({ path: ["scale", "labels", key], atKey: true, message: `label key ${key} lies outside the scale ${range.min}..${range.max}` });
      }
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
  const range = knownRange(file);
  // An inverted scale is reported once by scaleAndScoring; every score would be "off" it.
  const scale = range && range.min <= range.max ? range : undefined;
  const competencyIds = knownIds(file, "competencies");
  let competencyMatcher: NameMatcher | undefined;
  const offScale = (score: number) => `score ${score} is outside the scale ${scale?.min}..${scale?.max}`;
  (file.levels ?? []).forEach((level, index) => {
    const given = level.expectations;
    if (given === undefined) return;
    const base = ["levels", index, "expectations"];
    for (const [competency, expectation] of Object.entries(given)) {
      if (competencyIds && !competencyIds.has(competency)) {
        competencyMatcher ??= new NameMatcher(competencyIds);
        problems.push({ path: [...base, competency], atKey: true, message: `unknown competency "${competency}"${competencyMatcher.didYouMean(competency)}` });
        continue;
      }
      const score = typeof expectation === "object" ? expectation.score : expectation;
      if (scale && typeof score === "number" && (score < scale.min || score > scale.max)) {
        problems.push({ path: typeof expectation === "number" ? [...base, competency] : [...base, competency, "score"], message: offScale(score) });
      }
    }
    if (!competencyIds) return;
    const missing = [...competencyIds].filter((id) => !Object.hasOwn(given, id));
    if (missing.length > 0) {
      problems.push({
        path: base,
        atKey: true,
        message: `missing expectation for ${missing.map((id) => `"${id}"`).join(", ")}; every level needs one for every competency`,
      });
    } else if (Object.values(given).every(isNotExpected)) {
      problems.push({ path: base, atKey: true, message: `every expectation is ${NOT_EXPECTED}; a level expects at least one competency (give it a score)` });
    }
  });
  if (!scale) return problems;
  file.questions?.forEach((question, index) => {
    question.options?.forEach((option, position) => {
      if (option.score !== undefined && (option.score < scale.min || option.score > scale.max)) {
        problems.push({ path: ["questions", index, "options", position, "score"], message: offScale(option.score) });
      }
    });
  });
  return problems;
};

/**
 * Competency questions name a competency and score their options; track questions
 * give each option a track. A key that is there counts as given even when its value
 * is malformed (the schema reported that).
 */
const questionShapes: Rule = (file) => {
  const problems: PathMessage[] = [];
  file.questions?.forEach((question, index) => {
    const path = ["questions", index];
    const has = (key: keyof typeof question) => Object.hasOwn(question, key);
    if (has("kind") && question.kind === undefined) return;
    if ((question.kind ?? "competency") === "track") {
      if (has("competency")) {
        problems.push({ path: [...path, "competency"], atKey: true, message: "a track question has no competency; remove it or drop `kind: track`" });
      }
      if (!has("options")) problems.push({ path, message: "a track question needs options, each with a `track`" });
      question.options?.forEach((option, position) => {
        if (!Object.hasOwn(option, "track")) problems.push({ path: [...path, "options", position], message: 'missing required key "track" (a track question\'s options carry a track)' });
        if (Object.hasOwn(option, "score")) problems.push({ path: [...path, "options", position, "score"], atKey: true, message: "a track question's options carry a track, not a score" });
      });
    } else {
      if (!has("competency")) {
        problems.push({ path, message: 'missing required key "competency" (or set `kind: track` for a track question)' });
      }
      question.options?.forEach((option, position) => {
        if (!Object.hasOwn(option, "score")) problems.push({ path: [...path, "options", position], message: 'missing required key "score" (a competency question\'s options carry a score)' });
        if (Object.hasOwn(option, "track")) problems.push({ path: [...path, "options", position, "track"], atKey: true, message: "a competency question's options carry a score, not a track; use `kind: track` for a track question" });
      });
    }
  });
  return problems;
};

const rules: readonly Rule[] = [uniqueIds, unambiguousLevelNames, references, scaleAndScoring, expectations, questionShapes];

/**
 * Every cross-reference rule of the format: over a file that passed the schema,
 * or over the well-formed parts of one that did not (see LadderDraft).
 */
export function checkRules(file: LadderDraft): PathMessage[] {
  return rules.flatMap((rule) => rule(file));
}

type LevelFileEntry = LadderFile["levels"][number];

/** A file expectation's score; null for `n/a`. */
function scoreInFile(level: LevelFileEntry, competency: string): number | null {
  const raw = level.expectations[competency];
  const score = typeof raw === "object" ? raw.score : raw;
  return score === undefined || score === NOT_EXPECTED ? null : score;
}

/** Where the level says a fall of this competency is intended (`drop:`). */
function intendedDrop(level: LevelFileEntry, competency: string): boolean {
  const raw = level.expectations[competency];
  return typeof raw === "object" && raw.drop !== undefined;
}

/**
 * Expectations that fall as rank rises along a track, each reported once, where it
 * falls: a level is measured against the highest score of the nearest lower rank
 * of the track that expects the competency (`n/a` is skipped), so a level that
 * stays at the lowered score is not reported again. A fall marked `drop:` is no
 * warning; a `drop:` where nothing falls on any of the level's tracks is one.
 */
function fallingExpectations(file: LadderFile, indexed: readonly { level: LevelFileEntry; index: number; tracks: readonly string[] }[]): PathMessage[] {
  const problems: PathMessage[] = [];
  const falls = new Set<string>();
  for (const track of file.tracks) {
    const onTrack = indexed.filter((entry) => entry.tracks.includes(track.id)).sort((a, b) => a.level.rank - b.level.rank);
    // Per competency: the best score of the nearest lower rank that expects it, and of the current rank.
    const below = new Map<string, { score: number; id: string }>();
    let atRank = new Map<string, { score: number; id: string }>();
    let rank = Number.NaN;
    for (const entry of onTrack) {
      if (entry.level.rank !== rank) {
        for (const [competency, best] of atRank) below.set(competency, best);
        atRank = new Map();
        rank = entry.level.rank;
      }
      for (const competency of file.competencies) {
        const score = scoreInFile(entry.level, competency.id);
        if (score === null) continue;
        const earlier = below.get(competency.id);
        if (earlier && score < earlier.score) {
          const key = `${entry.index}\n${competency.id}`;
          // A level on several tracks that falls on each is one finding, named by its first track.
          const reported = falls.has(key);
          falls.add(key);
          if (!reported && !intendedDrop(entry.level, competency.id)) {
            problems.push({
              path: ["levels", entry.index, "expectations", competency.id],
              message: `expectation falls along track "${track.id}": ${score} here, ${earlier.score} at lower-ranked "${earlier.id}" (if intended, say why with \`drop:\`)`,
            });
          }
        }
        const best = atRank.get(competency.id);
        if (!best || score > best.score) atRank.set(competency.id, { score, id: entry.level.id });
      }
    }
  }
  for (const { level, index } of indexed) {
    for (const competency of file.competencies) {
      if (intendedDrop(level, competency.id) && !falls.has(`${index}\n${competency.id}`)) {
        problems.push({
          path: ["levels", index, "expectations", competency.id, "drop"],
          atKey: true,
          message: `\`drop:\` marks a fall as intended, but "${competency.id}" does not fall here on any track of "${level.id}"; remove it`,
        });
      }
    }
  }
  return problems;
}

/** Lint: not errors, but likely mistakes (`validate --strict` makes them errors). */
export function lintLadder(file: LadderFile): PathMessage[] {
  const indexed = file.levels.map((level, index) => ({ level, index, tracks: levelTracks(level, file.tracks) }));
  const problems = fallingExpectations(file, indexed);

  file.tracks.forEach((track, index) => {
    if (!indexed.some((entry) => entry.tracks.includes(track.id))) {
      problems.push({ path: ["tracks", index, "id"], message: `no level is on track "${track.id}"; nobody can be placed on it` });
    }
  });

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
    const vector = file.competencies.map((competency) => scoreInFile(level, competency.id) ?? NOT_EXPECTED).join(",");
    const twin = firstWithVector.get(vector);
    if (twin === undefined) firstWithVector.set(vector, level.id);
    else problems.push({ path: ["levels", index, "expectations"], atKey: true, message: `expectations are identical to those of level "${twin}"` });
  });
  return problems;
}
