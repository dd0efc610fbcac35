import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";

createRoot(document.getElementById("root") as HTMLElement).render(<Playground />);
