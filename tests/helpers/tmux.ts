import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A real pseudo-terminal for interactive tests: a detached tmux session on a
 * server and socket of its own (so tests never touch a user's tmux server, nor
 * wait for the previous test's server to exit), driven with send-keys and read
 * with capture-pane. tmux is required, not optional: without it these tests fail
 * rather than skip.
 */
export class TmuxSession {
  private static counter = 0;
  readonly name: string;
  /** In the temp folder, not tmux's own socket folder, and removed by kill(). */
  private readonly socket: string;

  private constructor(name: string) {
    this.name = name;
    this.socket = join(tmpdir(), `pm-ladder-tmux-${process.pid}-${name}`);
  }

  /** Start `command` (run by sh) in a fresh session of `width` x `height` cells. */
  static start(command: string, options: { width?: number; height?: number } = {}): TmuxSession {
    TmuxSession.counter += 1;
    const session = new TmuxSession(`s${TmuxSession.counter}-${Date.now().toString(36)}`);
    session.tmux(["new-session", "-d", "-s", session.name, "-x", String(options.width ?? 120), "-y", String(options.height ?? 40), command]);
    // Keep the pane (and what it shows) after the command ends, so the exit can be read.
    session.tmux(["set-option", "-t", session.name, "remain-on-exit", "on"]);
    return session;
  }

  private tmux(args: readonly string[]): string {
    return execFileSync("tmux", ["-S", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }

  /** The visible screen, as text. */
  screen(): string {
    return this.tmux(["capture-pane", "-p", "-J", "-t", this.name]);
  }

  /** Send tmux key names (`Down`, `Enter`, `C-c`) or literal text. */
  keys(...keys: string[]): void {
    this.tmux(["send-keys", "-t", this.name, ...keys]);
  }

  /** Whether the terminal's cursor is visible (inquirer hides it while a prompt is up). */
  cursorVisible(): boolean {
    return this.tmux(["display-message", "-p", "-t", this.name, "#{cursor_flag}"]).trim() === "1";
  }

  /** Send a signal to the processes the pane's shell started (the command under test), as `kill` from another terminal would. */
  signalCommand(signal: NodeJS.Signals): void {
    const shell = this.tmux(["display-message", "-p", "-t", this.name, "#{pane_pid}"]).trim();
    const children = execFileSync("pgrep", ["-P", shell], { encoding: "utf8" }).trim().split("\n");
    for (const pid of children) process.kill(Number(pid), signal);
  }

  /** Poll the screen until it shows `text` (or passes the test); fail with the screen after `timeoutMs`. */
  async waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
    const matches = typeof text === "string" ? (screen: string) => screen.includes(text) : text instanceof RegExp ? (screen: string) => text.test(screen) : text;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (matches(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** End the session and its server, and remove the socket (tmux leaves it behind). */
  kill(): void {
    try {
      this.tmux(["kill-server"]);
    } catch {
      // Already gone.
    }
    rmSync(this.socket, { force: true });
  }
}
