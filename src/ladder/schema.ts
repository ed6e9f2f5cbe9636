import "../zod/jitless";
import * as z from "zod";

/** The `schema:` value a ladder file must carry. */
export const LADDER_SCHEMA_ID = "pm-ladder/v1";

export const IdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: "expected a kebab-case id: lowercase letters, digits and hyphens, starting with a letter" })
  .describe("A kebab-case id, unique within its list.");

/** Text a person reads: at least one character that is not a space, as a blank title or summary shows nothing. */
export const TextSchema = z.string().regex(/\S/, { error: "must not be empty or blank; write the text, or leave out the key where it is optional" });

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  author: TextSchema.optional(),
  url: TextSchema.optional(),
});

export const ScaleSchema = z.strictObject({
  min: z.int(),
  max: z.int(),
  labels: z
    .record(z.string().regex(/^-?\d+$/, { error: "expected a whole-number key on the scale" }), TextSchema)
    .optional()
    .describe("Score -> label, e.g. {1: Learning, 5: Leading}."),
});

export const ScoringSchema = z.strictObject({
  threshold: z.number().describe("Share of a level's expectations that must be covered to reach it: 0 < threshold <= 1."),
});

export const TrackSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: TextSchema.optional(),
});

export const CompetencySchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  area: TextSchema.optional(),
  description: TextSchema.optional(),
  growth: z.array(TextSchema).optional().describe("Concrete ways to grow, shown in gap reports."),
});

/** `n/a`: the level does not expect the competency (left out of its fit, no gap). */
export const NOT_EXPECTED = "n/a";

export const ExpectationScoreSchema = z.union([z.int(), z.literal(NOT_EXPECTED)], {
  error: `expected a score (a whole number) or \`${NOT_EXPECTED}\` (not expected at this level)`,
});

export const ExpectationObjectSchema = z.strictObject({
  score: ExpectationScoreSchema,
  text: TextSchema.optional(),
  examples: z.array(TextSchema).optional().describe("Concrete behaviours or evidence at this level."),
  drop: TextSchema.optional().describe("Why this score is lower than at a lower-ranked level of the same track: the fall is intended, and lint does not report it."),
});

export const ExpectationSchema = z.union([z.int(), z.literal(NOT_EXPECTED), ExpectationObjectSchema], {
  error: `expected a score (a whole number), \`${NOT_EXPECTED}\`, or a mapping with \`score\` and \`text\``,
});

export const LevelSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  aliases: z.array(TextSchema).optional(),
  rank: z.int().min(1).describe("Higher is more senior."),
  tracks: z.array(IdSchema).optional().describe("Omitted: every track."),
  summary: TextSchema,
  scope: TextSchema.optional(),
  responsibilities: z.array(TextSchema).optional(),
  skills: z.array(TextSchema).optional(),
  next: z.array(IdSchema).optional().describe("Omitted: for each track of this level, the lowest-ranked levels above it on that track."),
  sources: z.array(IdSchema).optional(),
  expectations: z.record(z.string(), ExpectationSchema).describe("One entry for every competency id."),
});

export const OptionSchema = z.strictObject({
  text: TextSchema,
  score: z.int().optional().describe("For competency questions."),
  track: IdSchema.optional().describe("For track questions."),
});

export const QuestionSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(["competency", "track"]).optional().describe("Default: competency."),
  competency: IdSchema.optional(),
  text: TextSchema,
  options: z.array(OptionSchema).min(2).optional().describe("Without options the answer is a rating on the scale."),
});

export const LadderFileSchema = z.strictObject({
  schema: z.literal(LADDER_SCHEMA_ID),
  name: TextSchema,
  description: TextSchema.optional(),
  sources: z.array(SourceSchema).optional(),
  scale: ScaleSchema.optional(),
  scoring: ScoringSchema.optional(),
  tracks: z.array(TrackSchema).min(1),
  competencies: z.array(CompetencySchema).min(1),
  levels: z.array(LevelSchema).min(1),
  questions: z.array(QuestionSchema).optional(),
});

export type LadderFile = z.infer<typeof LadderFileSchema>;
export type SourceEntry = z.infer<typeof SourceSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type Competency = z.infer<typeof CompetencySchema>;
export type LevelEntry = z.infer<typeof LevelSchema>;
export type QuestionEntry = z.infer<typeof QuestionSchema>;
export type ExpectationEntry = z.infer<typeof ExpectationSchema>;
