// Word lists shared by several passes: one copy each. Lists used by one module only live beside it.

/** The possessive clitic as the tokenizer splits it ("Japan's" -> "Japan" + "'s"; "Reuters'" -> "'"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'"]);
