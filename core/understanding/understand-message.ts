/**
 * One call that tells the rest of the product what a citizen wrote: kind and category (for
 * routing and deadlines), the ward and its police station, whether it is an emergency and
 * which hotlines to give, and the FAQ entries that may answer it at once.
 * Offline and deterministic ("baseline"); an optional model may refine it elsewhere.
 */
import type { CategoryCode, MessageKind } from "./categories.ts";
import type { MessageClassifier } from "./classify-message.ts";
import { defaultClassifier } from "./default-classifier.ts";
import { detectEmergency, type Hotline } from "./detect-emergency.ts";
import type { Gazetteer } from "./place-gazetteer.ts";
import { isConfident, type FaqIndex, type FaqMatch } from "./search-faq.ts";

/** What understandMessage needs; build these once at start-up. */
export interface UnderstandMessageDependencies {
  gazetteer: Gazetteer;
  faqIndex: FaqIndex;
  /** Defaults to the baseline classifier trained on our labelled messages. */
  classifier?: MessageClassifier;
}

/** Everything the baseline understood about one message. */
export interface MessageUnderstanding {
  kind: MessageKind;
  categoryCode: CategoryCode;
  confidence: number;
  wardCode: string | null;
  stationUnitCode: string | null;
  isUrgent: boolean;
  hotlines: Hotline[];
  faqMatches: FaqMatch[];
  /** True when the top FAQ match is safe to send as an instant answer. */
  isFaqConfident: boolean;
  method: "baseline";
  /** Why: classifier features, emergency cues and the place alias that matched. */
  reasons: string[];
}

/** Below this gazetteer score a mention is too ambiguous to route on ("Hòa Bình" alone is 0.6). */
export const MINIMUM_PLACE_SCORE = 0.5;

/**
 * Understands a citizen's message. Use on every new conversation's first message (and on
 * later ones that add detail); store the result on the ticket with `reasons` for officers.
 */
export function understandMessage(text: string, dependencies: UnderstandMessageDependencies): MessageUnderstanding {
  const classifier = dependencies.classifier ?? defaultClassifier();
  const classification = classifier.classify(text);
  const emergency = detectEmergency(text);
  const place = dependencies.gazetteer.resolvePlace(text);
  const acceptedPlace = place !== null && place.score >= MINIMUM_PLACE_SCORE ? place : null;
  const faqMatches = dependencies.faqIndex.search(text, { limit: 3 });
  return {
    kind: classification.kind,
    categoryCode: classification.categoryCode,
    confidence: classification.confidence,
    wardCode: acceptedPlace?.wardCode ?? null,
    stationUnitCode: acceptedPlace?.stationUnitCode ?? null,
    isUrgent: emergency.isEmergency,
    hotlines: emergency.hotlines,
    faqMatches,
    isFaqConfident: isConfident(faqMatches),
    method: "baseline",
    reasons: [
      ...classification.reasons,
      ...emergency.matched.map((cue) => `emergency:${cue}`),
      ...(acceptedPlace === null ? [] : [`place:${acceptedPlace.matchedAlias}`]),
    ],
  };
}
