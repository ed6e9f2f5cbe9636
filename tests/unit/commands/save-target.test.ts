import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkSaveTarget } from "../../../src/commands/assess/save-target";
import { UserError } from "../../../src/errors";
import { createSandbox, type Sandbox } from "../../helpers/sandbox";
import { tinyLadder } from "../../helpers/tiny-ladder";

const ladder = tinyLadder();
const answersText = "answers:\n  a-choice: 2\n";

async function refusal(options: { save?: string; answers?: string }): Promise<UserError> {
  const error = await checkSaveTarget(options, ladder).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}

describe("the --save target policy", () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = createSandbox();
  });
  afterEach(() => sandbox.remove());

  it("accepts no --save, and a path that does not exist yet", async () => {
    await expect(checkSaveTarget({}, ladder)).resolves.toBeUndefined();
    await expect(checkSaveTarget({ save: join(sandbox.dir, "new.yaml") }, ladder)).resolves.toBeUndefined();
  });

  it("refuses an empty path and -, as usage errors", async () => {
    expect((await refusal({ save: "" })).message).toBe("--save needs a file path, and it was given an empty one");
    const dash = await refusal({ save: "-" });
    expect(dash.message).toContain("- is not one");
    expect(dash.exitCode).toBe(2);
  });

  it("refuses a directory, suggesting a file inside it", async () => {
    const folder = join(sandbox.dir, "folder");
    mkdirSync(folder);
    const error = await refusal({ save: folder });
    expect(error.message).toBe(`cannot write ${folder}: it is a directory`);
    expect(error.hint).toBe(`pass a file path inside it: --save ${join(folder, "me.yaml")}`);
  });

  it("refuses a file that is not answers for this ladder", async () => {
    const notes = sandbox.write("notes.yaml", "shopping: [milk]\n");
    expect((await refusal({ save: notes })).message).toBe(`${notes} already exists and is not an answers file for this ladder; --save would replace it`);
  });

  it("refuses an answers file this run did not load, and says how to resume from it", async () => {
    const me = sandbox.write("me.yaml", answersText);
    const error = await refusal({ save: me });
    expect(error.message).toBe(`${me} already exists; --save would replace the answers in it`);
    expect(error.hint).toContain(`--answers ${me} --save ${me}`);
    const other = sandbox.write("other.yaml", answersText);
    await expect(checkSaveTarget({ save: me, answers: other }, ladder)).rejects.toBeInstanceOf(UserError);
  });

  it("accepts the answers file the run resumes from, however the path is spelled", async () => {
    const me = sandbox.write("me.yaml", answersText);
    await expect(checkSaveTarget({ save: me, answers: join(sandbox.dir, ".", "me.yaml") }, ladder)).resolves.toBeUndefined();
  });
});
