/**
 * The baselines leave-one-round-out compares, each as a function that fits every learnable part
 * on some labelled messages (eval/leave-one-round-out.ts).
 */
import { createMessageClassifier, ROUND_SIX_CLASSIFIER_OPTIONS } from "../classify-message.ts";
import { createEmergencyDetector, detectEmergencyByRules } from "../detect-emergency.ts";
import { createEmergencyScorer, EMERGENCY_SCORE_THRESHOLD } from "../emergency-scorer.ts";
import { fitFoldedRootDisambiguator } from "../folded-root-disambiguator.ts";
import type { BaselineFitter } from "./leave-one-round-out.ts";

/**
 * The baseline as round 6 measured it: naive Bayes + cue lexicon, and the emergency rules and cue
 * phrases (nothing learned there).
 */
export const fitRoundSixBaseline: BaselineFitter = (training) => ({
  classifier: createMessageClassifier(training, ROUND_SIX_CLASSIFIER_OPTIONS),
  emergencyDetector: detectEmergencyByRules,
});

/** The baseline the product runs (default-classifier.ts, detectEmergency), fitted on `training`. */
export const fitCurrentBaseline: BaselineFitter = (training) => ({
  classifier: createMessageClassifier(training),
  emergencyDetector: createEmergencyDetector(createEmergencyScorer(training), EMERGENCY_SCORE_THRESHOLD, fitFoldedRootDisambiguator(training)),
});
