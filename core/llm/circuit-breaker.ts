/**
 * Stops asking a failing model for a while, so an outage or a rate limit does not add a time-out
 * to every citizen's message. After `failureThreshold` consecutive unavailability failures
 * (time-out, 429, 5xx, network) the circuit opens for `cooldownMs`; the first call after that is a
 * trial that closes it again on success. Pure state plus an injected clock.
 */
import type { Clock } from "../time/clock.ts";
import type { FallbackReason } from "./model-fallback.ts";

/** Failures that say the endpoint is unavailable (bad answers do not open the circuit). */
const UNAVAILABLE: ReadonlySet<FallbackReason> = new Set(["timeout", "rate_limited", "server_error", "network_error"]);

/** Tuning; the defaults suit a chat bot (3 failures, 60 s pause). */
export interface CircuitBreakerOptions {
  failureThreshold?: number;
  cooldownMs?: number;
}

/** The breaker of one endpoint. */
export interface CircuitBreaker {
  /** False while open: do not call the model. */
  canCall(): boolean;
  recordSuccess(): void;
  recordFailure(reason: FallbackReason): void;
  isOpen(): boolean;
}

export function createCircuitBreaker(clock: Clock, options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? 3;
  const cooldownMs = options.cooldownMs ?? 60_000;
  let consecutiveFailures = 0;
  let openUntil = 0;
  const isOpen = () => clock.now().getTime() < openUntil;
  return {
    canCall: () => !isOpen(),
    isOpen,
    recordSuccess() {
      consecutiveFailures = 0;
      openUntil = 0;
    },
    recordFailure(reason) {
      if (!UNAVAILABLE.has(reason)) return;
      consecutiveFailures += 1;
      if (consecutiveFailures >= threshold) {
        openUntil = clock.now().getTime() + cooldownMs;
        consecutiveFailures = threshold - 1; // after the pause, one more failure re-opens it
      }
    },
  };
}
