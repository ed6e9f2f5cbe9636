import * as z from "zod";
import { isMapping } from "../plain-data";
import { CompetencySchema, ExpectationSchema, LadderFileSchema, LevelSchema, OptionSchema, QuestionSchema, ScaleSchema, SourceSchema, TextSchema, TrackSchema, type LadderFile } from "./schema";

/** T with every key optional, all the way down; lists keep one entry per element. */
type Draft<T> = T extends readonly (infer Element)[] ? Draft<Element>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T;

/**
 * The parts of a ladder file that are well-formed on their own: what the
 * cross-reference rules can still check when the schema refused the file as a
 * whole, so that one run reports every problem. A key whose value fails its own
 * schema stays, with the value undefined (the schema's issues already name it,
 * and the rules must not call it missing); lists keep their length, so indexes
 * in the rules' paths are those of the file.
 */
export type LadderDraft = Draft<LadderFile>;

type Salvage = (raw: unknown) => unknown;

/** `schema`'s keys that `raw` has: the value where it passes on its own (salvaged further where `deeper` says how), else undefined. */
function fields(schema: z.ZodObject, deeper: Readonly<Record<string, Salvage>> = {}): Salvage {
  return (raw) => {
    if (!isMapping(raw)) return {};
    const draft: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(schema.shape)) {
      if (!Object.hasOwn(raw, key)) continue;
      const salvage = deeper[key];
      const parsed = salvage ? undefined : (fieldSchema as z.ZodType).safeParse(raw[key]);
      draft[key] = salvage ? salvage(raw[key]) : parsed?.success ? parsed.data : undefined;
    }
    return draft;
  };
}

/** Each element salvaged on its own; not a list: undefined. */
function list(salvageElement: Salvage): Salvage {
  return (raw) => (Array.isArray(raw) ? raw.map(salvageElement) : undefined);
}

/** Every key, its value where it passes `schema` on its own, else undefined; not a mapping: undefined. */
function entries(schema: z.ZodType): Salvage {
  return (raw) => {
    if (!isMapping(raw)) return undefined;
    const draft: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const parsed = schema.safeParse(value);
      draft[key] = parsed.success ? parsed.data : undefined;
    }
    return draft;
  };
}

const salvageLadder = fields(LadderFileSchema, {
  sources: list(fields(SourceSchema)),
  scale: fields(ScaleSchema, { labels: entries(TextSchema) }),
  tracks: list(fields(TrackSchema)),
  competencies: list(fields(CompetencySchema)),
  levels: list(fields(LevelSchema, { expectations: entries(ExpectationSchema) })),
  questions: list(fields(QuestionSchema, { options: list(fields(OptionSchema)) })),
});

/** The well-formed parts of a ladder file's data (see LadderDraft). */
export function draftLadder(data: unknown): LadderDraft {
  return salvageLadder(data) as LadderDraft;
}
