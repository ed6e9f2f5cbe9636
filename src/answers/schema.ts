import "../zod/jitless";
import * as z from "zod";
import { ANSWERS_SCHEMA_ID } from "./model";

/**
 * The shape of an answers file. Whether the ids exist and the numbers fit the
 * question or the scale depends on the ladder: see check.ts. Answers are whole
 * numbers rather than positive ones because a rating question on a scale from 0
 * is answered with 0. An empty `answers:` or `ratings:` (null) is none: a
 * hand-written file often keeps the heading with nothing under it yet.
 */
export const AnswersFileSchema = z.strictObject({
  schema: z.literal(ANSWERS_SCHEMA_ID).optional(),
  track: z.string().optional().describe("The track to place on, e.g. ic."),
  answers: z
    .record(z.string(), z.int())
    .nullish()
    .describe("Question id -> the option's number, counted from 1, or a score on the scale for a rating question."),
  ratings: z.record(z.string(), z.int()).nullish().describe("Competency id -> a score on the scale; overrides that competency's questions."),
});

export type AnswersFile = z.infer<typeof AnswersFileSchema>;
