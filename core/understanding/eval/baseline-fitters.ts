/**
 * The baselines leave-one-round-out compares, each as a function that fits every learnable part
 * on some labelled messages (eval/leave-one-round-out.ts).
 */
import { createMessageClassifier } from "../classify-message.ts";
import { detectEmergency } from "../detect-emergency.ts";
import type { BaselineFitter } from "./leave-one-round-out.ts";

/**
 * The baseline as round 6 measured it: naive Bayes + cue lexicon, and the emergency rules and cue
 * phrases (nothing learned there).
 */
export const fitRoundSixBaseline: BaselineFitter = (training) => ({
  classifier: createMessageClassifier(training),
  emergencyDetector: detectEmergency,
});
