import type { TAppDeps } from "../core/app-deps.ts";
import type { TChannelRuntime } from "./channel-runtime.ts";

/** Builds the chat channels whose tokens are configured. */
export async function startChannels(deps: TAppDeps): Promise<TChannelRuntime[]> {
  const channels: TChannelRuntime[] = [];
  void deps;
  return channels;
}
