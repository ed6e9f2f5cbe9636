import { NOT_EXPECTED, type Competency, type ExpectationEntry, type LadderFile, type LevelEntry, type QuestionEntry, type SourceEntry, type Track } from "./schema";

export type { Competency, SourceEntry, Track };

/** A level's expectation of one competency, in long form; `score` null: not expected at this level (`n/a`). */
export interface Expectation {
  readonly score: number | null;
  readonly text?: string;
  readonly examples: readonly string[];
}

/** The scale every score lies on; labels keyed by the score as a string. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly labels: Readonly<Record<string, string>>;
}

/** A level with every default applied: tracks, next rungs and lists resolved, an expectation in long form for every competency. */
export type Level = Omit<LevelEntry, "aliases" | "tracks" | "next" | "sources" | "responsibilities" | "skills" | "expectations"> & {
  readonly aliases: readonly string[];
  readonly tracks: readonly string[];
  readonly next: readonly string[];
  readonly sources: readonly string[];
  readonly responsibilities: readonly string[];
  readonly skills: readonly string[];
  readonly expectations: Readonly<Record<string, Expectation>>;
};

export type Question = Omit<QuestionEntry, "kind" | "options"> & {
  readonly kind: "competency" | "track";
  readonly options: NonNullable<QuestionEntry["options"]>;
};

/** The one in-memory ladder every command works on. Plain data, so it can be compiled to JSON at build time. */
export type Ladder = Omit<LadderFile, "schema" | "sources" | "scale" | "scoring" | "levels" | "questions"> & {
  readonly sources: readonly SourceEntry[];
  readonly scale: Scale;
  readonly scoring: { readonly threshold: number };
  /** In rank order; levels of equal rank keep their order in the file. */
  readonly levels: readonly Level[];
  readonly questions: readonly Question[];
};

export const DEFAULT_SCALE: Scale = {
  min: 1,
  max: 5,
  labels: { 1: "Learning", 2: "Developing", 3: "Proficient", 4: "Advanced", 5: "Leading" },
};

export const DEFAULT_THRESHOLD = 0.9;

export function resolveScale(scale: LadderFile["scale"]): Scale {
  if (!scale) return DEFAULT_SCALE;
  const isDefaultRange = scale.min === DEFAULT_SCALE.min && scale.max === DEFAULT_SCALE.max;
  return { min: scale.min, max: scale.max, labels: scale.labels ?? (isDefaultRange ? DEFAULT_SCALE.labels : {}) };
}

/** The tracks a level is on: its own list, or every track when it names none. */
export function levelTracks(level: Pick<LevelEntry, "tracks">, allTracks: readonly Track[]): string[] {
  return level.tracks ?? allTracks.map((track) => track.id);
}

/**
 * The default next rungs of every level: for each of its tracks, the lowest-ranked
 * levels above it on that track (so an IC rung at rank 4 does not hide a management
 * rung at rank 5), in file order. Per track the levels are kept sorted by rank, so
 * each level needs one binary search per track, not a scan of the whole ladder
 * (ladders of thousands of levels stay linear-ish).
 */
function defaultNextRungs(levels: readonly { entry: LevelEntry; tracks: readonly string[] }[]): string[][] {
  const byTrack = new Map<string, number[]>();
  levels.forEach((level, index) => {
    for (const track of level.tracks) {
      const list = byTrack.get(track);
      if (list) list.push(index);
      else byTrack.set(track, [index]);
    }
  });
  const rankAt = (index: number) => levels[index]!.entry.rank;
  for (const list of byTrack.values()) list.sort((a, b) => rankAt(a) - rankAt(b) || a - b);

  /** Position in `list` of the first level ranked above `rank`. */
  const firstAbove = (list: readonly number[], rank: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rankAt(list[middle]!) > rank) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  return levels.map(({ entry, tracks }) => {
    const indexes = new Set<number>();
    for (const track of new Set(tracks)) {
      const list = byTrack.get(track) ?? [];
      const start = firstAbove(list, entry.rank);
      if (start === list.length) continue;
      const lowestRank = rankAt(list[start]!);
      for (let position = start; position < list.length && rankAt(list[position]!) === lowestRank; position += 1) indexes.add(list[position]!);
    }
    return [...indexes].sort((a, b) => a - b).map((index) => levels[index]!.entry.id);
  });
}

/** An expectation of the file in the model's long form. */
function expectationOf(raw: ExpectationEntry): Expectation {
  if (typeof raw === "number") return { score: raw, examples: [] };
  if (raw === NOT_EXPECTED) return { score: null, examples: [] };
  return {
    score: raw.score === NOT_EXPECTED ? null : raw.score,
    ...(raw.text === undefined ? {} : { text: raw.text }),
    examples: raw.examples ?? [],
  };
}

/** Build the model from a file that passed the schema and every rule. */
export function buildLadder(file: LadderFile): Ladder {
  const withTracks = file.levels.map((entry) => ({ entry, tracks: levelTracks(entry, file.tracks) }));
  const nextRungs = defaultNextRungs(withTracks);
  const levels: Level[] = withTracks.map(({ entry, tracks }, index) => {
    const expectations: Record<string, Expectation> = {};
    for (const competency of file.competencies) {
      const raw = entry.expectations[competency.id];
      if (raw !== undefined) expectations[competency.id] = expectationOf(raw);
    }
    return {
      ...entry,
      aliases: entry.aliases ?? [],
      tracks,
      next: entry.next ?? nextRungs[index]!,
      sources: entry.sources ?? [],
      responsibilities: entry.responsibilities ?? [],
      skills: entry.skills ?? [],
      expectations,
    };
  });
  levels.sort((a, b) => a.rank - b.rank);

  return {
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
    sources: file.sources ?? [],
    scale: resolveScale(file.scale),
    scoring: { threshold: file.scoring?.threshold ?? DEFAULT_THRESHOLD },
    tracks: file.tracks,
    competencies: file.competencies,
    levels,
    questions: (file.questions ?? []).map((question) => ({
      ...question,
      kind: question.kind ?? "competency",
      options: question.options ?? [],
    })),
  };
}

/** Competencies sharing an area, in ladder order; `area` null for those without one. */
export interface CompetencyArea {
  readonly area: string | null;
  readonly competencies: readonly Competency[];
}

/**
 * The ladder's competencies grouped by area, areas in order of first appearance
 * (competencies without an area form a group of their own, at the place of the
 * first of them): one group with area null when the ladder names no area. Every
 * renderer groups with this, so all outputs group the same way.
 */
export function competencyAreas(ladder: Pick<Ladder, "competencies">): CompetencyArea[] {
  const groups = new Map<string | null, Competency[]>();
  for (const competency of ladder.competencies) {
    const area = competency.area ?? null;
    const group = groups.get(area);
    if (group) group.push(competency);
    else groups.set(area, [competency]);
  }
  return [...groups].map(([area, competencies]) => ({ area, competencies }));
}
