import { createRoot } from "react-dom/client";
import { figuresSourceFromClient } from "../taskpane/host/figuresSourceFromClient";
import { Playground } from "./Playground";

// The figures service is reached as the pane reaches it in Word: through the API client, at /api on this
// origin (the dev server proxies it to the service started by `npm start`).
createRoot(document.getElementById("root") as HTMLElement).render(
  <Playground figuresSource={figuresSourceFromClient} />,
);
