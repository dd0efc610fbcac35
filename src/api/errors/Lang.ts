/** The language of the client's messages: Vietnamese for clerks, English beside it. */
export type Lang = "vi" | "en";
