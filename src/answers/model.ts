/** The `schema:` value an answers file may carry. */
export const ANSWERS_SCHEMA_ID = "pm-ladder/answers-v1";

/**
 * A person's answers, checked against a ladder: every id is known, every option
 * number exists, every score lies on the scale. What the scorer and the
 * questionnaire work on, and what an answers file holds.
 */
export interface Answers {
  /** The track to place on, when the person named one. */
  readonly track?: string;
  /** Question id → the option's number (from 1), or a score on the scale for a rating question. */
  readonly answers: Readonly<Record<string, number>>;
  /** Competency id → a score on the scale; overrides the questions of that competency. */
  readonly ratings: Readonly<Record<string, number>>;
}

export const NO_ANSWERS: Answers = { answers: {}, ratings: {} };

/** Whether any question is answered or any competency rated. */
export function hasAnyAnswer(answers: Answers): boolean {
  return Object.keys(answers.answers).length > 0 || Object.keys(answers.ratings).length > 0;
}
