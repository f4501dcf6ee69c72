/** The viewer's choices, as one value the toolbar edits. */
export interface LogSettings {
  /** A container name, or {@link allContainers}. */
  readonly container: string;
  /** `undefined`: the whole log. */
  readonly tailLines: number | undefined;
  readonly sinceSeconds: number | undefined;
  readonly timestamps: boolean;
  readonly previous: boolean;
  readonly wrap: boolean;
}

/** The container choice that streams every container of every pod. */
export const allContainers = '*';

/** Tail choices offered (lines from the end); `0` stands for the whole log. */
export const tailChoices = [100, 500, 1000, 10_000, 0] as const;

/** Time-window choices offered, in seconds; `0` stands for no limit. */
export const sinceChoices = [0, 300, 3600, 6 * 3600, 86_400] as const;

/** What a viewer starts with. */
export const initialLogSettings: LogSettings = {
  container: '',
  tailLines: 500,
  sinceSeconds: undefined,
  timestamps: false,
  previous: false,
  wrap: false,
};
