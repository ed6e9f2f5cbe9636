import type { Competency, Expectation, LadderFile, LevelEntry, QuestionEntry, SourceEntry, Track } from "./schema";

export type { Competency, Expectation, SourceEntry, Track };

/** The scale every score lies on; labels keyed by the score as a string. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly labels: Readonly<Record<string, string>>;
}

/** A level with every default applied: tracks, next rungs and lists resolved, expectations in long form. */
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

/** The default next rungs: the lowest-ranked levels above `level` that share at least one of its tracks. */
function defaultNext(level: LevelEntry, tracks: readonly string[], levels: readonly { entry: LevelEntry; tracks: readonly string[] }[]) {
  let lowestRank = Number.POSITIVE_INFINITY;
  let ids: string[] = [];
  for (const other of levels) {
    if (other.entry.rank <= level.rank || !other.tracks.some((track) => tracks.includes(track))) continue;
    if (other.entry.rank < lowestRank) {
      lowestRank = other.entry.rank;
      ids = [other.entry.id];
    } else if (other.entry.rank === lowestRank) {
      ids.push(other.entry.id);
    }
  }
  return ids;
}

/** Build the model from a file that passed the schema and every rule. */
export function buildLadder(file: LadderFile): Ladder {
  const withTracks = file.levels.map((entry) => ({ entry, tracks: levelTracks(entry, file.tracks) }));
  const levels: Level[] = withTracks.map(({ entry, tracks }) => {
    const expectations: Record<string, Expectation> = {};
    for (const competency of file.competencies) {
      const raw = entry.expectations[competency.id];
      if (raw !== undefined) expectations[competency.id] = typeof raw === "number" ? { score: raw } : raw;
    }
    return {
      ...entry,
      aliases: entry.aliases ?? [],
      tracks,
      next: entry.next ?? defaultNext(entry, tracks, withTracks),
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
