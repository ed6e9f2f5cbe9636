import type { Answers } from "../answers/model";
import type { Competency, Ladder, Question, Scale } from "../ladder/model";

/** One prompt of the questionnaire and where its answer is kept in the answers file. */
export interface QuestionnaireItem {
  /** `answers.<id>` for a question, `ratings.<id>` for a competency without questions. */
  readonly key: { readonly type: "answer" | "rating"; readonly id: string };
  /** The competency it assesses; undefined for a track question. */
  readonly competency: string | undefined;
  /** What the progress line names: the competency, or the career direction for a track question. */
  readonly group: string;
  readonly text: string;
  /** `options`: choices are the question's options, answered by number; `scale`: choices are scores on the scale. */
  readonly answerKind: "options" | "scale";
  /**
   * Whether the choices are shown with their position, which is what typing a number picks: always for options
   * (their number is what the answers file records), and for a scale that does not start at 1, whose scores are
   * not their positions. A scale from 1 shows the scores alone.
   */
  readonly numbered: boolean;
  readonly choices: readonly { readonly value: number; readonly label: string }[];
}

export interface QuestionnairePrompt {
  readonly item: QuestionnaireItem;
  /** 1-based position among the items of this run. */
  readonly position: number;
  readonly total: number;
  /** The answer already given (after going back), offered as the default. */
  readonly current: number | undefined;
  readonly canGoBack: boolean;
}

export type QuestionnaireReply = { readonly type: "answer"; readonly value: number } | { readonly type: "skip" } | { readonly type: "back" };

/** Puts one prompt to the person; the terminal implementation lives in src/ui/prompts.ts. */
export type Ask = (prompt: QuestionnairePrompt) => Promise<QuestionnaireReply>;

const DIRECTION_GROUP = "Your direction";

function scaleNumbered(scale: Scale): boolean {
  return scale.min !== 1;
}

function scaleChoices(scale: Scale): QuestionnaireItem["choices"] {
  const choices: { value: number; label: string }[] = [];
  for (let score = scale.min; score <= scale.max; score += 1) {
    const label = scale.labels[String(score)];
    if (scaleNumbered(scale)) choices.push({ value: score, label: label === undefined ? `score ${score}` : `${label} (score ${score})` });
    else choices.push({ value: score, label: label === undefined ? String(score) : `${score} ${label}` });
  }
  return choices;
}

function questionItem(question: Question, group: string, scale: Scale): QuestionnaireItem {
  return {
    key: { type: "answer", id: question.id },
    competency: question.kind === "track" ? undefined : question.competency,
    group,
    text: question.text,
    answerKind: question.options.length === 0 ? "scale" : "options",
    numbered: question.options.length > 0 || scaleNumbered(scale),
    choices: question.options.length === 0 ? scaleChoices(scale) : question.options.map((option, index) => ({ value: index + 1, label: option.text })),
  };
}

function ratingItem(competency: Competency, scale: Scale): QuestionnaireItem {
  const text = `How would you rate yourself on ${competency.name}?${competency.description ? `\n${competency.description}` : ""}`;
  return { key: { type: "rating", id: competency.id }, competency: competency.id, group: competency.name, text, answerKind: "scale", numbered: scaleNumbered(scale), choices: scaleChoices(scale) };
}

/**
 * Everything the questionnaire asks, grouped by competency in ladder order (each
 * competency's questions in file order; a competency no question covers gets a
 * rating on the scale), then the track questions. `quick` keeps the first
 * question of each competency and the first track question.
 */
export function questionnaireItems(ladder: Ladder, options: { readonly quick?: boolean } = {}): QuestionnaireItem[] {
  const items: QuestionnaireItem[] = [];
  for (const competency of ladder.competencies) {
    const own = ladder.questions.filter((question) => question.kind === "competency" && question.competency === competency.id);
    if (own.length === 0) items.push(ratingItem(competency, ladder.scale));
    for (const question of options.quick ? own.slice(0, 1) : own) items.push(questionItem(question, competency.name, ladder.scale));
  }
  const direction = ladder.questions.filter((question) => question.kind === "track");
  for (const question of options.quick ? direction.slice(0, 1) : direction) items.push(questionItem(question, DIRECTION_GROUP, ladder.scale));
  return items;
}

function answerOf(answers: Answers, item: QuestionnaireItem): number | undefined {
  const map = item.key.type === "answer" ? answers.answers : answers.ratings;
  return Object.hasOwn(map, item.key.id) ? map[item.key.id] : undefined;
}

/** The items still to ask: not answered, and not about a competency the person rated directly (a rating overrides its questions). */
export function unansweredItems(items: readonly QuestionnaireItem[], answers: Answers): QuestionnaireItem[] {
  return items.filter(
    (item) => answerOf(answers, item) === undefined && !(item.competency !== undefined && Object.hasOwn(answers.ratings, item.competency)),
  );
}

/**
 * Ask `items` in order, starting from `initial`: an answer is kept and moves on,
 * skip removes any earlier answer and moves on, back returns to the previous item
 * with its answer as the default. `onChange` receives the answers after every
 * change (to save them), and is awaited before the next prompt.
 */
export async function runQuestionnaire(
  items: readonly QuestionnaireItem[],
  initial: Answers,
  ask: Ask,
  onChange: (answers: Answers) => Promise<void> | void = () => {},
): Promise<Answers> {
  const answers: Record<string, number> = { ...initial.answers };
  const ratings: Record<string, number> = { ...initial.ratings };
  const snapshot = (): Answers => ({ ...(initial.track === undefined ? {} : { track: initial.track }), answers: { ...answers }, ratings: { ...ratings } });

  let index = 0;
  while (index < items.length) {
    const item = items[index]!;
    const map = item.key.type === "answer" ? answers : ratings;
    const current = Object.hasOwn(map, item.key.id) ? map[item.key.id] : undefined;
    const reply = await ask({ item, position: index + 1, total: items.length, current, canGoBack: index > 0 });
    if (reply.type === "back") {
      index = Math.max(0, index - 1);
      continue;
    }
    if (reply.type === "answer") {
      map[item.key.id] = reply.value;
      await onChange(snapshot());
    } else if (current !== undefined) {
      delete map[item.key.id];
      await onChange(snapshot());
    }
    index += 1;
  }
  return snapshot();
}
