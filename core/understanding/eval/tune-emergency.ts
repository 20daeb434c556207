/**
 * Development check of the emergency detector on TRAIN only (a TEST split is never read here),
 * leave-one-round-out: the learned scorer is fitted on all TRAIN rounds but one and measured on
 * that one, alone and OR'd with the rules and cue phrases, at several thresholds. The rules were
 * written from rounds 1–5, so rounds 6–8 held out are clean for them (rounds 7 and 8 only for
 * changes not aimed at their misses, read after their single runs); the scorer is refitted
 * per round, so its own figures are honest on every round. `--details` lists the misses and
 * false alarms of the detector as configured (EMERGENCY_SCORE_THRESHOLD).
 *
 * `--folded` runs the rules on every written message stripped of its diacritics, with and without
 * the folded-root disambiguator (folded-root-disambiguator.ts).
 *
 *   npx tsx core/understanding/eval/tune-emergency.ts [--details | --veto | --folded]
 */
import { detectEmergencyByRules, requiredScore, scorerQuestionFor } from "../detect-emergency.ts";
import { createEmergencyScorer, EMERGENCY_SCORE_THRESHOLD } from "../emergency-scorer.ts";
import { fitFoldedRootDisambiguator } from "../folded-root-disambiguator.ts";
import { stripDiacritics, tokenizeSyllables } from "../normalize-text.ts";
import { TRAINING_ROUNDS, type LabelledMessage } from "./labelled-messages.ts";
import { CLEAN_ROUND_NAMES } from "./leave-one-round-out.ts";

interface Scored {
  round: string;
  message: LabelledMessage;
  score: number;
  /** How detectEmergency would ask the scorer about it (scorerQuestionFor). */
  question: "long" | "short" | null;
  byRules: boolean;
}

const fits = TRAINING_ROUNDS.map((round) => {
  const training = TRAINING_ROUNDS.filter((other) => other !== round).flatMap((other) => other.messages);
  return { round, scorer: createEmergencyScorer(training), disambiguator: fitFoldedRootDisambiguator(training) };
});

const scored: Scored[] = fits.flatMap(({ round, scorer, disambiguator }) =>
  round.messages.map((message) => {
    // As detectEmergency asks it: long messages, short ones with a danger syllable, no bare address.
    const question = scorerQuestionFor(message.text, scorer);
    return {
      round: round.name,
      message,
      score: question === null ? 0 : scorer.score(message.text),
      question,
      byRules: detectEmergencyByRules(message.text, disambiguator).isEmergency,
    };
  }),
);

/** The scorer alone fires on `row` at `threshold`, as the detector decides (requiredScore). */
const fires = (row: Scored, threshold: number) => {
  const required = requiredScore(row.question, threshold);
  return required !== null && row.score >= required;
};

function figures(rows: readonly Scored[], isUrgent: (row: Scored) => boolean): string {
  const emergencies = rows.filter((row) => row.message.isEmergency);
  const calm = rows.filter((row) => !row.message.isEmergency);
  const caught = emergencies.filter(isUrgent).length;
  const alarms = calm.filter(isUrgent).length;
  const percent = (hits: number, total: number) => `${((100 * hits) / Math.max(1, total)).toFixed(1)}% ${hits}/${total}`;
  return `recall ${percent(caught, emergencies.length).padEnd(16)} false alarms ${percent(alarms, calm.length).padEnd(15)}`;
}

const groups: Array<[string, Scored[]]> = [
  ["rounds 4–8", scored.filter((row) => CLEAN_ROUND_NAMES.includes(row.round))],
  ["all rounds", scored],
];
const line = (title: string, isUrgent: (row: Scored) => boolean) =>
  console.log(`${title.padEnd(22)} ${groups.map(([name, rows]) => `${name}: ${figures(rows, isUrgent)}`).join(" | ")}`);

line("rules alone", (row) => row.byRules);
for (const threshold of [0.9, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1]) {
  line(`scorer ≥ ${threshold}`, (row) => fires(row, threshold));
  line(`rules OR scorer ≥ ${threshold}`, (row) => row.byRules || fires(row, threshold));
}
console.log("\nper held-out round, rules OR scorer at the configured threshold:");
for (const round of TRAINING_ROUNDS) {
  console.log(`  ${round.name.padEnd(11)} ${figures(scored.filter((row) => row.round === round.name), (row) => row.byRules || fires(row, EMERGENCY_SCORE_THRESHOLD))}`);
}
if (process.argv.includes("--details")) {
  for (const row of scored) {
    const isUrgent = row.byRules || fires(row, EMERGENCY_SCORE_THRESHOLD);
    if (row.message.isEmergency && !isUrgent) console.log(`  MISS  [${row.round}] ${row.score.toFixed(2)} ${row.message.text}`);
    if (!row.message.isEmergency && isUrgent) console.log(`  ALARM [${row.round}] ${row.score.toFixed(2)}${row.byRules ? " rules" : ""} ${row.message.text}`);
  }
}
if (process.argv.includes("--veto")) {
  // What a veto (a rule alarm needs at least `floor` from the scorer) would cost and save.
  const caughtByRules = scored.filter((row) => row.message.isEmergency && row.byRules).map((row) => row.score).sort((left, right) => left - right);
  console.log(`\nlowest scorer values of emergencies the rules caught: ${caughtByRules.slice(0, 10).map((score) => score.toFixed(3)).join(", ")}`);
  for (const floor of [0.002, 0.005, 0.01, 0.02, 0.05]) {
    line(`veto < ${floor}`, (row) => (row.byRules && row.score >= floor) || fires(row, EMERGENCY_SCORE_THRESHOLD));
  }
}
if (process.argv.includes("--folded")) {
  // Every written held-out message stripped of its diacritics: what the rules make of the same
  // words typed without them, with and without the folded-root disambiguator fitted on the other rounds.
  const tally = { emergencies: 0, caughtBefore: 0, caughtAfter: 0, calm: 0, alarmsBefore: 0, alarmsAfter: 0 };
  for (const { round, disambiguator } of fits) {
    for (const message of round.messages) {
      const folded = stripDiacritics(message.text);
      if (folded === message.text) continue;
      const before = detectEmergencyByRules(folded).isEmergency;
      const after = detectEmergencyByRules(folded, disambiguator).isEmergency;
      if (message.isEmergency) {
        tally.emergencies += 1;
        tally.caughtBefore += before ? 1 : 0;
        tally.caughtAfter += after ? 1 : 0;
      } else {
        tally.calm += 1;
        tally.alarmsBefore += before ? 1 : 0;
        tally.alarmsAfter += after ? 1 : 0;
      }
    }
  }
  console.log(
    `\nrules on folded copies of the written messages (leave-one-round-out): emergencies ${tally.caughtBefore} → ${tally.caughtAfter} /${tally.emergencies}` +
      ` with the folded-root disambiguator; calm alarms ${tally.alarmsBefore} → ${tally.alarmsAfter} /${tally.calm}`,
  );
}
