import type { TAppDeps } from "../core/app-deps.ts";
import type { TChannelRuntime } from "./channel-runtime.ts";
import { createTelegramChannel } from "./channels/telegram/create-telegram-channel.ts";
import { createZaloChannel } from "./channels/zalo/create-zalo-channel.ts";

/** Builds the chat channels whose tokens are configured. */
export async function startChannels(deps: TAppDeps): Promise<TChannelRuntime[]> {
  const channels: TChannelRuntime[] = [];
  if (deps.config.telegram) channels.push(createTelegramChannel(deps));
  if (deps.config.zalo) channels.push(createZaloChannel(deps));
  return channels;
}
