/** What `pm-ladder assess` receives from commander: its options, declared once. */
export interface AssessOptions {
  readonly answers?: string;
  readonly save?: string;
  readonly track?: string;
  readonly quick?: boolean;
  readonly batch?: string;
  readonly summary?: boolean;
}
