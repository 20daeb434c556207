// Worker threads start without tsx's loader (it is registered per thread): register it, then run the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./http-load-worker.ts");
