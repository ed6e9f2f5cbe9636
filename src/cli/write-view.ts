import { renderView, viewFormats, type View } from "../render/view";
import type { CommandIO } from "./command-io";
import { chooseFormat } from "./options";

/** Render a command's result in the format asked for and write it to stdout. */
export async function writeView(io: CommandIO, view: View, command: string): Promise<void> {
  const format = chooseFormat(io.global, viewFormats(view), command);
  io.out(await renderView(view, format));
}
