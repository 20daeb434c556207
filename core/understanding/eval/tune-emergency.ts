/**
 * Development check of the emergency detector on TRAIN only: recall and false alarms on rounds
 * 1–3 (what the cues and rules were written from) and on round 4 ("dev": folded into TRAIN at
 * the start of round 5, never tuned on before), with the misses of each. Never reads round 5.
 *
 *   npx tsx core/understanding/eval/tune-emergency.ts [--details]
 */
import { detectEmergency } from "../detect-emergency.ts";
import { LABELLED_ROUNDS, type LabelledMessage } from "./labelled-messages.ts";

const showDetails = process.argv.includes("--details");

function measure(title: string, messages: readonly LabelledMessage[]): void {
  const emergencies = messages.filter((message) => message.isEmergency);
  const calm = messages.filter((message) => !message.isEmergency);
  const missed = emergencies.filter((message) => !detectEmergency(message.text).isEmergency);
  const alarms = calm.filter((message) => detectEmergency(message.text).isEmergency);
  const recall = (emergencies.length - missed.length) / Math.max(1, emergencies.length);
  const falseAlarmRate = alarms.length / Math.max(1, calm.length);
  console.log(
    `${title.padEnd(14)} recall ${(100 * recall).toFixed(1)}% (${emergencies.length - missed.length}/${emergencies.length})   ` +
      `false alarms ${(100 * falseAlarmRate).toFixed(1)}% (${alarms.length}/${calm.length})`,
  );
  if (!showDetails) return;
  for (const message of missed) console.log(`  MISS  ${message.text}`);
  for (const message of alarms) console.log(`  ALARM ${message.text}  [${detectEmergency(message.text).matched.join(", ")}]`);
}

measure("rounds 1–3", LABELLED_ROUNDS.roundsOneToThree);
measure("round 4 (dev)", LABELLED_ROUNDS.roundFour);
