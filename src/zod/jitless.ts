import * as z from "zod";

// A CLI parses each file once: zod's JIT (a function compiled per object schema on its
// first parse) costs more than it saves. Each schema reads the setting when it is built,
// so every schema module imports this file before it builds any.
z.config({ jitless: true });
