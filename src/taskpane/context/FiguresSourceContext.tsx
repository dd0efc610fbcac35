import { createContext, useContext } from "react";
import type { FiguresSource, ServiceSettings } from "../services/FiguresSource";

/**
 * How the pane reaches the figures service: the clerk types the address and key in the pane, so the pane
 * asks for a source made with those settings (the API client in the add-in, a fake in tests).
 */
export type FiguresSourceFactory = (settings: ServiceSettings, lang: "vi" | "en") => FiguresSource;

export const FiguresSourceContext = createContext<FiguresSourceFactory | undefined>(undefined);

/** The factory of figures sources; undefined where no service is wired (paste still works). */
export const useFiguresSource = (): FiguresSourceFactory | undefined => useContext(FiguresSourceContext);
