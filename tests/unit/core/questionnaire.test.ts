import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/answers/model";
import { questionnaireItems, runQuestionnaire, unansweredItems, type Ask, type QuestionnaireReply } from "../../../src/core/questionnaire";
import { loadFixtureLadder } from "../../helpers/ladders";
import { inlineLadder, tinyLadder } from "../../helpers/tiny-ladder";

const ladder = tinyLadder();
const keys = (items: ReturnType<typeof questionnaireItems>) => items.map((item) => `${item.key.type}:${item.key.id}`);

/** An `ask` that plays back scripted replies and records what it was asked. */
function scripted(replies: QuestionnaireReply[]) {
  const asked: { id: string; position: number; total: number; current: number | undefined; canGoBack: boolean; group: string }[] = [];
  const ask: Ask = async (prompt) => {
    asked.push({ id: prompt.item.key.id, position: prompt.position, total: prompt.total, current: prompt.current, canGoBack: prompt.canGoBack, group: prompt.item.group });
    const reply = replies.shift();
    if (!reply) throw new Error(`no scripted reply for ${prompt.item.key.id}`);
    return reply;
  };
  return { ask, asked };
}
const answer = (value: number): QuestionnaireReply => ({ type: "answer", value });
const skip: QuestionnaireReply = { type: "skip" };
const back: QuestionnaireReply = { type: "back" };
const empty: Answers = { answers: {}, ratings: {} };

describe("questionnaireItems", () => {
  it("groups questions by competency in ladder order, track questions last", () => {
    const items = questionnaireItems(ladder);
    expect(keys(items)).toEqual(["answer:a-choice", "answer:a-rating", "answer:b-choice", "answer:direction", "answer:direction-again"]);
    expect(items.map((item) => item.group)).toEqual(["Alpha", "Alpha", "Beta", "Your direction", "Your direction"]);
  });

  it("offers options by number and rating questions on the scale with its labels", () => {
    const [choice, rating] = questionnaireItems(ladder);
    expect(choice?.answerKind).toBe("options");
    expect(choice?.choices).toEqual([{ value: 1, label: "Low" }, { value: 2, label: "Middle" }, { value: 3, label: "High" }]);
    expect(rating?.answerKind).toBe("scale");
    expect(rating?.choices.map((choice) => choice.label)).toEqual(["1 Learning", "2 Developing", "3 Proficient", "4 Advanced", "5 Leading"]);
    // On a scale from 1 the score is the position, so it needs no number of its own.
    expect([choice?.numbered, rating?.numbered]).toEqual([true, false]);
  });

  it("--quick keeps the first question of each competency and the first track question", () => {
    expect(keys(questionnaireItems(ladder, { quick: true }))).toEqual(["answer:a-choice", "answer:b-choice", "answer:direction"]);
  });

  it("asks a rating for each competency of a ladder without questions", () => {
    const bare = inlineLadder(`
schema: pm-ladder/v1
name: Bare
scale: { min: 0, max: 2, labels: { 0: None, 2: Lots } }
tracks: [{ id: t, name: T }]
competencies: [{ id: x, name: X, description: What x is. }, { id: y, name: Y }]
levels: [{ id: l, title: L, rank: 1, summary: L., expectations: { x: 1, y: 1 } }]
`);
    const items = questionnaireItems(bare);
    expect(keys(items)).toEqual(["rating:x", "rating:y"]);
    expect(items[0]?.text).toBe("How would you rate yourself on X?\nWhat x is.");
    // Typing a number picks by position, so a scale from 0 is numbered and names its scores apart from the positions.
    expect(items[0]?.numbered).toBe(true);
    expect(items[0]?.choices).toEqual([{ value: 0, label: "None (score 0)" }, { value: 1, label: "score 1" }, { value: 2, label: "Lots (score 2)" }]);
  });

  it("asks a rating for a competency no question covers", () => {
    // custom.yaml: craft has a choice question; critique and hiring have rating questions.
    expect(keys(questionnaireItems(loadFixtureLadder("custom.yaml")))).toEqual(["answer:polish", "answer:critique-rating", "answer:hiring-rating", "answer:path"]);
    const partial = inlineLadder(`
schema: pm-ladder/v1
name: Partial
tracks: [{ id: t, name: T }]
competencies: [{ id: x, name: X }, { id: y, name: Y }]
levels: [{ id: l, title: L, rank: 1, summary: L., expectations: { x: 1, y: 1 } }]
questions: [{ id: qx, competency: x, text: X? }]
`);
    expect(keys(questionnaireItems(partial))).toEqual(["answer:qx", "rating:y"]);
  });
});

describe("unansweredItems", () => {
  it("leaves out answered questions and the questions of a rated competency", () => {
    const items = questionnaireItems(ladder);
    expect(keys(unansweredItems(items, { answers: { "a-choice": 1, direction: 2 }, ratings: { b: 3 } }))).toEqual(["answer:a-rating", "answer:direction-again"]);
  });
});

describe("runQuestionnaire", () => {
  it("asks every item in order with its progress, and returns the answers", async () => {
    const { ask, asked } = scripted([answer(2), answer(4), answer(1), answer(2), answer(1)]);
    const result = await runQuestionnaire(questionnaireItems(ladder), empty, ask);
    expect(result).toEqual({ answers: { "a-choice": 2, "a-rating": 4, "b-choice": 1, direction: 2, "direction-again": 1 }, ratings: {} });
    expect(asked.map((entry) => `${entry.group} · ${entry.position} of ${entry.total}`)).toEqual([
      "Alpha · 1 of 5",
      "Alpha · 2 of 5",
      "Beta · 3 of 5",
      "Your direction · 4 of 5",
      "Your direction · 5 of 5",
    ]);
    expect(asked.map((entry) => entry.canGoBack)).toEqual([false, true, true, true, true]);
  });

  it("skips: the item stays unanswered", async () => {
    const { ask } = scripted([skip, answer(3), skip]);
    const result = await runQuestionnaire(questionnaireItems(ladder, { quick: true }), empty, ask);
    expect(result).toEqual({ answers: { "b-choice": 3 }, ratings: {} });
  });

  it("goes back to the previous item with its answer as the default, and a new answer replaces it", async () => {
    const { ask, asked } = scripted([answer(1), answer(2), back, back, answer(3), answer(2), answer(1)]);
    const result = await runQuestionnaire(questionnaireItems(ladder, { quick: true }), empty, ask);
    expect(asked.map((entry) => [entry.id, entry.current])).toEqual([
      ["a-choice", undefined],
      ["b-choice", undefined],
      ["direction", undefined],
      ["b-choice", 2],
      ["a-choice", 1],
      ["b-choice", 2],
      ["direction", undefined],
    ]);
    expect(result.answers).toEqual({ "a-choice": 3, "b-choice": 2, direction: 1 });
  });

  it("skipping an item answered before removes its answer", async () => {
    const { ask } = scripted([answer(1), back, skip, answer(2), answer(1)]);
    const result = await runQuestionnaire(questionnaireItems(ladder, { quick: true }), empty, ask);
    expect(result.answers).toEqual({ "b-choice": 2, direction: 1 });
  });

  it("reports the answers after every change, to save them", async () => {
    const saved: Answers[] = [];
    const { ask } = scripted([answer(1), skip, answer(2)]);
    await runQuestionnaire(questionnaireItems(ladder, { quick: true }), { track: "ic", answers: {}, ratings: { a: 5 } }, ask, (answers) => {
      saved.push(answers);
    });
    expect(saved).toEqual([
      { track: "ic", answers: { "a-choice": 1 }, ratings: { a: 5 } },
      { track: "ic", answers: { "a-choice": 1, direction: 2 }, ratings: { a: 5 } },
    ]);
  });

  it("resumes: only the unanswered items are asked, and earlier answers are kept", async () => {
    const initial: Answers = { answers: { "a-choice": 3, "a-rating": 2 }, ratings: {} };
    const items = unansweredItems(questionnaireItems(ladder), initial);
    const { ask, asked } = scripted([answer(2), answer(1), answer(1)]);
    const result = await runQuestionnaire(items, initial, ask);
    expect(asked.map((entry) => `${entry.id} ${entry.position}/${entry.total}`)).toEqual(["b-choice 1/3", "direction 2/3", "direction-again 3/3"]);
    expect(result.answers).toEqual({ "a-choice": 3, "a-rating": 2, "b-choice": 2, direction: 1, "direction-again": 1 });
  });

  it("stores a competency rating under ratings", async () => {
    const partial = inlineLadder(`
schema: pm-ladder/v1
name: Partial
tracks: [{ id: t, name: T }]
competencies: [{ id: x, name: X }]
levels: [{ id: l, title: L, rank: 1, summary: L., expectations: { x: 1 } }]
`);
    const { ask } = scripted([answer(4)]);
    expect(await runQuestionnaire(questionnaireItems(partial), empty, ask)).toEqual({ answers: {}, ratings: { x: 4 } });
  });

  it("stops when ask rejects (Ctrl-C), keeping what was saved before", async () => {
    const saved: Answers[] = [];
    let calls = 0;
    const ask: Ask = async () => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" });
      return answer(1);
    };
    await expect(runQuestionnaire(questionnaireItems(ladder), empty, ask, (answers) => void saved.push(answers))).rejects.toThrow("force closed");
    expect(saved).toEqual([{ answers: { "a-choice": 1 }, ratings: {} }]);
  });
});
